package org.approxmac.hdl;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.approxmac.golden.IntegerOperands;

/**
 * Operand vectors for RTL tests, from the golden model's {@link IntegerOperands}: every pair of corner
 * values (0, 1, -1, the most negative and most positive values, powers of two and their neighbours
 * and negations), with the powers of two thinned to about four exponents per operand so that the
 * Java evaluator and Verilator runs stay short, then random operands stratified by leading-one
 * position (uniform values alone rarely reach small characteristics). The patterns are the signed
 * ones, a superset of the unsigned ones, so every sign mode sees them all.
 */
public final class Vectors {

    private Vectors() {
    }

    /** The corner operand values of an n-bit pattern. */
    public static long[] corners(int n) {
        return new IntegerOperands(n, true).corners(Math.max(1, n / 4));
    }

    /** Operand pairs: all corner pairs, then {@code random} stratified pairs (seeded). */
    public static List<long[]> pairs(int n, int random, long seed) {
        List<long[]> out = new ArrayList<>();
        long[] c = corners(n);
        for (long a : c) {
            for (long b : c) {
                out.add(new long[] {a, b});
            }
        }
        IntegerOperands operands = new IntegerOperands(n, true);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < random; i++) {
            out.add(new long[] {operands.stratified(rnd), operands.stratified(rnd)});
        }
        return out;
    }
}
