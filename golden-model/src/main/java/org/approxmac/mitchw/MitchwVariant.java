package org.approxmac.mitchw;

/**
 * Which Mitch-w function a core computes.
 *
 * @param forcedFractionBit each operand's log keeps K-1 fraction bits followed by a constant 1 (the
 *                          authors' VHDL's "unbiased operands") instead of K truncated ones
 * @param flushBelowN       the decoder produces only products whose characteristic sum c is at least
 *                          N and gives 0 below (the authors' VHDL's "truncated Mitchell decoder"),
 *                          instead of docs/units.md's antilog over every c
 */
public record MitchwVariant(boolean forcedFractionBit, boolean flushBelowN) {

    /** docs/units.md's Mitch-w (and Mitchell): truncated operands, full antilog; the paper's error figures. */
    public static final MitchwVariant TRUNCATED = new MitchwVariant(false, false);

    /**
     * The Mitch-w authors' c1 VHDL, entity logMultK_Neg (github.com/albertodbg/log-arithmetic,
     * vhdl/logMult-w-c1, for N a power of two and N &gt;= 2w): kind {@code mitchwu}. Their Verilog (the
     * IEEE TC version) is {@link #TRUNCATED} with w = K + 1, i.e. kind {@code mitchw}.
     */
    public static final MitchwVariant AUTHORS_VHDL = new MitchwVariant(true, true);
}
