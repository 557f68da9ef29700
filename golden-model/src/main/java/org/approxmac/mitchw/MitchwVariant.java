package org.approxmac.mitchw;

import org.approxmac.golden.Bits;
import org.approxmac.spec.UnitSpec;

/**
 * Which Mitch-w function a core computes.
 *
 * @param forcedFractionBit each operand's log keeps K-1 fraction bits followed by a constant 1 (the
 *                          authors' VHDL's "unbiased operands") instead of K truncated ones
 * @param flushBelowN       the decoder produces only products whose characteristic sum c is at least
 *                          N and gives 0 below (the authors' VHDL's "truncated Mitchell decoder"),
 *                          instead of docs/units.md's antilog over every c
 * @param compensation      the log adder adds one unit of the last fraction bit to the sum of the two
 *                          log values (DR-ALM's error compensation)
 * @param setOneBits        the log adder is a set-one adder (ALM-SOA): its {@code setOneBits} lowest sum
 *                          bits are 1 and the exact upper part adds the operands' bits above them with a
 *                          carry in of the AND of the two bits just below; 0 is the exact adder
 */
public record MitchwVariant(boolean forcedFractionBit, boolean flushBelowN, boolean compensation, int setOneBits) {

    public MitchwVariant {
        if (setOneBits < 0) {
            throw new IllegalArgumentException("set-one bits cannot be negative: " + setOneBits);
        }
        if (setOneBits > 0 && (forcedFractionBit || flushBelowN || compensation)) {
            throw new IllegalArgumentException("the set-one adder is modelled on Mitchell's full operands only");
        }
    }

    /** An exact log adder. */
    MitchwVariant(boolean forcedFractionBit, boolean flushBelowN, boolean compensation) {
        this(forcedFractionBit, flushBelowN, compensation, 0);
    }

    /** docs/units.md's Mitch-w (and Mitchell): truncated operands, full antilog; the paper's error figures. */
    public static final MitchwVariant TRUNCATED = new MitchwVariant(false, false, false);

    /**
     * The Mitch-w authors' c1 VHDL, entity logMultK_Neg (github.com/albertodbg/log-arithmetic,
     * vhdl/logMult-w-c1, for N a power of two and N &gt;= 2w): kind {@code mitchwu}. Their Verilog (the
     * IEEE TC version) is {@link #TRUNCATED} with w = K + 1, i.e. kind {@code mitchw}.
     */
    public static final MitchwVariant AUTHORS_VHDL = new MitchwVariant(true, true, false);

    /**
     * DR-ALM (Yin et al., IEEE TSUSC 2021), kind {@code dralm}: each operand's log keeps its leading one's
     * position, t-2 fraction bits and a forced 1 (a DRUM segment in the log domain); the log adder adds
     * one more unit of the last fraction bit; the antilog decodes every characteristic sum.
     */
    public static final MitchwVariant DR_ALM = new MitchwVariant(true, false, true);

    /**
     * ALM-SOA-m (Liu, Xu, Wang, Wang, Montuschi, Lombardi, IEEE TCAS-I 2018), kind {@code almsoa}: Mitchell's operands (every
     * fraction bit) added by a set-one adder whose m lowest bits are 1; full antilog.
     */
    public static MitchwVariant setOneAdder(int m) {
        return new MitchwVariant(false, false, false, m);
    }

    /** The log-domain sum of two log values (or of two fractions: the carry out stays in the sum). */
    public long logSum(long a, long b) {
        if (setOneBits > 0) {
            long carryIn = (a >>> (setOneBits - 1)) & (b >>> (setOneBits - 1)) & 1;
            return ((a >>> setOneBits) + (b >>> setOneBits) + carryIn) << setOneBits | Bits.mask(setOneBits);
        }
        return a + b + (compensation ? 1 : 0);
    }

    /** The variant of a log-multiplier spec ({@code mitchw}, {@code mitchell}, {@code mitchwu}, {@code dralm}, {@code almsoa}). */
    public static MitchwVariant of(UnitSpec spec) {
        return switch (spec.kind()) {
            case MITCHW, MITCHELL -> TRUNCATED;
            case MITCHWU -> AUTHORS_VHDL;
            case DRALM -> DR_ALM;
            case ALMSOA -> setOneAdder(spec.intParam("m"));
            default -> throw new IllegalArgumentException(spec.kind().specName() + " is not a log multiplier");
        };
    }
}
