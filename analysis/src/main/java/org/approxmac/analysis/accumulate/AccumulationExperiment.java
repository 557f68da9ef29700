package org.approxmac.analysis.accumulate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.approxmac.analysis.error.ProductError;
import org.approxmac.golden.Bits;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatRounder;
import org.approxmac.fp.FloatSumTree;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.FloatValue;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * Accumulated error of approximate dot products (the paper's Section 3, Fig. 4 and Table 2): for
 * each length L, {@code trials} dot products S' = sum of L approximate products a_i * b_i (golden
 * model; the additions are exact) against the exact S, and the mean and variance of the relative
 * error (S' - S) / S over the trials.
 *
 * <p>With products of one sign, (S' - S) / S is the product-weighted average of the products'
 * relative errors, so its variance falls roughly as 1/L while its mean stays at the unit's bias e:
 * in a long dot product only the mean error matters. Operands are therefore positive (see
 * {@link OperandDistribution}); with mixed signs S can be arbitrarily close to 0 and the relative
 * error of the sum is not bounded.
 *
 * <p>Deterministic on any number of cores: one random stream per (length, trial), split in order
 * from {@code SplittableRandom(seed)}; trials run in parallel and their errors are reduced in trial
 * order.
 */
public final class AccumulationExperiment {
    /** Lengths of the paper's Fig. 4 style plot: 1, 3x3, 8x8, 64 channels x 3x3, 512 channels x 3x3. */
    public static final int[] DEFAULT_LENGTHS = {1, 9, 64, 576, 4608};
    public static final int MAX_LENGTH = 1 << 20;

    private AccumulationExperiment() {
    }

    public static AccumulationResult run(Multiplier multiplier, int[] lengths, OperandDistribution distribution,
                                         int trials, long seed) {
        UnitSpec spec = multiplier.spec();
        String problem = ProductError.unsupported(spec);
        if (problem != null) {
            throw new IllegalArgumentException("the accumulation experiment " + problem);
        }
        int n = spec.n();
        long max = spec.signedOperands() ? (1L << (n - 1)) - 1 : Bits.mask(n);
        return measure(spec, lengths, distribution, trials, seed, length -> {
            boolean narrow = n <= 32 && 2 * n + 64 - Long.numberOfLeadingZeros(length) <= 62;
            return r -> narrow ? trialNarrow(multiplier, length, distribution, max, r)
                    : trialWide(multiplier, length, distribution, max, r);
        });
    }

    /** One dot product's relative error, drawn from its own random stream. */
    private interface Trial {
        double error(SplittableRandom r);
    }

    /**
     * The loop both experiments share: per length (checked), one random stream per trial split in order
     * from {@code seed}, the trials of {@code trialOf.apply(length)} run in parallel, their errors summarised.
     */
    private static AccumulationResult measure(UnitSpec spec, int[] lengths, OperandDistribution distribution,
                                              int trials, long seed, IntFunction<Trial> trialOf) {
        if (trials < 2) {
            throw new IllegalArgumentException("at least 2 trials are needed for a variance, got " + trials);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<AccumulationPoint> points = new ArrayList<>();
        for (int length : lengths) {
            if (length < 1 || length > MAX_LENGTH) {
                throw new IllegalArgumentException("dot-product length " + length + " is out of range (accepted: 1.."
                        + MAX_LENGTH + ")");
            }
            SplittableRandom[] streams = new SplittableRandom[trials];
            for (int t = 0; t < trials; t++) {
                streams[t] = root.split();
            }
            Trial trial = trialOf.apply(length);
            double[] errors = new double[trials];
            IntStream.range(0, trials).parallel().forEach(t -> errors[t] = trial.error(streams[t]));
            points.add(summarise(length, errors));
        }
        return new AccumulationResult(spec, distribution, trials, seed, List.copyOf(points));
    }

    /**
     * The same experiment for a floating kind's dot product ({@code bf16}, {@code fp32}): the integers the
     * distribution draws (1..2^(N-1) - 1 for the kind's N, as for a signed integer unit of the same width)
     * are rounded to the operand format, S' is the unit's {@link FloatSumTree} sum of L products (the
     * dot-product unit's rounding order; L = 1: the product) and S the exact sum of the exact products of
     * the rounded operands. So the figures are the datapath's arithmetic error, not the operands' quantisation.
     */
    public static AccumulationResult runFloating(UnitSpec spec, int[] lengths, OperandDistribution distribution,
                                                 int trials, long seed) {
        if (!spec.kind().floating()) {
            throw new IllegalArgumentException(spec.canonical() + " is not a floating kind");
        }
        FloatUnit unit = FloatUnit.of(spec);
        long max = (1L << (spec.n() - 1)) - 1;
        return measure(spec, lengths, distribution, trials, seed, length -> {
            FloatSumTree tree = new FloatSumTree(unit, length);
            return r -> trialFloating(unit, tree, length, distribution, max, r);
        });
    }

    private static double trialFloating(FloatUnit unit, FloatSumTree tree, int length, OperandDistribution d,
                                        long max, SplittableRandom r) {
        FloatFormat format = unit.operandFormat();
        FloatRounder rounder = new FloatRounder(format.withInfinities(), SubnormalMode.IEEE);
        long[] a = new long[length];
        long[] b = new long[length];
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < length; i++) {
            a[i] = operand(rounder, d.draw(r, max));
            b[i] = operand(rounder, d.draw(r, max));
            exact = exact.add(new BigDecimal(value(format, a[i])).multiply(new BigDecimal(value(format, b[i]))));
        }
        double sum = unit.resultFormat().decode(tree.sum(a, b, 0), SubnormalMode.IEEE).toDouble();
        return new BigDecimal(sum).subtract(exact).doubleValue() / exact.doubleValue();
    }

    /** The operand-format pattern nearest to the positive integer {@code v} (ties to even), by {@code rounder}. */
    private static long operand(FloatRounder rounder, long v) {
        return rounder.round(FloatValue.finite(false, v, 0));
    }

    /** The value of a finite operand-format pattern. */
    private static double value(FloatFormat format, long pattern) {
        return format.decode(pattern, SubnormalMode.IEEE).toDouble();
    }

    /** One dot product in exact 64-bit arithmetic (2n + log2(L) &lt;= 62 bits). */
    private static double trialNarrow(Multiplier m, int length, OperandDistribution d, long max, SplittableRandom r) {
        int width = m.spec().productWidth();
        boolean signed = m.spec().signedOperands();
        long exact = 0;
        long approx = 0;
        for (int i = 0; i < length; i++) {
            long a = d.draw(r, max);
            long b = d.draw(r, max);
            exact += a * b;
            long z = m.multiply(a, b);
            approx += signed ? Bits.signExtend(z, width) : z;
        }
        return (double) (approx - exact) / exact;
    }

    /** One dot product in BigInteger arithmetic, for wide units or very long dot products. */
    private static double trialWide(Multiplier m, int length, OperandDistribution d, long max, SplittableRandom r) {
        int width = m.spec().productWidth();
        boolean signed = m.spec().signedOperands();
        BigInteger exact = BigInteger.ZERO;
        BigInteger approx = BigInteger.ZERO;
        for (int i = 0; i < length; i++) {
            long a = d.draw(r, max);
            long b = d.draw(r, max);
            exact = exact.add(Bits.unsigned(a).multiply(Bits.unsigned(b)));
            BigInteger z = m.multiplyWide(a, b);
            approx = approx.add(signed ? Bits.signedValue(z, width) : z);
        }
        return approx.subtract(exact).doubleValue() / exact.doubleValue();
    }

    private static AccumulationPoint summarise(int length, double[] errors) {
        double mean = 0;
        double m2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < errors.length; i++) {
            double e = errors[i];
            double delta = e - mean;
            mean += delta / (i + 1);
            m2 += delta * (e - mean);
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        return new AccumulationPoint(length, errors.length, mean, m2 / errors.length, min, max);
    }
}
