package org.approxmac.spec;

/**
 * How a kind's sign wrapper treats zero operands (docs/units.md, "Zero rules in c1 mode"): the one
 * statement of which operand patterns count as zero, read by the golden model's sign wrapper and by the
 * generated RTL's sign wrapper. The rule only changes products in {@code c1} mode: in {@code sm} and
 * {@code unsigned} mode the cores of the masking kinds already give P(0, y) = 0, so the RTL may
 * apply the mask in every mode.
 */
public enum C1ZeroRule {
    /**
     * The Mitch-w authors' notZero rule: the product is 0 when an original operand is all zeros; a
     * core operand that becomes 0 after complementing (the operand -1) counts as magnitude 1.
     */
    NOT_ZERO_MASK,
    /** The DRUM authors' signed RTL: no zero masking; a set sign bit with core product 0 gives ~0. */
    NONE;

    /**
     * The rule of a kind with a sign wrapper, as its descriptor states it: the log multipliers (Mitch-w,
     * its VHDL form mitchwu, Mitchell, ILM) mask zero operands, DRUM does not.
     *
     * @throws IllegalArgumentException for kinds without a sign wrapper (fixed, floating)
     */
    public static C1ZeroRule of(Kind kind) {
        C1ZeroRule rule = kind.descriptor().zeroRule();
        if (rule == null) {
            throw new IllegalArgumentException(kind.descriptor().name() + " has no sign wrapper, so no zero rule");
        }
        return rule;
    }
}
