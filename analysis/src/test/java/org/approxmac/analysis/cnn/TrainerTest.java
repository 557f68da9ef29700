package org.approxmac.analysis.cnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Training on a small synthetic task: it learns, and the weights do not depend on the thread count. */
class TrainerTest {

    /**
     * Ten classes told apart by the image's brightness (class c: -1 + 0.25 c per pixel) under per-pixel
     * noise; learnable by a network that pools globally.
     */
    static FashionMnist.LabelledImages levels(int count, long seed) {
        Random r = new Random(seed);
        float[][] images = new float[count][784];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = r.nextInt(10);
            for (int p = 0; p < 784; p++) {
                images[i][p] = -1f + 0.25f * labels[i] + (float) (0.3 * r.nextGaussian());
            }
        }
        return new FashionMnist.LabelledImages(images, labels);
    }

    private static byte[] train(Architecture a, int threads, FashionMnist.LabelledImages data) {
        Network net = a.build();
        new Trainer(net, new Trainer.Options(1, 32, 0.05, 0.9, 5e-4, 7), new ForkJoinPool(threads), null).train(data);
        return WeightsFile.write(net, Map.of());
    }

    @Test
    void weightsDoNotDependOnTheNumberOfThreads() {
        FashionMnist.LabelledImages data = levels(96, 1);
        byte[] one = train(Architecture.DEPTHWISE, 1, data);
        byte[] two = train(Architecture.DEPTHWISE, 2, data);
        byte[] three = train(Architecture.DEPTHWISE, 3, data);
        assertArrayEquals(one, two);
        assertArrayEquals(one, three);
        FashionMnist.LabelledImages other = levels(96, 2);
        assertTrue(!java.util.Arrays.equals(one, train(Architecture.DEPTHWISE, 2, other)), "the data matters");
    }

    @Test
    void trainingLearnsASeparableTask() {
        FashionMnist.LabelledImages data = levels(1280, 3);
        FashionMnist.LabelledImages test = levels(300, 4);
        Network net = Architecture.DEPTHWISE.build();
        double loss = new Trainer(net, new Trainer.Options(4, 32, 0.05, 0.9, 5e-4, 1), new ForkJoinPool(2), null)
                .train(data);
        assertTrue(loss < 1.0, "final loss " + loss + " (chance: ln 10 = 2.3)");
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            if (Network.argmax(net.classify(test.images()[i])) == test.labels()[i]) {
                correct++;
            }
        }
        assertTrue(correct > 200, correct + " of 300 correct (chance: 30)");
    }

    @Test
    void weightsFileRoundTrips() {
        Network net = Architecture.PLAIN.build();
        Trainer.initialise(net, 5);
        byte[] bytes = WeightsFile.write(net, Map.of("note", "x y"));
        WeightsFile.Loaded back = WeightsFile.read(new ByteArrayInputStream(bytes), "test");
        assertEquals(Architecture.PLAIN, back.network().architecture());
        assertEquals("x y", back.header().get("note"));
        for (int l = 0; l < net.layers().size(); l++) {
            float[][] p = net.layers().get(l).parameters();
            for (int i = 0; i < p.length; i++) {
                assertArrayEquals(p[i], back.network().layers().get(l).parameters()[i]);
            }
        }
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 4);
        assertThrows(IllegalArgumentException.class, () -> WeightsFile.read(new ByteArrayInputStream(cut), "cut"));
        byte[] foreign = "hello\nend\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThrows(IllegalArgumentException.class, () -> WeightsFile.read(new ByteArrayInputStream(foreign), "f"));
    }

    @Test
    void networksHaveTheDocumentedDepth() {
        assertEquals(9, Architecture.BN.build().multiplyingLayers().size());
        assertEquals(9, Architecture.PLAIN.build().multiplyingLayers().size());
        assertEquals(12, Architecture.DEPTHWISE.build().multiplyingLayers().size());
        assertTrue(Architecture.BN.build().layers().stream().anyMatch(l -> l instanceof BatchNorm));
        assertTrue(Architecture.PLAIN.build().layers().stream().noneMatch(l -> l instanceof BatchNorm));
        assertEquals(10, Architecture.BN.build().shapes().get(Architecture.BN.build().layers().size() - 1).size());
    }
}
