package org.approxmac.analysis.cnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {

    private static void idx(Path file, boolean gzip, int magic, int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(data);
        out.flush();
        try (OutputStream f = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            f.write(bytes.toByteArray());
        }
    }

    @Test
    void readsIdxFilesPlainOrCompressed(@TempDir Path dir) throws IOException {
        byte[] pixels = new byte[3 * 784];
        pixels[0] = (byte) 255;
        pixels[784 + 5] = (byte) 128;
        idx(dir.resolve("t10k-images-idx3-ubyte.gz"), true, 0x803, new int[] {3, 28, 28}, pixels);
        idx(dir.resolve("t10k-labels-idx1-ubyte"), false, 0x801, new int[] {3}, new byte[] {9, 0, 4});
        FashionMnist.LabelledImages all = FashionMnist.load(dir, FashionMnist.Split.TEST, 10);
        assertEquals(3, all.size());
        assertEquals(9, all.labels()[0]);
        assertEquals(4, all.labels()[2]);
        assertEquals((1 - FashionMnist.PIXEL_MEAN) / FashionMnist.PIXEL_STD, all.images()[0][0], 1e-6);
        assertEquals((128 / 255f - FashionMnist.PIXEL_MEAN) / FashionMnist.PIXEL_STD, all.images()[1][5], 1e-6);
        assertEquals(-FashionMnist.PIXEL_MEAN / FashionMnist.PIXEL_STD, all.images()[2][700], 1e-6);
        assertEquals(2, FashionMnist.load(dir, FashionMnist.Split.TEST, 2).size());
        FashionMnist.DataSetException missing = assertThrows(FashionMnist.DataSetException.class,
                () -> FashionMnist.load(dir, FashionMnist.Split.TRAIN, 1));
        assertTrue(missing.getMessage().contains("apt-get install dataset-fashion-mnist"), missing.getMessage());
    }

    @Test
    void refusesMalformedFiles(@TempDir Path dir) throws IOException {
        idx(dir.resolve("t10k-images-idx3-ubyte"), false, 0x803, new int[] {1, 32, 32}, new byte[1024]);
        idx(dir.resolve("t10k-labels-idx1-ubyte"), false, 0x801, new int[] {1}, new byte[] {1});
        assertTrue(assertThrows(FashionMnist.DataSetException.class,
                () -> FashionMnist.load(dir, FashionMnist.Split.TEST, 1)).getMessage().contains("32 x 32"));
        idx(dir.resolve("t10k-images-idx3-ubyte"), false, 0x801, new int[] {1, 28, 28}, new byte[784]);
        assertTrue(assertThrows(FashionMnist.DataSetException.class,
                () -> FashionMnist.load(dir, FashionMnist.Split.TEST, 1)).getMessage().contains("not an IDX"));
        idx(dir.resolve("t10k-images-idx3-ubyte"), false, 0x803, new int[] {1, 28, 28}, new byte[784]);
        idx(dir.resolve("t10k-labels-idx1-ubyte"), false, 0x801, new int[] {1}, new byte[] {10});
        assertTrue(assertThrows(FashionMnist.DataSetException.class,
                () -> FashionMnist.load(dir, FashionMnist.Split.TEST, 1)).getMessage().contains("label 10"));
    }

    /** The real data set, which scripts/install-deps.sh installs: ten balanced classes. */
    @Test
    void readsTheInstalledDataSet() {
        FashionMnist.LabelledImages test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST,
                10000);
        assertEquals(10000, test.size());
        int[] perClass = new int[10];
        double sum = 0;
        for (int i = 0; i < test.size(); i++) {
            perClass[test.labels()[i]]++;
            for (float p : test.images()[i]) {
                sum += p;
            }
        }
        for (int c : perClass) {
            assertEquals(1000, c);
        }
        assertEquals(0, sum / (10000.0 * 784), 0.05, "normalised pixels have mean near 0");
    }
}
