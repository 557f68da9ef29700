package org.approxmac.mitchw;

/**
 * Which Mitch-w function a core computes.
 *
 * @param forcedFractionBit each operand's log keeps K-1 fraction bits followed by a constant 1 (the
 *                          published RTL's "unbiased operands") instead of K truncated ones
 * @param flushBelowN       the decoder produces only products whose characteristic sum c is at least
 *                          N and gives 0 below (the published RTL's "truncated Mitchell decoder"),
 *                          instead of UNITS.md's antilog over every c
 */
public record MitchwVariant(boolean forcedFractionBit, boolean flushBelowN) {

    /** UNITS.md's Mitch-w (and Mitchell): truncated operands, full antilog; the paper's error figures. */
    public static final MitchwVariant TRUNCATED = new MitchwVariant(false, false);

    /**
     * The authors' published c1 RTL (github.com/albertodbg/log-arithmetic, vhdl/logMult-w-c1, for N a
     * power of two and N &gt;= 2w): kind {@code mitchwu}.
     */
    public static final MitchwVariant PUBLISHED_RTL = new MitchwVariant(true, true);
}
