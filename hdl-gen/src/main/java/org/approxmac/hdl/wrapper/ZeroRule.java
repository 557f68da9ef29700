package org.approxmac.hdl.wrapper;

/** How the {@link SignWrapperRtl} treats zero operands (UNITS.md, "Sign handling"). */
public enum ZeroRule {
    /**
     * The product is 0 when an original operand is all zeros (the Mitch-w authors' notZero rule, and
     * the Mitch-w core's P = 0 for zero operands in unsigned/sm mode). In c1 mode a core operand that
     * becomes 0 after complementing (the operand -1) is not masked: the core sees magnitude 0, which a
     * log core treats as 1.
     */
    MASK_ZERO_OPERANDS,
    /** No masking (DRUM: its core gives P(0, y) = 0 itself; in c1 a set sign then yields ~0 = -1). */
    NONE
}
