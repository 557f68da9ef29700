package org.approxmac.fp;

import java.util.List;
import java.util.TreeSet;

/**
 * Corner-case operand patterns of a {@link FloatFormat}, for tests and co-simulation (the FloPoCo
 * habit of keeping a unit's corner vectors next to its golden model). The list holds, with both
 * signs: zeros, infinities, quiet and signalling NaNs (a finite format: its NaN and the numbers of the
 * all-ones exponent), the smallest, a middle and the largest
 * subnormal, the smallest normals, the largest finite numbers, and normal numbers at exponents near
 * the underflow, unity and overflow boundaries (products of two of them overflow, underflow and
 * become subnormal) carrying significands that make products fall exactly half-way (ties to even)
 * or just below a power of two (rounding up into the next binade).
 */
public final class FloatCorners {

    private FloatCorners() {
    }

    /** The corner patterns of a format, ascending and without duplicates. */
    public static List<Long> of(FloatFormat format) {
        var patterns = new TreeSet<Long>();
        int f = format.fractionBits();
        long fractionMask = format.fractionMask();
        int top = format.maxBiasedExponent();
        for (boolean negative : new boolean[] {false, true}) {
            patterns.add(format.zero(negative));
            if (!format.finite()) {
                patterns.add(format.infinity(negative));
            }
            // IEEE-style: quiet and signalling NaNs; finite: the NaN, the largest finite and its neighbours
            patterns.add(format.pattern(negative, top, 1L << (f - 1)));
            patterns.add(format.pattern(negative, top, 1));
            patterns.add(format.pattern(negative, top, fractionMask));
            if (format.finite()) {
                patterns.add(format.pattern(negative, top, 0));
                patterns.add(format.largestFinite(negative));
            }
            for (long fraction : new long[] {1, 2, 3, 1L << (f - 1), fractionMask - 1, fractionMask}) {
                patterns.add(format.pattern(negative, 0, fraction));
            }
            for (int biased : normalExponents(format)) {
                for (long fraction : significandCorners(f)) {
                    patterns.add(format.pattern(negative, biased, fraction));
                }
            }
        }
        return List.copyOf(patterns);
    }

    /** Biased exponents near the bottom, the middle and the top of the normal range. */
    private static int[] normalExponents(FloatFormat format) {
        int bias = format.bias();
        int top = format.maxBiasedExponent() - 1;
        int half = bias / 2;
        return new TreeSet<>(List.of(1, 2, 1 + format.fractionBits(), bias - half - 1, bias - 1, bias,
                bias + 1, bias + half, bias + half + 1, top - 1, top)).stream()
                .filter(e -> e >= 1 && e <= top).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Fractions: 0, 1, all ones, one half, and for k around half the precision the fractions of
     * 1 + 2^-k and of 2 - 2^(1-k): their products fall half-way between neighbours (ties) or just
     * below 2 (round up into the next binade).
     */
    private static long[] significandCorners(int f) {
        long mask = (1L << f) - 1;
        var fractions = new TreeSet<Long>(List.of(0L, 1L, 2L, mask, mask - 1, 1L << (f - 1),
                (1L << (f - 1)) | 1));
        for (int k = Math.max(1, f / 2); k <= Math.min(f, f / 2 + 3); k++) {
            fractions.add(1L << (f - k));
            fractions.add(1L << (f - k) | 1);
            fractions.add(mask & -(1L << (f + 1 - k)));
        }
        return fractions.stream().mapToLong(Long::longValue).toArray();
    }
}
