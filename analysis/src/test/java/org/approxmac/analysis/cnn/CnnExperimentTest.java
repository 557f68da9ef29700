package org.approxmac.analysis.cnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The paper's network-level claims on the first test images of Fashion-MNIST, with the shipped
 * weights and Mitch-w6 (n = 16): the full 10,000-image figures are in docs/cnn.md.
 */
class CnnExperimentTest {
    static final int IMAGES = 400;
    private static CnnStudy study;
    private static FashionMnist.LabelledImages images;
    private static Map<Architecture, Network> networks;
    private static double e;

    @BeforeAll
    static void runStudy() {
        Multiplier m = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6"));
        e = ErrorAnalysis.analyze(m, Sampling.random(200_000, 1)).meanRelError();
        images = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST, IMAGES);
        networks = new EnumMap<>(Architecture.class);
        for (Architecture a : Architecture.values()) {
            networks.put(a, TrainedNetworks.load(a).network());
        }
        study = CnnStudy.run(networks, new IntegerProducts(m), e, images, new ForkJoinPool(2));
    }

    @Test
    void shippedNetworksAreAccurateInFp32() {
        for (CnnResult r : study.runs()) {
            assertTrue(r.referenceAccuracy() > 0.84, r.network() + " FP32 accuracy " + r.referenceAccuracy());
        }
    }

    /**
     * On 400 images one image is 0.25 points, and the adjusted run differs from FP32 on a handful of
     * images either way, so the subset allows 2 points; the 1-point claim is checked on all 10,000
     * images by {@link #onTheWholeTestSetAdjustedBatchNormIsWithinOnePointOfFp32} (long test).
     */
    @Test
    void adjustedBatchNormKeepsFp32AccuracyAndStoredLosesIt() {
        for (Architecture a : new Architecture[] {Architecture.BN, Architecture.DEPTHWISE}) {
            CnnResult adjusted = study.run(a, BnMode.ADJUSTED);
            CnnResult stored = study.run(a, BnMode.STORED);
            assertTrue(Math.abs(adjusted.accuracyLossPoints()) <= 2.0, a + ": adjusted loses "
                    + adjusted.accuracyLossPoints());
            assertTrue(stored.accuracyLossPoints() >= adjusted.accuracyLossPoints() + 4.0,
                    a + ": stored loses " + stored.accuracyLossPoints() + " points, adjusted "
                            + adjusted.accuracyLossPoints());
        }
    }

    @Test
    @Tag("long")
    void onTheWholeTestSetAdjustedBatchNormIsWithinOnePointOfFp32() {
        Multiplier m = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6"));
        FashionMnist.LabelledImages all = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST,
                10000);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        CnnResult adjusted = CnnExperiment.run(networks.get(Architecture.BN), new IntegerProducts(m), BnMode.ADJUSTED,
                e, all, pool);
        assertTrue(Math.abs(adjusted.accuracyLossPoints()) <= 1.0, "adjusted loses " + adjusted.accuracyLossPoints());
        CnnResult stored = CnnExperiment.run(networks.get(Architecture.BN), new IntegerProducts(m), BnMode.STORED,
                e, all, pool);
        assertTrue(stored.accuracyLossPoints() >= 3.0, "stored loses " + stored.accuracyLossPoints());
    }

    @Test
    void withoutBatchNormTheMeanErrorGrowsWithDepthAndWithAdjustedItStaysNearTheUnitsBias() {
        List<LayerError> none = study.run(Architecture.PLAIN, BnMode.NONE).layers();
        List<LayerError> adjusted = study.run(Architecture.BN, BnMode.ADJUSTED).layers();
        int last = none.size() - 2; // the last convolution
        assertTrue(none.get(last).meanRelError() < none.get(0).meanRelError() + 3 * e,
                "no BN: first " + none.get(0).meanRelError() + ", last convolution " + none.get(last).meanRelError());
        for (int i = 0; i < adjusted.size(); i++) {
            assertEquals(e, adjusted.get(i).meanRelError(), 0.03, "adjusted BN, layer " + (i + 1));
        }
    }

    @Test
    void depthwiseLayersAccumulateMoreErrorVarianceThanConventionalOnes() {
        double conventional = study.meanRatio(Architecture.BN, false);
        double depthwise = study.meanRatio(Architecture.DEPTHWISE, true);
        assertTrue(depthwise > conventional, "depthwise " + depthwise + " vs conventional " + conventional);
    }

    @Test
    void figuresDoNotDependOnTheNumberOfThreads() {
        FashionMnist.LabelledImages few = new FashionMnist.LabelledImages(
                java.util.Arrays.copyOf(images.images(), 60), java.util.Arrays.copyOf(images.labels(), 60));
        ProductArithmetic drum = new IntegerProducts(Units.multiplier(UnitSpec.parse("drum:n=16,k=6")));
        CnnResult one = CnnExperiment.run(networks.get(Architecture.DEPTHWISE), drum, BnMode.STORED, 0, few,
                new ForkJoinPool(1));
        CnnResult three = CnnExperiment.run(networks.get(Architecture.DEPTHWISE), drum, BnMode.STORED, 0, few,
                new ForkJoinPool(3));
        assertEquals(one, three);
    }

    @Test
    void batchNormModeMustFitTheNetwork() {
        ProductArithmetic fp32 = new Float32Products();
        assertThrows(IllegalArgumentException.class,
                () -> CnnExperiment.run(networks.get(Architecture.PLAIN), fp32, BnMode.ADJUSTED, 0, images,
                        new ForkJoinPool(1)));
        assertThrows(IllegalArgumentException.class,
                () -> CnnExperiment.run(networks.get(Architecture.BN), fp32, BnMode.NONE, 0, images,
                        new ForkJoinPool(1)));
    }
}
