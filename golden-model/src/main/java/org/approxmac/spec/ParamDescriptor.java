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
 * @param optional     whether the key appears in the canonical form and identifier only off its default
 *                     although it changes the function (a key added after designs were named without
 *                     it, e.g. {@code dot}); architecture keys are always optional
 * @param scope        which units the key shapes: every unit and a MAC's multiplier too (most keys),
 *                     MACs only (a bare multiplier rejects a value other than the default), or the
 *                     outermost design only (a MAC's multiplier inherits the default)
 */
public record ParamDescriptor(String key, ParamType type, Bound min, Bound max, List<String> choices,
                              Bound defaultBound, String defaultValue, String doc, boolean architecture,
                              boolean optional, Scope scope) {

    /** Which units a key shapes. */
    public enum Scope {
        /** Every unit, and a MAC's multiplier inherits the value (e.g. {@code n}, {@code w}). */
        UNIT,
        /** MACs only (e.g. the accumulate adder); a bare multiplier rejects a value other than the default. */
        MAC_ONLY,
        /**
         * Every unit, as its outermost design (e.g. {@code stages}): a MAC's multiplier is built with the
         * default, the MAC applies the value around it.
         */
        OUTERMOST
    }

    public ParamDescriptor {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(scope);
        choices = List.copyOf(choices);
        if (type == ParamType.INT && (min == null || max == null || defaultBound == null)) {
            throw new IllegalArgumentException("INT parameter " + key + " needs min, max and default");
        }
        if (type == ParamType.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException("default of " + key + " is not one of its choices");
        }
    }

    public static ParamDescriptor integer(String key, Bound min, Bound max, Bound dflt, String doc) {
        return new ParamDescriptor(key, ParamType.INT, min, max, List.of(), dflt, dflt.toString(), doc, false, false,
                Scope.UNIT);
    }

    public static ParamDescriptor choice(String key, List<String> choices, String dflt, String doc) {
        return new ParamDescriptor(key, ParamType.CHOICE, null, null, choices, null, dflt, doc, false, false, Scope.UNIT);
    }

    /**
     * A choice of RTL architecture: same function for every value, so shown in canonical forms only
     * when not the default.
     */
    public static ParamDescriptor architecture(String key, List<String> choices, String dflt, String doc) {
        return new ParamDescriptor(key, ParamType.CHOICE, null, null, choices, null, dflt, doc, true, true, Scope.UNIT);
    }

    /** The same descriptor as an architecture key ({@link #architecture()}): in canonical forms only off its default. */
    public ParamDescriptor asArchitecture() {
        return new ParamDescriptor(key, type, min, max, choices, defaultBound, defaultValue, doc, true, true, scope);
    }

    /**
     * The same descriptor shown in canonical forms only off its default ({@link #optional()}), the
     * function still depending on it.
     */
    public ParamDescriptor asOptional() {
        return new ParamDescriptor(key, type, min, max, choices, defaultBound, defaultValue, doc, architecture, true,
                scope);
    }

    /** The same descriptor for a key that only a MAC uses ({@link Scope#MAC_ONLY}). */
    public ParamDescriptor forMacOnly() {
        return within(Scope.MAC_ONLY);
    }

    /** The same descriptor for a key that shapes the outermost design only ({@link Scope#OUTERMOST}). */
    public ParamDescriptor forOutermost() {
        return within(Scope.OUTERMOST);
    }

    private ParamDescriptor within(Scope s) {
        return new ParamDescriptor(key, type, min, max, choices, defaultBound, defaultValue, doc, architecture,
                optional, s);
    }

    /** Whether only MACs accept a value other than the default ({@link Scope#MAC_ONLY}). */
    public boolean macOnly() {
        return scope == Scope.MAC_ONLY;
    }

    /** Whether {@code value} may be left out of a canonical form (an optional key at its default). */
    public boolean omittedFromCanonical(String value) {
        return optional && defaultValue.equals(value);
    }

    public static ParamDescriptor bool(String key, boolean dflt, String doc) {
        return new ParamDescriptor(key, ParamType.BOOL, null, null, List.of("true", "false"), null,
                Boolean.toString(dflt), doc, false, false, Scope.UNIT);
    }

    /** The accepted range as shown in errors, help and docs: {@code 4..64}, {@code c1|sm|unsigned}. */
    public String rangeText() {
        return switch (type) {
            case INT -> min + ".." + max;
            case CHOICE, BOOL -> String.join("|", choices);
        };
    }
}
