package org.approxmac.golden.error;

/**
 * What a run over the operand pairs of a {@link Sampling} accumulates ({@link ErrorAnalysis#accumulate}):
 * one state per chunk of pairs, filled in parallel, merged in chunk order.
 *
 * @param <S> the state of one chunk, and of the whole run
 */
public interface PairAccumulator<S> {

    /** An empty state. */
    S newState();

    /** Adds one operand pair (raw N-bit patterns, or bf16/FP32 patterns for floating kinds). */
    void add(S state, long a, long b);

    /** Adds {@code from} into {@code into}. */
    void merge(S into, S from);
}
