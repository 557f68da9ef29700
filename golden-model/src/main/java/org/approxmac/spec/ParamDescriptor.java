package org.approxmac.spec;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of a kind: its key, type, accepted values and default, and a line of documentation.
 * The same descriptor drives the spec parser, the CLI help and the docs tables.
 *
 * @param key          the spec key, e.g. {@code w}
 * @param type         the value type
 * @param min          smallest accepted value ({@link ParamType#INT} only)
 * @param max          largest accepted value ({@link ParamType#INT} only)
 * @param choices      accepted words ({@link ParamType#CHOICE} only), the first is not necessarily
 *                     the default
 * @param defaultValue default as written in a spec; for INT a {@link Bound} expression text is
 *                     resolved through {@link #defaultBound}
 * @param defaultBound default of an INT parameter, possibly depending on n
 * @param doc          one line describing the parameter
 * @param architecture whether the key chooses only the RTL architecture (the function, and so the
 *                     golden model, is the same for every value); such a key appears in the canonical
 *                     form and identifier only when it differs from its default
 * @param macOnly      whether the key shapes only a MAC (e.g. its accumulate adder): a bare
 *                     multiplier rejects a value other than the default
 */
public record ParamDescriptor(String key, ParamType type, Bound min, Bound max, List<String> choices,
                              Bound defaultBound, String defaultValue, String doc, boolean architecture,
                              boolean macOnly) {

    public ParamDescriptor {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        choices = List.copyOf(choices);
        if (type == ParamType.INT && (min == null || max == null || defaultBound == null)) {
            throw new IllegalArgumentException("INT parameter " + key + " needs min, max and default");
        }
        if (type == ParamType.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException("default of " + key + " is not one of its choices");
        }
    }

    public static ParamDescriptor integer(String key, Bound min, Bound max, Bound dflt, String doc) {
        return new ParamDescriptor(key, ParamType.INT, min, max, List.of(), dflt, dflt.toString(), doc, false, false);
    }

    public static ParamDescriptor choice(String key, List<String> choices, String dflt, String doc) {
        return new ParamDescriptor(key, ParamType.CHOICE, null, null, choices, null, dflt, doc, false, false);
    }

    /**
     * A choice of RTL architecture: same function for every value, so shown in canonical forms only
     * when not the default.
     */
    public static ParamDescriptor architecture(String key, List<String> choices, String dflt, String doc) {
        return new ParamDescriptor(key, ParamType.CHOICE, null, null, choices, null, dflt, doc, true, false);
    }

    /** The same descriptor as an architecture key ({@link #architecture()}): in canonical forms only off its default. */
    public ParamDescriptor asArchitecture() {
        return new ParamDescriptor(key, type, min, max, choices, defaultBound, defaultValue, doc, true, macOnly);
    }

    /** The same descriptor for a key that only a MAC uses ({@link #macOnly()}). */
    public ParamDescriptor forMacOnly() {
        return new ParamDescriptor(key, type, min, max, choices, defaultBound, defaultValue, doc, architecture, true);
    }

    /** Whether {@code value} may be left out of a canonical form (an architecture key at its default). */
    public boolean omittedFromCanonical(String value) {
        return architecture && defaultValue.equals(value);
    }

    public static ParamDescriptor bool(String key, boolean dflt, String doc) {
        return new ParamDescriptor(key, ParamType.BOOL, null, null, List.of("true", "false"), null,
                Boolean.toString(dflt), doc, false, false);
    }

    /** The accepted range as shown in errors, help and docs: {@code 4..64}, {@code c1|sm|unsigned}. */
    public String rangeText() {
        return switch (type) {
            case INT -> min + ".." + max;
            case CHOICE, BOOL -> String.join("|", choices);
        };
    }
}
