package org.approxmac.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses spec strings. Grammar: {@code kind [(':' | ',') item (',' item)*]} where an item is
 * {@code key=value} or the flag {@code mac}. Examples: {@code fixed:n=16}, {@code bf16,mac},
 * {@code mitchw:n=16,w=6,sign=c1,mac,acc=40}. Keys may come in any order, at most once each; missing
 * keys take the defaults of the kind's {@link KindDescriptor}. Every error is a {@link SpecException}
 * whose one-line message names the key and the accepted range.
 */
public final class SpecParser {

    private SpecParser() {
    }

    public static UnitSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SpecException("empty spec (expected kind[:key=value,...], kinds: " + Kind.namesText() + ")");
        }
        String s = text.strip();
        int sep = firstSeparator(s);
        String kindName = sep < 0 ? s : s.substring(0, sep);
        Kind kind = Kind.bySpecName(kindName).orElseThrow(() -> new SpecException(
                "unknown kind '" + visible(kindName) + "' (accepted: " + Kind.namesText() + ")"));
        Map<String, String> values = new LinkedHashMap<>();
        boolean mac = false;
        String acc = null;
        if (sep >= 0) {
            String rest = s.substring(sep + 1);
            for (String item : rest.split(",", -1)) {
                String it = item.strip();
                if (it.isEmpty()) {
                    throw new SpecException("empty item in spec '" + s + "' (expected key=value or mac)");
                }
                int eq = it.indexOf('=');
                String key = (eq < 0 ? it : it.substring(0, eq)).strip();
                String value = eq < 0 ? null : it.substring(eq + 1).strip();
                if (!key.equals("acc")) {
                    checkKnown(kind, key);
                }
                if (key.equals("mac")) {
                    if (value != null) {
                        throw new SpecException("mac is a flag and takes no value (write ',mac')");
                    }
                    if (mac) {
                        throw new SpecException("duplicate key 'mac' in spec '" + s + "'");
                    }
                    mac = true;
                    continue;
                }
                if (value == null || value.isEmpty()) {
                    throw new SpecException(kind.specName() + ": key '" + key + "' needs a value ("
                            + rangeText(kind, key) + ")");
                }
                if (key.equals("acc") && !kind.floating()) { // a floating unit's acc is its result format
                    if (acc != null) {
                        throw new SpecException("duplicate key 'acc' in spec '" + s + "'");
                    }
                    acc = value;
                    continue;
                }
                if (values.putIfAbsent(key, value) != null) {
                    throw new SpecException("duplicate key '" + key + "' in spec '" + s + "'");
                }
            }
        }
        if (acc != null && !mac) {
            throw new SpecException(kind.specName() + ": acc=" + acc + " applies to MACs only (add ',mac')");
        }
        Integer accWidth = acc == null ? null : parseInt(kind, Kind.ACCUMULATOR, acc);
        return resolve(kind, values, mac, accWidth);
    }

    /** Validates explicit values against the descriptor and fills in defaults. */
    static UnitSpec resolve(Kind kind, Map<String, String> values, boolean mac, Integer acc) {
        KindDescriptor d = kind.descriptor();
        for (String key : values.keySet()) {
            if (d.param(key).isEmpty()) {
                checkKnown(kind, key);
                throw new SpecException(kind.specName() + ": key '" + key + "' is not a parameter");
            }
        }
        // n first: other ranges depend on it
        int n = kind.floating() ? (kind == Kind.BF16 ? 16 : 32) : 0;
        Map<String, String> resolved = new LinkedHashMap<>();
        for (ParamDescriptor p : d.params()) {
            String raw = values.get(p.key());
            String canonical = switch (p.type()) {
                case INT -> {
                    int v = raw == null ? p.defaultBound().resolve(n) : parseInt(kind, p, raw);
                    checkRange(kind, p, v, n);
                    if (p.key().equals("n")) {
                        n = v;
                    }
                    yield Integer.toString(v);
                }
                case CHOICE, BOOL -> {
                    String v = raw == null ? p.defaultValue() : raw;
                    if (!p.choices().contains(v)) {
                        throw new SpecException(kind.specName() + ": " + p.key() + "=" + v
                                + " is not accepted (accepted: " + p.rangeText() + ")");
                    }
                    yield v;
                }
            };
            if (p.macOnly() && !mac && !canonical.equals(p.defaultValue())) {
                throw new SpecException(kind.specName() + ": " + p.key() + "=" + canonical
                        + " applies to MACs only (add ',mac')");
            }
            resolved.put(p.key(), canonical);
        }
        if (kind.floating()) {
            resolveSignificandCore(kind, values, resolved);
            checkResultFormat(kind, resolved);
        }
        if (mac && !resolved.getOrDefault("dot", "1").equals("1") && !resolved.getOrDefault("stages", "0").equals("0")) {
            throw new SpecException(kind.specName() + ": dot=" + resolved.get("dot") + " with stages="
                    + resolved.get("stages") + " and mac is not available yet (accepted: stages=0 for a dot-product MAC;"
                    + " a dot-product unit without mac takes stages)");
        }
        checkArray(kind, resolved);
        int accWidth = 0;
        if (mac) {
            if (kind.floating()) {
                if (acc != null) {
                    throw new IllegalArgumentException(kind.specName() + ": a floating MAC's accumulator is the acc"
                            + " parameter's format, not a width (" + acc + ")");
                }
                accWidth = resultFormatWidth(resolved.get("acc"));
            } else {
                ParamDescriptor a = Kind.ACCUMULATOR;
                // default 2n+8 (+ ceil(log2 K) for K dot-product lanes), capped at the range's top
                int lanes = resolved.containsKey("dot") ? Integer.parseInt(resolved.get("dot")) : 1;
                int dflt = a.defaultBound().resolve(n) + UnitSpec.guardBits(lanes);
                accWidth = acc == null ? Math.min(dflt, a.max().resolve(n)) : acc;
                checkRange(kind, a, accWidth, n);
            }
        } else if (acc != null) {
            throw new SpecException(kind.specName() + ": acc=" + acc + " applies to MACs only (add ',mac')");
        }
        return new UnitSpec(kind, resolved, mac, accWidth);
    }

    /**
     * A floating unit's significand multiplier ({@code mult}) and the key of its core ({@code w} for
     * mitchw, {@code k} for drum; default min(6, p)), checked against the significand's precision p:
     * a key of another core is refused, as is an approximate core on fewer than 4 significand bits (the
     * integer cores' narrowest width).
     */
    private static void resolveSignificandCore(Kind kind, Map<String, String> values, Map<String, String> resolved) {
        String mult = resolved.get("mult");
        int p = operandBits(kind, resolved)[1] + 1;
        String own = switch (mult) {
            case "mitchw" -> "w";
            case "drum" -> "k";
            default -> null;
        };
        for (String key : new String[] {"w", "k"}) {
            if (values.containsKey(key) && !values.get(key).equals("0") && !key.equals(own)) {
                throw new SpecException(kind.specName() + ": " + key + "=" + values.get(key) + " applies to mult="
                        + (key.equals("w") ? "mitchw" : "drum") + " only (mult=" + mult + ")");
            }
        }
        if (!mult.equals("exact") && p < MIN_SIGNIFICAND_CORE) {
            throw new SpecException(kind.specName() + ": mult=" + mult + " needs significands of at least "
                    + MIN_SIGNIFICAND_CORE + " bits, " + kind.specName() + "'s have " + p + " (accepted: mult=exact)");
        }
        if (own == null) {
            return;
        }
        int lowest = own.equals("w") ? 1 : 3;
        int value = values.containsKey(own) ? Integer.parseInt(resolved.get(own))
                : Math.min(SharedParams.SIGNIFICAND_CORE_DEFAULT, p);
        if (value < lowest || value > p) {
            throw new SpecException(kind.specName() + ": " + own + "=" + value + " is out of range for mult=" + mult
                    + " on " + p + "-bit significands (accepted: " + lowest + ".." + p + ")");
        }
        resolved.put(own, Integer.toString(value));
    }

    /** The width in bits of a floating result format ({@code acc}): sign, exponent and fraction. */
    static int resultFormatWidth(String format) {
        List<Integer> bits = SharedParams.RESULT_FORMATS.get(format);
        return 1 + bits.get(0) + bits.get(1);
    }

    /** A floating unit's result format must hold its operands: as many exponent and fraction bits or more. */
    private static void checkResultFormat(Kind kind, Map<String, String> resolved) {
        int[] operand = operandBits(kind, resolved);
        List<Integer> result = SharedParams.RESULT_FORMATS.get(resolved.get("acc"));
        if (result.get(0) >= operand[0] && result.get(1) >= operand[1]) {
            return;
        }
        List<String> accepted = SharedParams.RESULT_FORMATS.entrySet().stream()
                .filter(f -> f.getValue().get(0) >= operand[0] && f.getValue().get(1) >= operand[1])
                .map(Map.Entry::getKey).toList();
        throw new SpecException(kind.specName() + ": acc=" + resolved.get("acc") + " is narrower than the operands ("
                + result.get(0) + " exponent and " + result.get(1) + " fraction bits against " + operand[0] + " and "
                + operand[1] + "; accepted: " + String.join("|", accepted) + ")");
    }

    /** A floating kind's operand exponent and fraction bits. */
    private static int[] operandBits(Kind kind, Map<String, String> resolved) {
        return switch (kind) {
            case BF16 -> new int[] {8, 7};
            case FP32 -> new int[] {8, 23};
            default -> new int[] {Integer.parseInt(resolved.get("e")), Integer.parseInt(resolved.get("m"))};
        };
    }

    /** The narrowest significand an approximate core takes: the integer kinds' smallest n. */
    static final int MIN_SIGNIFICAND_CORE = 4;

    /** The most processing elements an array may have. */
    static final int MAX_ELEMENTS = 64;

    /** An array's size and what may come with it: no dot-product elements, no stages, share only for arrays. */
    private static void checkArray(Kind kind, Map<String, String> resolved) {
        int rows = Integer.parseInt(resolved.getOrDefault("rows", "1"));
        int cols = Integer.parseInt(resolved.getOrDefault("cols", "1"));
        String name = kind.specName();
        if (rows * cols == 1) {
            if (resolved.containsKey("share") && !resolved.get("share").equals(kind.descriptor().param("share")
                    .orElseThrow().defaultValue())) {
                throw new SpecException(name + ": share=" + resolved.get("share") + " applies to arrays only"
                        + " (add rows=R and/or cols=C, accepted: 1.." + SharedParams.MAX_ARRAY_SIDE + ")");
            }
            return;
        }
        if (rows * cols > MAX_ELEMENTS) {
            throw new SpecException(name + ": rows=" + rows + ", cols=" + cols + " is " + rows * cols
                    + " processing elements (accepted: rows*cols <= " + MAX_ELEMENTS + ")");
        }
        if (!resolved.getOrDefault("dot", "1").equals("1")) {
            throw new SpecException(name + ": an array of dot-product units (dot=" + resolved.get("dot")
                    + " with rows/cols) is not available yet (accepted: dot=1 in an array)");
        }
        if (!resolved.getOrDefault("stages", "0").equals("0")) {
            throw new SpecException(name + ": a pipelined array (stages=" + resolved.get("stages")
                    + " with rows/cols) is not available yet (accepted: stages=0 in an array)");
        }
    }

    private static int firstSeparator(String s) {
        int colon = s.indexOf(':');
        int comma = s.indexOf(',');
        if (colon < 0) {
            return comma;
        }
        return comma < 0 ? colon : Math.min(colon, comma);
    }

    private static void checkKnown(Kind kind, String key) {
        if (!kind.descriptor().acceptedKeys().contains(key)) {
            throw new SpecException(kind.specName() + ": unknown key '" + key + "' (accepted keys: "
                    + String.join(", ", kind.descriptor().acceptedKeys()) + ")");
        }
    }

    private static String rangeText(Kind kind, String key) {
        if (key.equals("acc")) {
            return "accepted: " + Kind.ACCUMULATOR.rangeText();
        }
        return "accepted: " + kind.descriptor().param(key).map(ParamDescriptor::rangeText).orElse("?");
    }

    /** A whole number in ASCII digits only (Integer.parseInt would also take full-width or Arabic-Indic ones). */
    private static int parseInt(Kind kind, ParamDescriptor p, String raw) {
        if (!AsciiNumbers.isWhole(raw, 10)) {
            throw new SpecException(kind.specName() + ": " + p.key() + "=" + visible(raw)
                    + " is not a whole number (accepted: " + p.rangeText()
                    + (raw.chars().allMatch(c -> c < 0x80) ? ")" : "; digits 0-9 only)"));
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new SpecException(kind.specName() + ": " + p.key() + "=" + raw
                    + " is out of range (accepted: " + p.rangeText() + ")");
        }
    }

    /**
     * The text with every character outside printable ASCII shown as {@code <U+XXXX>}, so that a
     * byte-order mark or a look-alike digit is visible in a message.
     */
    public static String visible(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                sb.appendCodePoint(c);
            } else {
                sb.append(String.format("<U+%04X>", c));
            }
        });
        return sb.toString();
    }

    private static void checkRange(Kind kind, ParamDescriptor p, int v, int n) {
        int lo = p.min().resolve(n);
        int hi = p.max().resolve(n);
        if (v < lo || v > hi) {
            String range = p.rangeText();
            boolean symbolic = p.min().dependsOnN() || p.max().dependsOnN();
            throw new SpecException(kind.specName() + ": " + p.key() + "=" + v + " is out of range (accepted: "
                    + range + (symbolic ? " = " + lo + ".." + hi + " for n=" + n : "") + ")");
        }
    }
}
