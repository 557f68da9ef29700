package org.approxmac.golden.error;

import java.util.SplittableRandom;
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

    private ErrorAnalysis() {
    }

    public static ErrorMetrics analyze(Multiplier multiplier, Sampling sampling) {
        UnitSpec spec = multiplier.spec();
        VectorEvaluator evaluator = evaluatorFor(multiplier);
        ErrorAccumulator total = sampling.exhaustive()
                ? exhaustive(spec, evaluator) : random(evaluator, sampling);
        double normaliser = evaluator.largestExactMagnitude();
        if (Double.isNaN(normaliser)) {
            normaliser = total.maxExactMagnitude();
        }
        return ErrorMetrics.of(spec, sampling, total, normaliser);
    }

    static VectorEvaluator evaluatorFor(Multiplier m) {
        UnitSpec spec = m.spec();
        if (spec.kind().floating()) {
            return new FloatEvaluator(m);
        }
        return spec.n() <= 32 ? new IntegerEvaluator(m) : new WideIntegerEvaluator(m);
    }

    private static ErrorAccumulator random(VectorEvaluator evaluator, Sampling sampling) {
        int chunks = (int) ((sampling.count() + CHUNK - 1) / CHUNK);
        SplittableRandom root = new SplittableRandom(sampling.seed());
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) {
            streams[i] = root.split();
        }
        ErrorAccumulator[] parts = new ErrorAccumulator[chunks];
        IntStream.range(0, chunks).parallel().forEach(i -> {
            long count = Math.min(CHUNK, sampling.count() - (long) i * CHUNK);
            ErrorAccumulator acc = new ErrorAccumulator();
            SplittableRandom r = streams[i];
            for (long j = 0; j < count; j++) {
                long a = evaluator.randomOperand(r);
                long b = evaluator.randomOperand(r);
                evaluator.evaluate(a, b, acc);
            }
            parts[i] = acc;
        });
        return mergeInOrder(parts);
    }

    private static ErrorAccumulator exhaustive(UnitSpec spec, VectorEvaluator evaluator) {
        if (spec.kind().floating() || spec.n() > Sampling.MAX_EXHAUSTIVE_WIDTH) {
            throw new SpecException("--exhaustive needs an integer kind with n <= " + Sampling.MAX_EXHAUSTIVE_WIDTH
                    + " (2^(2n) pairs), got " + spec.canonical());
        }
        int size = 1 << spec.n();
        ErrorAccumulator[] parts = new ErrorAccumulator[size];
        IntStream.range(0, size).parallel().forEach(a -> {
            ErrorAccumulator acc = new ErrorAccumulator();
            for (long b = 0; b < size; b++) {
                evaluator.evaluate(a, b, acc);
            }
            parts[a] = acc;
        });
        return mergeInOrder(parts);
    }

    private static ErrorAccumulator mergeInOrder(ErrorAccumulator[] parts) {
        ErrorAccumulator total = new ErrorAccumulator();
        for (ErrorAccumulator p : parts) {
            total.merge(p);
        }
        return total;
    }
}
