package org.approxmac.spec;

import java.util.Arrays;

/** Operand encodings and sign handling of the integer kinds (docs/units.md, "Sign modes of the approximate kinds"). */
public enum SignMode {
    /** Unsigned operands: z = P(a, b). */
    UNSIGNED("unsigned"),
    /** Two's-complement exact product (the {@code fixed} kind). */
    TWOS("twos"),
    /** Exact sign-magnitude around an unsigned core. */
    SM("sm"),
    /** One's-complement approximation around an unsigned core (the original authors' hardware). */
    C1("c1");

    private final String specName;

    SignMode(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public boolean signed() {
        return this != UNSIGNED;
    }

    public static SignMode bySpecName(String name) {
        return Arrays.stream(values()).filter(m -> m.specName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sign mode " + name));
    }
}
