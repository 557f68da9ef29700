package org.approxmac.fp;

/**
 * An IEEE 754-style binary floating-point format: one sign bit, {@code exponentBits} biased exponent
 * bits and {@code fractionBits} stored fraction bits, with a hidden leading one for normal numbers,
 * subnormals at biased exponent 0, and infinities and NaNs at the all-ones exponent.
 *
 * <pre>
 *   | sign | exponent (E bits, bias 2^(E-1) - 1) | fraction (F bits) |
 *   normal:    (-1)^s * 1.fraction * 2^(exponent - bias)
 *   subnormal: (-1)^s * 0.fraction * 2^(1 - bias)
 * </pre>
 *
 * The arithmetic in this package is written once for any such format (docs/units.md, "Floating point").
 * A <em>finite</em> format (the OCP 8-bit floating point specification's E4M3, {@link #OCP_E4M3}) has no
 * infinities: the all-ones exponent holds normal numbers, and only the all-ones pattern of exponent and
 * fraction is NaN (one per sign). Finite formats are operand formats only: nothing rounds into them.
 * {@link #E4M3} is the IEEE-style variant with infinities.
 *
 * @param name         short lower-case name, e.g. {@code fp32}
 * @param exponentBits exponent field width, 2..11
 * @param fractionBits stored fraction width, 1..29 (the product of two significands must fit 62 bits)
 * @param finite       no infinities; NaN only with exponent and fraction all ones (OCP E4M3)
 */
public record FloatFormat(String name, int exponentBits, int fractionBits, boolean finite) {

    /** bfloat16: 8 exponent bits, 7 fraction bits. */
    public static final FloatFormat BF16 = new FloatFormat("bf16", 8, 7);
    /** IEEE 754 binary32. */
    public static final FloatFormat FP32 = new FloatFormat("fp32", 8, 23);
    /** IEEE 754 binary16. */
    public static final FloatFormat FP16 = new FloatFormat("fp16", 5, 10);
    /** 8-bit E5M2 (IEEE-style, as in the OCP FP8 specification). */
    public static final FloatFormat E5M2 = new FloatFormat("e5m2", 5, 2);
    /** 8-bit E4M3, IEEE-style variant (with infinities; differs from OCP E4M3FN). */
    public static final FloatFormat E4M3 = new FloatFormat("e4m3", 4, 3);
    /** NVIDIA TF32: FP32's exponent and fp16's fraction, 19 bits. */
    public static final FloatFormat TF32 = new FloatFormat("tf32", 8, 10);
    /** OCP 8-bit E5M2: IEEE-style (infinities, NaNs with any non-zero fraction). */
    public static final FloatFormat OCP_E5M2 = new FloatFormat("fp8e5m2", 5, 2);
    /** OCP 8-bit E4M3 (E4M3FN): no infinities, NaN only S.1111.111, largest finite 448. */
    public static final FloatFormat OCP_E4M3 = new FloatFormat("fp8e4m3", 4, 3, true);

    /** An IEEE-style format (infinities and NaNs at the all-ones exponent). */
    public FloatFormat(String name, int exponentBits, int fractionBits) {
        this(name, exponentBits, fractionBits, false);
    }

    public FloatFormat {
        if (exponentBits < 2 || exponentBits > 11) {
            throw new IllegalArgumentException("exponent width " + exponentBits + " outside 2..11");
        }
        if (fractionBits < 1 || fractionBits > 29) {
            throw new IllegalArgumentException("fraction width " + fractionBits + " outside 1..29");
        }
    }

    /**
     * The IEEE-style format of the same widths: this format for an IEEE-style one; for a finite one the
     * format whose patterns agree with it everywhere below the all-ones exponent, which can be rounded into.
     */
    public FloatFormat withInfinities() {
        return finite ? new FloatFormat(name, exponentBits, fractionBits) : this;
    }

    /** Total width in bits. */
    public int width() {
        return 1 + exponentBits + fractionBits;
    }

    /** Significand precision p = fraction bits + 1 (the hidden bit). */
    public int precision() {
        return fractionBits + 1;
    }

    public int bias() {
        return (1 << (exponentBits - 1)) - 1;
    }

