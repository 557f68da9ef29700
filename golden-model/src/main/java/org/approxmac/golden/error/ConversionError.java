package org.approxmac.golden.error;

import java.util.Optional;
import java.util.SplittableRandom;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatRounder;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.FloatValue;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.spec.UnitSpec;

/**
 * The error of converting FP32 values into a floating kind's narrower operand format, the figure the
 * paper quotes for bfloat16 (Kim et al., IEEE TETC 2021, Section 5: truncation errs between 0 % and
 * -0.78 %): by truncation (the fraction cut to the format's bits, toward zero) and by rounding to nearest
 * even. Values: a random sign, an unbiased exponent uniform over the format's normal range within
 * [-16, 15] (below the top exponent, so that rounding never overflows), and 23 uniform fraction bits.
 *
 * @param format     the operand format
 * @param samples    FP32 values converted
 * @param seed       their random seed
 * @param truncation relative error of truncation, (t - v) / v
 * @param rounding   relative error of rounding to nearest even, (r - v) / v
 */
public record ConversionError(FloatFormat format, long samples, long seed, Stats truncation, Stats rounding) {

    /** Mean, smallest and largest relative error (fractions, not percent). */
    public record Stats(double mean, double min, double max) {
    }

    private static final int FP32_FRACTION_BITS = 23;

    /**
     * The conversion error of a floating spec's operand format; empty for integer kinds and for formats
     * that hold every FP32 value of the sampled range exactly (fp32).
     */
    public static Optional<ConversionError> of(UnitSpec spec, long samples, long seed) {
        if (!spec.kind().floating()) {
            return Optional.empty();
        }
        FloatFormat format = FloatUnit.operandFormat(spec);
        if (format.fractionBits() >= FP32_FRACTION_BITS) {
            return Optional.empty();
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, got " + samples);
        }
        FloatFormat rounding = format.withInfinities();
        FloatRounder rounder = new FloatRounder(rounding, SubnormalMode.IEEE);
        int low = Math.max(FloatEvaluator.MIN_EXPONENT, format.minExponent());
        int high = Math.min(FloatEvaluator.MAX_EXPONENT, (format.finite() ? format.bias() : format.maxExponent()) - 1);
        int drop = FP32_FRACTION_BITS - format.fractionBits();
        SplittableRandom random = new SplittableRandom(seed);
        Accumulator truncated = new Accumulator();
        Accumulator rounded = new Accumulator();
        for (long i = 0; i < samples; i++) {
            boolean negative = random.nextBoolean();
            int exponent = random.nextInt(low, high + 1);
            long significand = 1L << FP32_FRACTION_BITS | random.nextLong(1L << FP32_FRACTION_BITS);
            double value = Math.scalb((double) significand, exponent - FP32_FRACTION_BITS);
            double cut = Math.scalb((double) (significand >>> drop << drop), exponent - FP32_FRACTION_BITS);
            FloatValue r = rounding.decode(rounder.round(FloatValue.finite(negative, significand,
                    exponent - FP32_FRACTION_BITS)), SubnormalMode.IEEE);
            double near = Math.scalb((double) r.significand(), r.exponent());
            truncated.add((cut - value) / value);
            rounded.add((near - value) / value);
        }
        return Optional.of(new ConversionError(format, samples, seed, truncated.stats(), rounded.stats()));
    }

    /** Running mean, min and max. */
    private static final class Accumulator {
        private double sum;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private long count;

        void add(double e) {
            sum += e;
            min = Math.min(min, e);
            max = Math.max(max, e);
            count++;
        }

        Stats stats() {
            return new Stats(sum / count, min, max);
        }
    }
}
