package org.approxmac.sim;

import org.approxmac.golden.Bits;
import java.util.TreeSet;
import org.approxmac.spec.UnitSpec;

/**
 * Corner operand values of a spec; the corner vectors are all ordered pairs of them. Integer kinds:
 * 0, +-1, all ones, the most negative and most positive values, every power of two and its
 * neighbours, and (signed) their negations. Floating kinds: +-0, +-infinity, quiet and signalling
 * NaNs, the smallest and largest subnormals and normals, +-1, +-2, 1 + 1 ulp, 1 - 1/2 ulp, and values
 * whose product overflows, underflows or lands on the subnormal boundary.
 */
final class CornerOperands {
    private CornerOperands() {
    }

    /** Sorted, distinct N-bit patterns. */
    static long[] of(UnitSpec spec) {
        return switch (spec.kind()) {
            case BF16 -> floating(16, 7);
            case FP32 -> floating(32, 23);
            default -> integer(spec.n(), spec.signedOperands());
        };
    }

    private static long[] integer(int n, boolean signed) {
        long mask = Bits.mask(n);
        var values = new TreeSet<Long>((x, y) -> Long.compareUnsigned(x, y));
        long[] base = {0, 1, 2, 3, mask, mask - 1, 1L << (n - 1), (1L << (n - 1)) - 1, (1L << (n - 1)) + 1};
        for (long v : base) {
            values.add(v & mask);
        }
        for (int i = 0; i < n; i++) {
            long p = 1L << i;
            for (long v : new long[] {p, p - 1, p + 1}) {
                values.add(v & mask);
                if (signed) {
                    values.add(-v & mask);
                }
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] floating(int n, int fractionBits) {
        int exponentBits = n - 1 - fractionBits;
        long expMax = (1L << exponentBits) - 1;
        long bias = expMax >> 1;
        long fracMax = (1L << fractionBits) - 1;
        var values = new TreeSet<Long>();
        long[] magnitudes = {
            0,                                               // zero
            1, fracMax, 1L << (fractionBits - 1),            // subnormals: min, max, middle
            1L << fractionBits, (1L << fractionBits) | fracMax, // min normal and its largest neighbour
            bias << fractionBits, (bias << fractionBits) | 1, ((bias - 1) << fractionBits) | fracMax, // 1, 1+ulp, 1-ulp/2
            (bias + 1) << fractionBits,                      // 2
            ((bias + 1) << fractionBits) | (1L << (fractionBits - 1)), // 3
            (expMax - 1) << fractionBits | fracMax,          // max normal
            (bias + bias / 2) << fractionBits,               // 2^(bias/2): its square overflows nearly
            (bias - bias / 2) << fractionBits,               // 2^(-bias/2): its square underflows nearly
            expMax << fractionBits,                          // infinity
            (expMax << fractionBits) | (1L << (fractionBits - 1)), // quiet NaN
            (expMax << fractionBits) | 1,                    // signalling NaN
        };
        for (long m : magnitudes) {
            values.add(m);
            values.add(m | 1L << (n - 1));
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
