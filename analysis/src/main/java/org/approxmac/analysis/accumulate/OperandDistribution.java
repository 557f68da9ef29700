package org.approxmac.analysis.accumulate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Distributions of the operand magnitudes of the accumulation experiment. Operands are positive
 * values of the unit's operand range, 1..max (max = 2^(n-1) - 1 for signed operands, 2^n - 1 for
 * unsigned), so every product, and every partial sum, is positive (see {@link AccumulationExperiment}).
 */
public enum OperandDistribution {
    /** Uniform over 1..max. */
    UNIFORM,
    /** |N(0, (max/4)^2)| rounded to an integer, clamped to 1..max: many small operands, as in CNN data. */
    GAUSSIAN;

    /** A random operand value in 1..max. */
    long draw(SplittableRandom r, long max) {
        return switch (this) {
            case UNIFORM -> r.nextLong(max) + 1; // max may be Long.MAX_VALUE
            case GAUSSIAN -> {
                long v = Math.round(Math.abs(gaussian(r)) * max / 4.0);
                yield Math.max(1, Math.min(max, v));
            }
        };
    }

    /** A standard normal value by the Box-Muller transform (SplittableRandom has no nextGaussian in 17). */
    private static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble(); // (0, 1]
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The distribution named {@code uniform} or {@code gaussian}. */
    public static OperandDistribution bySpecName(String name) {
        for (OperandDistribution d : values()) {
            if (d.specName().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown operand distribution '" + name + "' (accepted: uniform, gaussian)");
    }
}
