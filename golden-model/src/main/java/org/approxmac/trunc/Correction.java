package org.approxmac.trunc;

import java.util.Locale;

/**
 * How a truncated multiplier makes up for the partial products it leaves out (docs/units.md, "The truncated
 * multiplier core").
 */
public enum Correction {
    /** Direct truncation: the dropped columns are simply lost (the product is always low). */
    NONE,
    /**
     * Constant correction (Schulte and Swartzlander, 1993): the expected value of the dropped bits, for
     * uniform operands, rounded to the kept columns' grid, is added to every product of non-zero operands.
     */
    CONSTANT,
    /**
     * Variable correction (King and Swartzlander, 1997): the partial products of the most significant dropped
     * column are added once more, one column up, standing in for the carries the dropped columns would give.
     */
    VARIABLE;

    /** The spec value, e.g. {@code constant}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The correction named {@code key} ({@code none}, {@code constant}, {@code variable}). */
    public static Correction of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
