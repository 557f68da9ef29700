package org.approxmac.analysis.cnn;

import java.util.Locale;

/**
 * How batch normalisation meets a biased multiplier (the paper's Section 4): {@link #NONE} runs the
 * network trained without batch normalisation; {@link #STORED} uses the trained running mean and
 * variance as they are; {@link #ADJUSTED} multiplies every stored mean by (1 + e) and every variance
 * by (1 + e)^2, e being the multiplier's mean relative error.
 */
public enum BnMode {
    NONE, STORED, ADJUSTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BnMode of(String name) {
        for (BnMode m : values()) {
            if (m.id().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown --bn '" + name + "' (accepted: none|stored|adjusted)");
    }
}
