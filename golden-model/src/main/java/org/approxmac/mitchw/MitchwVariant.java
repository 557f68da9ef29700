package org.approxmac.mitchw;

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
 */
public record MitchwVariant(boolean forcedFractionBit, boolean flushBelowN, boolean compensation) {

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
}
