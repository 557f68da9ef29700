package org.approxmac.golden.error;

/** Evaluates one operand pair: computes the exact and approximate products and records the error. */
interface VectorEvaluator {

    void evaluate(long a, long b, ErrorAccumulator acc);

    /** A random operand pattern from the operand distribution of the unit. */
    long randomOperand(java.util.SplittableRandom random);

    /** The largest exact magnitude |Z| the operand range allows, NMED's normaliser (NaN: use observed). */
    double largestExactMagnitude();
}
