package org.approxmac.fp;

import java.util.Objects;

/**
 * The exact sum of two {@link FloatValue}s, rounded once by a {@link FloatRounder}: the adder of a
 * fused multiply-add (docs/units.md, "Floating point": acc &lt;- RNE(acc + a*b)).
 *
 * <pre>
 *   larger operand  (by leading one)  ->  shift its leading one to bit 60 of a 62-bit window
 *   smaller operand                   ->  align right to the same weight; bits shifted out -> sticky
 *   same signs: add; opposite signs: subtract (a shifted-out remainder borrows one: sum - 1 + sticky)
 *   -> FloatRounder (normalise, round to nearest even, pack)
 * </pre>
 *
 * Special cases follow IEEE 754: NaN in gives NaN; infinities of opposite signs give NaN, otherwise
 * an infinity wins; the sum of two zeros is -0 only if both are -0; an exact cancellation is +0.
 * Finite significands must be below 2^60 (true for products of two significands of at most 30 bits).
 *
 * @param rounder rounds the sum into the result format
 */
public record FloatAdder(FloatRounder rounder) {

    private static final int WINDOW_LEAD = 60;

    public FloatAdder {
        Objects.requireNonNull(rounder);
    }

    /** RNE(x + y) as a pattern of the rounder's format. */
    public long add(FloatValue x, FloatValue y) {
        FloatFormat format = rounder.format();
        if (x.isNaN() || y.isNaN()) {
            return format.canonicalNaN();
        }
        if (x.isInfinite() || y.isInfinite()) {
            if (x.isInfinite() && y.isInfinite() && x.negative() != y.negative()) {
                return format.canonicalNaN();
            }
            return format.infinity(x.isInfinite() ? x.negative() : y.negative());
        }
        if (x.isZero() && y.isZero()) {
            return format.zero(x.negative() && y.negative());
        }
        if (x.isZero() || y.isZero()) {
            return rounder.round(x.isZero() ? y : x);
        }
        checkWidth(x);
        checkWidth(y);
        FloatValue big = x.leadingExponent() >= y.leadingExponent() ? x : y;
        FloatValue small = big == x ? y : x;
        int bigShift = WINDOW_LEAD - (63 - Long.numberOfLeadingZeros(big.significand()));
        long aligned = big.significand() << bigShift;
        int exponent = big.exponent() - bigShift;
        long distance = (long) exponent - small.exponent();
        long addend;
        boolean sticky;
        if (distance <= 0) {
            addend = small.significand() << -distance;
            sticky = false;
        } else if (distance >= 64) {
            addend = 0;
            sticky = true;
        } else {
            addend = small.significand() >>> distance;
            sticky = (small.significand() & ((1L << distance) - 1)) != 0;
        }
        boolean negative = big.negative();
        long sum;
        if (x.negative() == y.negative()) {
            sum = aligned + addend;
        } else {
            // with sticky, small's significand (below 2^60) reaches below the window, so the aligned
            // addend is below 2^59 and the difference keeps its leading one at bit 58 or above
            sum = aligned - addend - (sticky ? 1 : 0);
            if (sum == 0) {
                return format.zero(false);
            }
            if (sum < 0) {
                sum = -sum;
                negative = !negative;
            }
        }
        return rounder.round(negative, sum, exponent, sticky);
    }

    private static void checkWidth(FloatValue v) {
        if (v.significand() >= 1L << WINDOW_LEAD) {
            throw new IllegalArgumentException("significand " + v.significand() + " wider than 60 bits");
        }
    }
}
