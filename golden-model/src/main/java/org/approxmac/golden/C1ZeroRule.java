package org.approxmac.golden;

/**
 * How the one's-complement ({@code c1}) sign wrapper treats zeros (UNITS.md, "Sign handling").
 */
public enum C1ZeroRule {
    /**
     * The Mitch-w authors' notZero rule: the product is 0 when an original operand is all zeros; a
     * core operand that becomes 0 after complementing (the operand -1) counts as magnitude 1.
     */
    NOT_ZERO_MASK,
    /** The DRUM authors' signed RTL: no zero masking; a set sign bit with core product 0 gives ~0. */
    NONE
}
