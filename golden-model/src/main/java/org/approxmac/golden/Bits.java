package org.approxmac.golden;

import java.math.BigInteger;

/** Bit-vector helpers on raw patterns held in {@code long} (up to 64 bits) or {@link BigInteger}. */
public final class Bits {
    /** Widths up to which {@link #maskWide} and {@link #signedValue} use precomputed constants. */
    private static final int TABULATED_WIDTH = 128;
    private static final BigInteger[] POWERS_OF_TWO = new BigInteger[TABULATED_WIDTH + 1];
    private static final BigInteger[] MASKS = new BigInteger[TABULATED_WIDTH + 1];

    static {
        for (int w = 0; w <= TABULATED_WIDTH; w++) {
            POWERS_OF_TWO[w] = BigInteger.ONE.shiftLeft(w);
            MASKS[w] = POWERS_OF_TWO[w].subtract(BigInteger.ONE);
        }
    }

    private Bits() {
    }

    /** The low {@code width} bits set (width 0..64). */
    public static long mask(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }

    /** The low {@code width} bits set, any width. */
    public static BigInteger maskWide(int width) {
        return width <= TABULATED_WIDTH ? MASKS[width] : BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    }

    /** 2^width (precomputed up to the widest accumulator). */
    private static BigInteger powerOfTwo(int width) {
        return width <= TABULATED_WIDTH ? POWERS_OF_TWO[width] : BigInteger.ONE.shiftLeft(width);
    }

    /**
     * {@code value} or its two's-complement negation, within {@code mask}: negated when {@code sign}
     * is 1, unchanged when 0 (branch-free: {@code (value ^ -sign) + sign}). The sm sign handling's
     * magnitude of an operand and its signed product.
     */
    public static long negateIf(long value, long sign, long mask) {
        return ((value ^ -sign) + sign) & mask;
    }

    /** The pattern's value read as a two's-complement number of {@code width} bits (1..64). */
    public static long signExtend(long pattern, int width) {
        int shift = 64 - width;
        return (pattern << shift) >> shift;
    }

    /** Bit {@code i} of the pattern. */
    public static boolean bit(long pattern, int i) {
        return ((pattern >>> i) & 1L) != 0;
    }

    /** The position of the leading one of a non-zero pattern (0 = LSB): {@code lead(x)} of docs/units.md. */
    public static int lead(long x) {
        return 63 - Long.numberOfLeadingZeros(x);
    }

    /** The pattern (read as unsigned 64 bits) as a non-negative BigInteger. */
    public static BigInteger unsigned(long pattern) {
        BigInteger v = BigInteger.valueOf(pattern & Long.MAX_VALUE);
        return pattern < 0 ? v.setBit(63) : v;
    }

    /** The value read as a two's-complement number of {@code width} bits, from a raw pattern. */
    public static BigInteger signedValue(BigInteger pattern, int width) {
        return pattern.testBit(width - 1) ? pattern.subtract(powerOfTwo(width)) : pattern;
    }

    /** The raw {@code width}-bit pattern of a (possibly negative) value: value mod 2^width. */
    public static BigInteger pattern(BigInteger value, int width) {
        return value.and(maskWide(width));
    }
}
