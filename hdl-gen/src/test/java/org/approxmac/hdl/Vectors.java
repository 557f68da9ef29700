package org.approxmac.hdl;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Operand vectors for RTL tests: corner values (0, 1, -1, the most negative and most positive
 * values, powers of two and their neighbours) paired with each other, then random operands
 * stratified by leading-one position (uniform values alone rarely reach small characteristics).
 */
public final class Vectors {

    private Vectors() {
    }

    /** Corner operand values of an n-bit pattern. */
    public static List<Long> corners(int n) {
        long mask = n == 64 ? -1L : (1L << n) - 1;
        List<Long> c = new ArrayList<>(List.of(0L, 1L, 2L, 3L, mask, mask - 1, 1L << (n - 1), (1L << (n - 1)) - 1,
                (1L << (n - 1)) + 1));
        for (int i = 2; i < n - 1; i += Math.max(1, n / 6)) {
            c.add(1L << i);
            c.add((1L << i) - 1);
            c.add(mask ^ (1L << i));
        }
        return c.stream().map(v -> v & mask).distinct().toList();
    }

    /** A random n-bit operand whose leading one is at a uniformly chosen position. */
    public static long stratified(Random rnd, int n) {
        int lead = rnd.nextInt(n + 1) - 1;
        if (lead < 0) {
            return 0;
        }
        long below = lead == 0 ? 0 : rnd.nextLong() & ((1L << lead) - 1);
        return (1L << lead) | below;
    }

    /** Operand pairs: all corner pairs, then {@code random} stratified pairs (seeded). */
    public static List<long[]> pairs(int n, int random, long seed) {
        List<long[]> out = new ArrayList<>();
        List<Long> c = corners(n);
        for (long a : c) {
            for (long b : c) {
                out.add(new long[] {a, b});
            }
        }
        Random rnd = new Random(seed);
        for (int i = 0; i < random; i++) {
            out.add(new long[] {stratified(rnd, n), stratified(rnd, n)});
        }
        return out;
    }
}
