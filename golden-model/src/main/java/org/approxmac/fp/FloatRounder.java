package org.approxmac.fp;

import java.util.Objects;

/**
 * Round-to-nearest-even into a {@link FloatFormat}, the one place where precision is lost
 * (docs/units.md, "Floating point"). The rounder sees an unrounded value as a significand, the weight of
 * its least significant bit and a sticky flag; it finds the leading one (the normaliser), picks the
 * result's last kept bit (the subnormal boundary moves it up under {@code ieee}), rounds half to even
 * and packs the fields, overflowing to infinity.
 *
 * <pre>
 *   significand:  1 x x x ... x | g | r r r ... r   + sticky
 *                 \-- kept ---/  half  \-- rest --/
 *   round up  &lt;=&gt;  half and (rest or sticky or kept is odd)
 * </pre>
 *
 * Under {@link SubnormalMode#FTZ} a value whose leading one lies below the smallest normal exponent
 * is flushed to a zero of its sign before rounding, so an {@code ftz} rounder never produces a
 * subnormal and never shifts right past the normal boundary.
 *
 * @param format     the result format
 * @param subnormals whether tiny results are rounded to subnormals or flushed
 */
public record FloatRounder(FloatFormat format, SubnormalMode subnormals) {

    public FloatRounder {
        Objects.requireNonNull(format);
        Objects.requireNonNull(subnormals);
        if (format.finite()) {
            throw new IllegalArgumentException(format + " is an operand format only: nothing rounds into it");
        }
    }

    /** Encodes an exact value: NaN becomes the canonical NaN, finite values are rounded. */
    public long round(FloatValue value) {
        return switch (value.category()) {
            case NAN -> format.canonicalNaN();
            case INFINITY -> format.infinity(value.negative());
            case ZERO -> format.zero(value.negative());
            case FINITE -> round(value.negative(), value.significand(), value.exponent(), false);
        };
    }

    /**
     * Rounds (-1)^negative * (significand + s) * 2^exponent, where s = 0 without sticky and s is some
     * unknown fraction strictly between 0 and 1 with sticky.
     *
     * @param significand positive; with sticky it must reach at least one bit below the result's last
     *                    kept bit, so that the half-way bit is known
     * @throws IllegalArgumentException if the significand is not positive or too short for a sticky
     *                                  value
     */
    public long round(boolean negative, long significand, int exponent, boolean sticky) {
        if (significand <= 0) {
            throw new IllegalArgumentException("significand must be positive, got " + significand);
        }
        int f = format.fractionBits();
        int leading = exponent + 63 - Long.numberOfLeadingZeros(significand);
        if (leading < format.minExponent() && subnormals == SubnormalMode.FTZ) {
            return format.zero(negative);
        }
        int lastKept = Math.max(leading, format.minExponent()) - f;
        int dropped = lastKept - exponent;
        long kept;
        boolean roundUp;
        if (dropped <= 0) {
            if (sticky) {
                throw new IllegalArgumentException("a sticky significand needs bits below the rounding point");
            }
            kept = significand << -dropped;
            roundUp = false;
        } else {
            kept = dropped >= 64 ? 0 : significand >>> dropped;
            boolean half = dropped <= 64 && (significand >>> (dropped - 1) & 1) != 0;
            long restMask = dropped > 64 ? -1L : (1L << (dropped - 1)) - 1;
            boolean rest = sticky || (significand & restMask) != 0;
            roundUp = half && (rest || (kept & 1) != 0);
        }
        if (roundUp) {
            kept++;
            if (kept == 1L << (f + 1)) {
                kept >>>= 1;
                lastKept++;
            }
        }
        if (kept < 1L << f) {
            // subnormal or zero: only reachable under ieee, where lastKept is minExponent - f
            return format.pattern(negative, 0, kept);
        }
        long biased = (long) lastKept + f + format.bias();
        if (biased >= format.maxBiasedExponent()) {
            return format.infinity(negative);
        }
        return format.pattern(negative, biased, kept);
    }
}
