package org.approxmac.drum;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * A DRUM-k multiplier (N &lt;= 32) with the per-operand work tabulated. DRUM's product is
 * s_x * s_y &lt;&lt; (t_x + t_y) = (s_x &lt;&lt; t_x) * (s_y &lt;&lt; t_y): the product of the two operands
 * reduced to their k-bit segments. One look-up per operand gives that reduced value (from
 * {@link DrumCore}), one multiplication the core product, and the sign handling is that of
 * {@link org.approxmac.golden.SignWrapper}, whose reference model is used wherever the table does not
 * decide.
 *
 * <p>Reduced values are tabulated for the top min(N, 16) bits of an operand (after c1's complement,
 * or of the magnitude in {@code sm} mode). For N &gt; 16 an operand whose segment is not decided by
 * those bits (magnitude below about 2^(N-16+k-2)) has the value {@link #UNDECIDED} and goes to the
 * reference model.
 */
public final class DrumLookup implements Multiplier {
    private static final int WINDOW_BITS = 16;
    /** Negative: never a reduced value (those are below 2^32). */
    private static final long UNDECIDED = -1L;

    private final UnitSpec spec;
    private final Multiplier reference;
    private final SignMode mode;
    private final int n;
    private final int windowShift;
    private final long operandMask;
    private final long productMask;
    /** s &lt;&lt; t of each window pattern (c1: of its complement when negative), or UNDECIDED. */
    private final long[] reduced;

    private DrumLookup(UnitSpec spec, Multiplier reference, DrumCore core, int k) {
        this.spec = spec;
        this.reference = reference;
        this.mode = spec.sign();
        this.n = spec.n();
        this.windowShift = Math.max(0, n - WINDOW_BITS);
        this.operandMask = Bits.mask(n);
        this.productMask = Bits.mask(2 * n);
        int windowBits = n - windowShift;
        this.reduced = new long[1 << windowBits];
        for (int pattern = 0; pattern < reduced.length; pattern++) {
            long top = pattern;
            if (mode == SignMode.C1 && (pattern >>> (windowBits - 1)) == 1) {
                top = ~pattern & Bits.mask(windowBits);
            }
            long operand = top << windowShift;
            reduced[pattern] = decided(top, k) ? core.segment(operand) << core.shift(operand) : UNDECIDED;
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

    /**
     * The look-up form of a DRUM multiplier when N &lt;= 32 (DRUM6 included); empty otherwise.
     *
     * @param reference the reference model of the same spec, used for the operands the table does not
     *                  decide
     */
    public static Optional<Multiplier> of(UnitSpec spec, Multiplier reference, DrumCore core) {
        Objects.requireNonNull(reference);
        UnitSpec m = spec.multiplier();
        if (m.n() > 32 || !m.equals(reference.spec())) {
            return Optional.empty();
        }
        return Optional.of(new DrumLookup(m, reference, core, m.intParam("k")));
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
                long x = reduced[(int) (a >>> windowShift)];
                long y = reduced[(int) (b >>> windowShift)];
                if ((x | y) < 0) {
                    return reference.multiply(a, b);
                }
                long negative = (a ^ b) >>> (n - 1);
                return (x * y ^ -negative) & productMask;
            }
            case SM -> {
                long sa = a >>> (n - 1);
                long sb = b >>> (n - 1);
                long x = reduced[(int) (Bits.negateIf(a, sa, operandMask) >>> windowShift)];
                long y = reduced[(int) (Bits.negateIf(b, sb, operandMask) >>> windowShift)];
                if ((x | y) < 0) {
                    return reference.multiply(a, b);
                }
                return Bits.negateIf(x * y, sa ^ sb, productMask);
            }
            default -> {
                long x = reduced[(int) (a >>> windowShift)];
                long y = reduced[(int) (b >>> windowShift)];
                return (x | y) < 0 ? reference.multiply(a, b) : x * y;
            }
        }
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        return Bits.unsigned(multiply(a, b));
    }
}