    /** The exponent of the smallest normal number, 1 - bias. */
    public int minExponent() {
        return 1 - bias();
    }

    /** The exponent of the largest finite number: the bias (one more in a finite format). */
    public int maxExponent() {
        return finite ? bias() + 1 : bias();
    }

    /** All-ones mask of {@link #width()} bits. */
    public long mask() {
        return (1L << width()) - 1;
    }

    public long fractionMask() {
        return (1L << fractionBits) - 1;
    }

    /** The all-ones biased exponent of infinities and NaNs. */
    public int maxBiasedExponent() {
        return (1 << exponentBits) - 1;
    }

    public long signBit() {
        return 1L << (width() - 1);
    }

    /** Assembles a pattern from its fields (the exponent biased, the fraction without hidden bit). */
    public long pattern(boolean negative, long biasedExponent, long fraction) {
        return (negative ? signBit() : 0) | (biasedExponent << fractionBits) | (fraction & fractionMask());
    }

    public boolean negative(long bits) {
        return (bits & signBit()) != 0;
    }

    public int biasedExponent(long bits) {
        return (int) ((bits >>> fractionBits) & maxBiasedExponent());
    }

    public long fraction(long bits) {
        return bits & fractionMask();
    }

    /**
     * The quiet NaN every NaN result becomes: positive, exponent all ones, only the top fraction bit set
     * (a finite format's only positive NaN, every bit set).
     */
    public long canonicalNaN() {
        return pattern(false, maxBiasedExponent(), finite ? fractionMask() : 1L << (fractionBits - 1));
    }

    public long zero(boolean negative) {
        return pattern(negative, 0, 0);
    }

    /** The infinity pattern; a finite format has none. */
    public long infinity(boolean negative) {
        if (finite) {
            throw new UnsupportedOperationException(name + " has no infinities");
        }
        return pattern(negative, maxBiasedExponent(), 0);
    }

    public long largestFinite(boolean negative) {
        return finite ? pattern(negative, maxBiasedExponent(), fractionMask() - 1)
                : pattern(negative, maxBiasedExponent() - 1, fractionMask());
    }

    public long smallestNormal(boolean negative) {
        return pattern(negative, 1, 0);
    }

    public long largestSubnormal(boolean negative) {
        return pattern(negative, 0, fractionMask());
    }

    public long smallestSubnormal(boolean negative) {
        return pattern(negative, 0, 1);
    }

    /** The pattern of (-1)^negative * 2^exponent for an exponent in the normal range. */
    public long powerOfTwo(boolean negative, int exponent) {
        if (exponent < minExponent() || exponent > maxExponent()) {
            throw new IllegalArgumentException("2^" + exponent + " is not a normal " + name);
        }
        return pattern(negative, exponent + bias(), 0);
    }

    public boolean isNaN(long bits) {
        return biasedExponent(bits) == maxBiasedExponent() && fraction(bits) != 0
                && (!finite || fraction(bits) == fractionMask());
    }

    public boolean isSubnormal(long bits) {
        return biasedExponent(bits) == 0 && fraction(bits) != 0;
    }

    /**
     * The exact value of a pattern (bits above {@link #width()} ignored). With
     * {@link SubnormalMode#FTZ} a subnormal pattern reads as a zero of the same sign.
     */
    public FloatValue decode(long bits, SubnormalMode subnormals) {
        boolean negative = negative(bits);
        int biased = biasedExponent(bits);
        long fraction = fraction(bits);
        if (finite && biased == maxBiasedExponent() && fraction == fractionMask()) {
            return FloatValue.nan();
        }
        if (!finite && biased == maxBiasedExponent()) {
            return fraction == 0 ? FloatValue.infinity(negative) : FloatValue.nan();
        }
        if (biased == 0) {
            if (fraction == 0 || subnormals == SubnormalMode.FTZ) {
                return FloatValue.zero(negative);
            }
            return FloatValue.finite(negative, fraction, minExponent() - fractionBits);
        }
        return FloatValue.finite(negative, (1L << fractionBits) | fraction, biased - bias() - fractionBits);
    }

    @Override
    public String toString() {
        return name + "(e" + exponentBits + "m" + fractionBits + (finite ? ", finite" : "") + ")";
    }
}
