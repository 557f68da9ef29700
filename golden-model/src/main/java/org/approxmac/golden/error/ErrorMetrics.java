package org.approxmac.golden.error;

import org.approxmac.spec.UnitSpec;

/**
 * The error metrics of docs/units.md ("Error metrics") for one unit over one set of vectors. Relative
 * metrics skip vectors whose exact product is 0. All values are fractions (multiply by 100 for %).
 *
 * @param spec          the unit (its multiplier)
 * @param sampling      how the vectors were chosen
 * @param samples       vectors evaluated
 * @param relSamples    vectors with a non-zero exact product (the relative metrics' population)
 * @param meanRelError  mean of r = (|Z'| - |Z|)/|Z|: the paper's "mean error", its bias e
 * @param varRelError   population variance of r
 * @param minRelError   smallest r
 * @param maxRelError   largest r
 * @param mred          mean |Z' - Z| / |Z|
 * @param wcre          max |Z' - Z| / |Z|
 * @param mae           mean |Z' - Z| over all vectors
 * @param wce           max |Z' - Z|
 * @param ep            share of vectors with Z' != Z
 * @param nmed          MAE / the largest exact magnitude of the operand range ({@link #nmedNormaliser})
 * @param nmedNormaliser the largest exact magnitude |Z| the operand range allows
 * @param maePercentEvo MAE / 2^(product width) x 100, EvoApproxLib's MAE%
 * @param wcePercentEvo WCE / 2^(product width) x 100, EvoApproxLib's WCE%
 */
public record ErrorMetrics(UnitSpec spec, Sampling sampling, long samples, long relSamples,
                           double meanRelError, double varRelError, double minRelError, double maxRelError,
                           double mred, double wcre, double mae, double wce, double ep, double nmed,
                           double nmedNormaliser, double maePercentEvo, double wcePercentEvo) {

    /** Batch-normalisation scale of the stored means: 1 + e (docs/units.md; Mitch-w6: 0.941). */
    public double bnMeanScale() {
        return 1 + meanRelError;
    }

    /** Batch-normalisation scale of the stored variances: (1 + e)^2 (Mitch-w6: 0.885). */
    public double bnVarScale() {
        return bnMeanScale() * bnMeanScale();
    }

    static ErrorMetrics of(UnitSpec spec, Sampling sampling, ErrorAccumulator acc, double nmedNormaliser) {
        double outputRange = Math.pow(2, spec.productWidth());
        return new ErrorMetrics(spec, sampling, acc.samples(), acc.relSamples(), acc.meanRelError(),
                acc.varRelError(), acc.minRelError(), acc.maxRelError(), acc.mred(), acc.wcre(), acc.mae(),
                acc.wce(), acc.samples() == 0 ? 0 : (double) acc.differing() / acc.samples(),
                nmedNormaliser == 0 ? 0 : acc.mae() / nmedNormaliser, nmedNormaliser,
                acc.mae() / outputRange * 100, acc.wce() / outputRange * 100);
    }
}
