package org.approxmac.analysis.error;

import java.util.stream.IntStream;
import org.approxmac.spec.UnitSpec;

/**
 * The relative error over the operand plane (the paper's Fig. 2): {@code relErrors[i][j]} is the
 * relative error of a = {@code as[i]}, b = {@code bs[j]}, NaN where the exact product is 0. Operands
 * are values of the spec's sign mode. For n &lt;= {@link #EXHAUSTIVE_WIDTH} every operand value is on
 * the grid; above, {@code points} evenly spaced values from the smallest to the largest operand.
 *
 * @param spec       the multiplier
 * @param as         operand a values, increasing
 * @param bs         operand b values, increasing
 * @param relErrors  relative errors, one row per a
 * @param exhaustive whether every operand value is on the grid
 */
public record ErrorMap(UnitSpec spec, long[] as, long[] bs, double[][] relErrors, boolean exhaustive) {

    /** Widths up to this get a full grid (2^n x 2^n points). */
    public static final int EXHAUSTIVE_WIDTH = 8;
    /** Default points per axis above {@link #EXHAUSTIVE_WIDTH}. */
    public static final int DEFAULT_POINTS = 256;

    /** Computes the map on all cores; rows are independent, so the result does not depend on them. */
    public static ErrorMap compute(ProductError error, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("an error map needs at least 2 points per axis, got " + points);
        }
        long min = error.minOperand();
        long max = error.maxOperand();
        boolean exhaustive = error.spec().n() <= EXHAUSTIVE_WIDTH;
        long[] axis = exhaustive ? range(min, max) : evenlySpaced(min, max, points);
        double[][] rel = new double[axis.length][];
        IntStream.range(0, axis.length).parallel().forEach(i -> {
            double[] row = new double[axis.length];
            for (int j = 0; j < axis.length; j++) {
                row[j] = error.relativeError(axis[i], axis[j]);
            }
            rel[i] = row;
        });
        return new ErrorMap(error.spec(), axis, axis.clone(), rel, exhaustive);
    }

    private static long[] range(long min, long max) {
        long[] v = new long[(int) (max - min + 1)];
        for (int i = 0; i < v.length; i++) {
            v[i] = min + i;
        }
        return v;
    }

    /** {@code points} values from min to max inclusive, rounded to integers, evenly spaced. */
    static long[] evenlySpaced(long min, long max, int points) {
        long[] v = new long[points];
        double span = (double) max - (double) min;
        for (int i = 0; i < points; i++) {
            // in double, so that a 64-bit range does not overflow; exact for n <= 52
            v[i] = i == points - 1 ? max : (long) Math.rint((double) min + span * i / (points - 1));
        }
        return v;
    }
}
