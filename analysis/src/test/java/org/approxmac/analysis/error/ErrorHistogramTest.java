package org.approxmac.analysis.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ErrorHistogramTest {

    private static double binnedMean(ErrorHistogram h) {
        double s = 0;
        for (int i = 0; i < h.counts().length; i++) {
            s += h.counts()[i] * (h.edges()[i] + h.edges()[i + 1]) / 2;
        }
        return s / h.total();
    }

    @Test
    void randomHistogramCoversTheVectorsOfTheErrorMetrics() {
        var m = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6"));
        Sampling sampling = Sampling.random(150_000, 5);
        ErrorMetrics metrics = ErrorAnalysis.analyze(m, sampling);
        ErrorHistogram h = ErrorHistogram.compute(new ProductError(m), sampling, 50, metrics.minRelError(),
                metrics.maxRelError());
        assertEquals(metrics.relSamples(), h.total());
        assertEquals(51, h.edges().length);
        double binWidth = h.edges()[1] - h.edges()[0];
        assertEquals(metrics.meanRelError(), binnedMean(h), binWidth / 2);
        assertEquals(metrics.minRelError(), h.edges()[0]);
    }

    @Test
    void exhaustiveHistogramOfAnExactMultiplierIsOneSpike() {
        var m = Units.multiplier(UnitSpec.parse("fixed:n=6"));
        ErrorHistogram h = ErrorHistogram.compute(new ProductError(m), Sampling.exhaustiveAll(), 10, 0, 0);
        assertEquals(63L * 63, h.total());
        assertEquals(63L * 63, h.counts()[0]);
    }
}
