package org.approxmac.drum;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * A DRUM-k multiplier (N &lt;= 32, k &lt;= 8) with the per-operand work tabulated: one look-up gives
 * an operand's segment, its shift and (c1) its sign, derived from {@link DrumCore}; the product is
 * then the exact k x k segment product shifted back, with the sign handling of
 * {@link org.approxmac.golden.SignWrapper}, whose reference model is used wherever the table does not
 * decide.
 *
 * <p>A code is {@code segment << 8 | sign << 6 | shift}; the low 6 bits of the sum of two codes are
 * the shift of the product and bit 6 of their XOR the product's sign. Codes are tabulated for the top
 * min(N, 16) bits of an operand (of its magnitude in {@code sm} mode). For N &gt; 16 an operand whose
 * segment is not decided by those bits (magnitude below about 2^(N-16+k-2)) has the code
 * {@link #UNDECIDED} and goes to the reference model.
 */
public final class DrumLookup implements Multiplier {
    private static final int WINDOW_BITS = 16;
    private static final int MAX_SEGMENT_BITS = 8;
    private static final int SEGMENT_SHIFT = 8;
    private static final int SIGN_BIT = 6;
    private static final int SHIFT_MASK = (1 << SIGN_BIT) - 1;
    /** Bit 7 is never set in a decided code. */
    private static final int UNDECIDED = 1 << 7;

    private final UnitSpec spec;
    private final Multiplier reference;
    private final SignMode mode;
    private final int n;
    private final int windowShift;
    private final long operandMask;
    private final long productMask;
    private final char[] codes;

    private DrumLookup(UnitSpec spec, Multiplier reference, DrumCore core, int k) {
        this.spec = spec;
        this.reference = reference;
        this.mode = spec.sign();
        this.n = spec.n();
        this.windowShift = Math.max(0, n - WINDOW_BITS);
        this.operandMask = Bits.mask(n);
        this.productMask = Bits.mask(2 * n);
        int windowBits = n - windowShift;
        this.codes = new char[1 << windowBits];
        for (int pattern = 0; pattern < codes.length; pattern++) {
            int sign = 0;
            long top = pattern;
            if (mode == SignMode.C1) {
                sign = (pattern >>> (windowBits - 1)) & 1;
                top = sign == 1 ? ~pattern & Bits.mask(windowBits) : pattern;
            }
            codes[pattern] = (char) (decided(top, k) ? code(core, top << windowShift, sign) : UNDECIDED);
        }
    }

    /**
     * Whether every operand whose top bits are {@code top} has the same segment and shift: always
     * without a window; otherwise the leading one and the k-2 bits below it must lie in the window,
     * and the operand must be at least 2^k (else its segment is the whole operand).
     */
    private boolean decided(long top, int k) {
        if (windowShift == 0) {
            return true;
        }
        if (top == 0) {
            return false;
        }
        int lead = Bits.lead(top);
        return lead >= k - 2 && lead + windowShift >= k;
    }

    private static int code(DrumCore core, long operand, int sign) {
        return (int) (core.segment(operand) << SEGMENT_SHIFT) | sign << SIGN_BIT | core.shift(operand);
    }

    /**
     * The look-up form of a DRUM multiplier when N &lt;= 32 and k &lt;= 8 (DRUM6 included); empty
     * otherwise.
     *
     * @param reference the reference model of the same spec, used for the operands the table does not
     *                  decide
     */
    public static Optional<Multiplier> of(UnitSpec spec, Multiplier reference, DrumCore core) {
        Objects.requireNonNull(reference);
        UnitSpec m = spec.multiplier();
        int k = m.intParam("k");
        if (m.n() > 32 || k > MAX_SEGMENT_BITS || !m.equals(reference.spec())) {
            return Optional.empty();
        }
        return Optional.of(new DrumLookup(m, reference, core, k));
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        a &= operandMask;
        b &= operandMask;
        switch (mode) {
            case C1 -> {
                int ca = codes[(int) (a >>> windowShift)];
                int cb = codes[(int) (b >>> windowShift)];
                if (((ca | cb) & UNDECIDED) != 0) {
                    return reference.multiply(a, b);
                }
                long negative = ((ca ^ cb) >>> SIGN_BIT) & 1;
                return (product(ca, cb) ^ -negative) & productMask;
            }
            case SM -> {
                long sa = a >>> (n - 1);
                long sb = b >>> (n - 1);
                int ca = codes[(int) ((((a ^ -sa) + sa) & operandMask) >>> windowShift)];
                int cb = codes[(int) ((((b ^ -sb) + sb) & operandMask) >>> windowShift)];
                if (((ca | cb) & UNDECIDED) != 0) {
                    return reference.multiply(a, b);
                }
                long negative = sa ^ sb;
                return ((product(ca, cb) ^ -negative) + negative) & productMask;
            }
            default -> {
                int ca = codes[(int) (a >>> windowShift)];
                int cb = codes[(int) (b >>> windowShift)];
                if (((ca | cb) & UNDECIDED) != 0) {
                    return reference.multiply(a, b);
                }
                return product(ca, cb);
            }
        }
    }

    /** The core product: segment x segment, shifted by the sum of the shifts. */
    private static long product(int ca, int cb) {
        return ((long) (ca >>> SEGMENT_SHIFT) * (cb >>> SEGMENT_SHIFT)) << ((ca + cb) & SHIFT_MASK);
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        return Bits.unsigned(multiply(a, b));
    }
}
