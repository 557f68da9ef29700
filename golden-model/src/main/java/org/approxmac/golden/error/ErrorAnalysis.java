package org.approxmac.golden.error;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * Computes {@link ErrorMetrics} of a multiplier over seeded random or exhaustive operand pairs, on all
 * cores. Work is split into fixed chunks with their own random streams, split off one seeded root in
 * order, and the chunk results are merged in order: the same seed gives the same figures on any
 * machine and any number of cores.
 */
public final class ErrorAnalysis {
    static final int CHUNK = 1 << 16;
    /** Chunks computed (and held) at once before they are merged. */
    static final int WINDOW = 256;

    private ErrorAnalysis() {
    }

    public static ErrorMetrics analyze(Multiplier multiplier, Sampling sampling) {
        return analyze(multiplier, sampling, NO_PROGRESS);
    }

    /** Reports nothing. */
    public static final LongConsumer NO_PROGRESS = n -> { };

    /**
     * As {@link #analyze(Multiplier, Sampling)}; {@code pairsDone} is told, from any thread, how many
     * operand pairs each finished chunk evaluated (they add up to {@link #pairs}).
     */
    public static ErrorMetrics analyze(Multiplier multiplier, Sampling sampling, LongConsumer pairsDone) {
        UnitSpec spec = multiplier.spec();
        VectorEvaluator evaluator = evaluatorFor(multiplier);
        ErrorAccumulator total = accumulate(multiplier, sampling, new PairAccumulator<ErrorAccumulator>() {
            @Override
            public ErrorAccumulator newState() {
                return new ErrorAccumulator();
            }

            @Override
            public void add(ErrorAccumulator state, long a, long b) {
                evaluator.evaluate(a, b, state);
            }

            @Override
            public void merge(ErrorAccumulator into, ErrorAccumulator from) {
                into.merge(from);
            }
        }, pairsDone);
        double normaliser = evaluator.largestExactMagnitude();
        if (Double.isNaN(normaliser)) {
            normaliser = total.maxExactMagnitude();
        }
        return ErrorMetrics.of(spec, sampling, total, normaliser);
    }

    /**
     * Runs {@code accumulator} over the operand pairs of {@code sampling}: seeded random pairs in
     * chunks of {@value #CHUNK}, each chunk with its own stream split in order off
     * {@code SplittableRandom(seed)}, operand a then b drawn from the unit's operand distribution; or,
     * exhaustively, one chunk per operand a. Chunks run in parallel in windows of {@value #WINDOW} and
     * are merged in chunk order, so the result does not depend on the number of cores and at most a
     * window of chunk states is held at once. Every error figure of approxmac draws its vectors here.
     */
    public static <S> S accumulate(Multiplier multiplier, Sampling sampling, PairAccumulator<S> accumulator) {
        return accumulate(multiplier, sampling, accumulator, NO_PROGRESS);
    }

    /** The number of operand pairs {@code sampling} evaluates for {@code spec}. */
    public static long pairs(UnitSpec spec, Sampling sampling) {
        return sampling.exhaustive() ? 1L << (2 * spec.n()) : sampling.count();
    }

    /** As {@link #accumulate(Multiplier, Sampling, PairAccumulator)}, telling {@code pairsDone} per chunk. */
    public static <S> S accumulate(Multiplier multiplier, Sampling sampling, PairAccumulator<S> accumulator,
                                   LongConsumer pairsDone) {
        UnitSpec spec = multiplier.spec();
        VectorEvaluator evaluator = evaluatorFor(multiplier);
        S total = accumulator.newState();
        if (sampling.exhaustive()) {
            if (spec.kind().floating() || spec.n() > Sampling.MAX_EXHAUSTIVE_WIDTH) {
                throw new SpecException("--exhaustive needs an integer kind with n <= " + Sampling.MAX_EXHAUSTIVE_WIDTH
                        + " (2^(2n) pairs), got " + spec.canonical());
            }
            int size = 1 << spec.n();
            inWindows(size, accumulator, total, a -> {
                S state = accumulator.newState();
                for (long b = 0; b < size; b++) {
                    accumulator.add(state, a, b);
                }
                pairsDone.accept(size);
                return state;
            });
            return total;
        }
        int chunks = (int) ((sampling.count() + CHUNK - 1) / CHUNK);
        SplittableRandom root = new SplittableRandom(sampling.seed());
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) {
            streams[i] = root.split();
        }
        inWindows(chunks, accumulator, total, i -> {
            long count = Math.min(CHUNK, sampling.count() - (long) i * CHUNK);
            S state = accumulator.newState();
            SplittableRandom r = streams[i];
            for (long j = 0; j < count; j++) {
                long a = evaluator.randomOperand(r, sampling.magnitudeBits());
                long b = evaluator.randomOperand(r, sampling.magnitudeBits());
                accumulator.add(state, a, b);
            }
            pairsDone.accept(count);
            return state;
        });
        return total;
    }

    /** Computes chunks 0..count-1 in parallel, a window at a time, and merges them into total in order. */
    private static <S> void inWindows(int count, PairAccumulator<S> accumulator, S total, IntFunction<S> chunk) {
        for (int from = 0; from < count; from += WINDOW) {
            int to = Math.min(count, from + WINDOW);
            List<S> parts = IntStream.range(from, to).parallel().mapToObj(chunk).toList();
            for (S part : parts) {
                accumulator.merge(total, part);
            }
        }
    }

    static VectorEvaluator evaluatorFor(Multiplier m) {
        return m.spec().kind().floating() ? new FloatEvaluator(m) : new IntegerEvaluator(m);
    }
}
