package org.approxmac.sim;

import org.approxmac.fp.FloatCorners;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatUnit;
import org.approxmac.golden.IntegerOperands;
import org.approxmac.spec.UnitSpec;

/**
 * Corner operand values of a spec; the corner vectors are all ordered pairs of them. Integer kinds:
 * the golden model's {@link IntegerOperands#corners()} (0, +-1, all ones, the most negative and most
 * positive values, every power of two and its neighbours, and, signed, their negations). Floating
 * kinds: the golden model's {@link FloatCorners} (zeros, infinities, NaNs, subnormals, extreme
 * normals, and values whose products overflow, underflow, tie or round into the next binade).
 */
final class CornerOperands {
    private CornerOperands() {
    }

    /** Every ordered pair of the spec's corner operands, vector i being (corner i / C, corner i mod C). */
    static Stimulus pairs(UnitSpec spec) {
        long[] corners = of(spec);
        return (first, r, a, b, flags) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] = corners[(int) ((first + i) / corners.length)];
                b[i] = corners[(int) ((first + i) % corners.length)];
            }
        };
    }

    /** Sorted, distinct N-bit patterns. */
    static long[] of(UnitSpec spec) {
        return spec.kind().floating() ? floating(FloatUnit.operandFormat(spec)) : IntegerOperands.of(spec).corners();
    }

    /** The number of corner vectors: every ordered pair of corner values. */
    static long pairCount(UnitSpec spec) {
        long values = of(spec).length;
        return values * values;
    }

    private static long[] floating(FloatFormat format) {
        return FloatCorners.of(format).stream().mapToLong(Long::longValue).toArray();
    }
}
