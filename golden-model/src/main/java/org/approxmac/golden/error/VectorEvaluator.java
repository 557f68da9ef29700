package org.approxmac.golden.error;

/** Evaluates one operand pair: computes the exact and approximate products and records the error. */
interface VectorEvaluator {

    void evaluate(long a, long b, ErrorAccumulator acc);

    /** A random operand pattern from the operand distribution of the unit. */
    long randomOperand(java.util.SplittableRandom random);

    /**
     * A random operand pattern of magnitude below 2^magnitudeBits, negative with probability 1/2 in a signed
     * mode ({@link Sampling#magnitudeBits()}; 0: {@link #randomOperand(java.util.SplittableRandom)}).
     */
    default long randomOperand(java.util.SplittableRandom random, int magnitudeBits) {
        if (magnitudeBits != 0) {
            throw new IllegalArgumentException("operand magnitudes apply to integer kinds only");
        }
        return randomOperand(random);
    }

    /** The largest exact magnitude |Z| the operand range allows, NMED's normaliser (NaN: use observed). */
    double largestExactMagnitude();
}
