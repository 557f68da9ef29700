package org.approxmac.hdl.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads one module's interface from preprocessed Verilog tokens: its parameters (header
 * {@code #(...)} list and body declarations) and its ports, in ANSI style ({@code module m(input
 * [N-1:0] a, ...)}) or in the older style (a list of names, then {@code input}/{@code output}
 * declarations in the body, a range possibly given by a later {@code wire}/{@code reg}). Widths are
 * evaluated with the parameters' values after the {@code -G} overrides.
 */
final class ModuleParser {
    private static final Set<String> TYPES = Set.of("wire", "reg", "logic", "tri", "var", "signed", "unsigned",
            "integer", "wand", "wor", "tri0", "tri1", "supply0", "supply1", "bit", "real", "realtime", "time", "int",
            "byte", "shortint", "longint", "uwire");

    private record Parameter(List<Token> value, boolean overridable) {
    }

    private final List<Token> tokens;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, List<Token>> netRanges = new HashMap<>();
    private final Map<String, Long> values = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();

    private ModuleParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Names of every module defined in the tokens, in order. */
    static List<String> moduleNames(List<Token> tokens) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ((tokens.get(i).is("module") || tokens.get(i).is("macromodule")) && tokens.get(i + 1).isIdentifier()) {
                names.add(tokens.get(i + 1).text());
            }
        }
        return names;
    }

    /**
     * The interface of module {@code top}, or null when no module has that name. {@code overrides}
     * (name to Verilog integer literal) must name parameters the module has.
     */
    static ModuleInterface parse(List<Token> tokens, String top, Map<String, String> overrides) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ((tokens.get(i).is("module") || tokens.get(i).is("macromodule")) && tokens.get(i + 1).is(top)) {
                return new ModuleParser(tokens).module(i, overrides);
            }
        }
        return null;
    }

    private ModuleInterface module(int start, Map<String, String> overrides) {
        String name = tokens.get(start + 1).text();
        String location = tokens.get(start).where().location();
        int i = start + 2;
        boolean headerParameters = false;
        if (i < tokens.size() && tokens.get(i).is("#")) {
            int open = i + 1;
            int close = matching(open);
            parameterItems(tokens.subList(open + 1, close));
            headerParameters = true;
            i = close + 1;
        }
        List<Token> portList = List.of();
        if (i < tokens.size() && tokens.get(i).is("(")) {
            int close = matching(i);
            portList = tokens.subList(i + 1, close);
            i = close + 1;
        }
        int end = i;
        while (end < tokens.size() && !tokens.get(end).is("endmodule")) {
            end++;
        }
        List<List<Token>> bodyPorts = body(i, end, !headerParameters);
        Map<String, String> applied = applyOverrides(name, overrides);
        List<RtlPort> ports = new ArrayList<>();
        List<List<Token>> items = split(portList, ",");
        boolean ansi = !items.isEmpty() && !items.get(0).isEmpty() && direction(items.get(0).get(0)) != null;
        if (ansi) {
            ansiPorts(items, ports);
        } else {
            Map<String, RtlPort> declared = new LinkedHashMap<>();
            for (List<Token> statement : bodyPorts) {
                declaredPorts(statement, declared);
            }
            for (List<Token> item : items) {
                if (item.size() == 1 && item.get(0).isIdentifier()) {
                    RtlPort p = declared.get(item.get(0).text());
                    if (p != null) {
                        ports.add(p);
                    }
                }
            }
        }
        return new ModuleInterface(name, location, ports, applied);
    }

    // ------------------------------------------------------------------------------- parameters

    private void parameterItems(List<Token> list) {
        boolean overridable = true;
        for (List<Token> item : split(list, ",")) {
            int k = skipAttributes(item, 0);
            if (k < item.size() && (item.get(k).is("parameter") || item.get(k).is("localparam"))) {
                overridable = item.get(k).is("parameter");
                k++;
            }
            declareParameter(item, k, overridable);
        }
    }

    private void declareParameter(List<Token> item, int from, boolean overridable) {
        int k = skipTypeAndRange(item, from, null);
        if (k + 1 < item.size() && item.get(k).isIdentifier() && item.get(k + 1).is("=")) {
            parameters.put(item.get(k).text(), new Parameter(item.subList(k + 2, item.size()), overridable));
        }
    }

    private Map<String, String> applyOverrides(String module, Map<String, String> overrides) {
        Map<String, String> applied = new LinkedHashMap<>();
        parameters.forEach((n, p) -> {
            if (p.overridable()) {
                applied.put(n, text(p.value()));
            }
        });
        overrides.forEach((n, v) -> {
            Parameter p = parameters.get(n);
            if (p == null || !p.overridable()) {
                throw new UserRtlException("-G " + n + "=" + v + ": module " + module + " has no parameter " + n
                        + (p == null ? "" : " that can be overridden (" + n + " is a localparam)")
                        + " (its parameters: " + (applied.isEmpty() ? "none" : String.join(", ", applied.keySet()))
                        + ")");
            }
            values.put(n, ConstantExpression.literal(v));
            applied.put(n, v);
        });
        return applied;
    }

    private long value(String name) {
        Long known = values.get(name);
        if (known != null) {
            return known;
        }
        Parameter p = parameters.get(name);
        if (p == null || !evaluating.add(name)) {
            throw new ConstantExpression.Unknown(name);
        }
        try {
            long v = ConstantExpression.evaluate(p.value(), this::value);
            values.put(name, v);
            return v;
        } finally {
            evaluating.remove(name);
        }
    }

    // ------------------------------------------------------------------------------- ports

    private void ansiPorts(List<List<Token>> items, List<RtlPort> ports) {
        PortDirection dir = null;
        List<Token> range = null;
        boolean integer = false;
        for (List<Token> item : items) {
            int k = skipAttributes(item, 0);
            if (k < item.size() && direction(item.get(k)) != null) {
                dir = direction(item.get(k));
                boolean[] isInteger = new boolean[1];
                List<List<Token>> r = new ArrayList<>();
                k = skipTypeAndRange(item, k + 1, r, isInteger);
                range = r.isEmpty() ? null : r.get(0);
                integer = isInteger[0];
            }
            if (dir != null && k < item.size() && item.get(k).isIdentifier()) {
                ports.add(new RtlPort(item.get(k).text(), dir, width(range, integer), item.get(k).where().location()));
            }
        }
    }

    private void declaredPorts(List<Token> statement, Map<String, RtlPort> declared) {
        PortDirection dir = direction(statement.get(0));
        boolean[] isInteger = new boolean[1];
        List<List<Token>> r = new ArrayList<>();
        int k = skipTypeAndRange(statement, 1, r, isInteger);
        for (List<Token> item : split(statement.subList(k, statement.size()), ",")) {
            if (!item.isEmpty() && item.get(0).isIdentifier()) {
                String name = item.get(0).text();
                List<Token> range = r.isEmpty() ? netRanges.get(name) : r.get(0);
                declared.put(name, new RtlPort(name, dir, width(range, isInteger[0]), item.get(0).where().location()));
            }
        }
    }

    private OptionalInt width(List<Token> range, boolean integer) {
        if (range == null) {
            return OptionalInt.of(integer ? 32 : 1);
        }
        List<List<Token>> bounds = splitRange(range);
        if (bounds.size() != 2) {
            return OptionalInt.empty();
        }
        try {
            long msb = ConstantExpression.evaluate(bounds.get(0), this::value);
            long lsb = ConstantExpression.evaluate(bounds.get(1), this::value);
            long w = Math.abs(msb - lsb) + 1;
            return w > 0 && w <= 1 << 20 ? OptionalInt.of((int) w) : OptionalInt.empty();
        } catch (ConstantExpression.Unknown e) {
            return OptionalInt.empty();
        }
    }

    /** The bounds of {@code msb : lsb}, split at the colon that is not part of a {@code ?:}. */
    private static List<List<Token>> splitRange(List<Token> range) {
        int depth = 0;
        int questions = 0;
        for (int k = 0; k < range.size(); k++) {
            String t = range.get(k).text();
            depth += nesting(t);
            if (depth == 0 && t.equals("?")) {
                questions++;
            } else if (depth == 0 && t.equals(":")) {
                if (questions == 0) {
                    return List.of(range.subList(0, k), range.subList(k + 1, range.size()));
                }
                questions--;
            }
        }
        return List.of(range);
    }

    // ------------------------------------------------------------------------------- body

    /**
     * Reads the body's parameter and net declarations; returns its port declaration statements.
     * Function and task bodies (whose {@code input}s are not ports) are skipped.
     */
    private List<List<Token>> body(int from, int to, boolean bodyParametersOverridable) {
        List<List<Token>> portStatements = new ArrayList<>();
        int k = from;
        while (k < to) {
            Token t = tokens.get(k);
            if (t.is("function") || t.is("task")) {
                String end = "end" + t.text();
                while (k < to && !tokens.get(k).is(end)) {
                    k++;
                }
                k++;
                continue;
            }
            boolean port = direction(t) != null;
            boolean param = t.is("parameter") || t.is("localparam");
            boolean net = t.is("wire") || t.is("reg") || t.is("logic");
            if (!port && !param && !net) {
                k++;
                continue;
            }
            int stop = k;
            int depth = 0;
            while (stop < to && !(depth == 0 && tokens.get(stop).is(";"))) {
                depth += nesting(tokens.get(stop).text());
                stop++;
            }
            List<Token> statement = tokens.subList(k, stop);
            if (port) {
                portStatements.add(statement);
            } else if (param) {
                boolean overridable = t.is("parameter") && bodyParametersOverridable;
                for (List<Token> item : split(statement.subList(1, statement.size()), ",")) {
                    declareParameter(item, 0, overridable);
                }
            } else {
                List<List<Token>> r = new ArrayList<>();
                int n = skipTypeAndRange(statement, 1, r);
                if (!r.isEmpty()) {
                    for (List<Token> item : split(statement.subList(n, statement.size()), ",")) {
                        if (!item.isEmpty() && item.get(0).isIdentifier()) {
                            netRanges.put(item.get(0).text(), r.get(0));
                        }
                    }
                }
            }
            k = stop + 1;
        }
        return portStatements;
    }

    // ------------------------------------------------------------------------------- helpers

    private static PortDirection direction(Token t) {
        return switch (t.text()) {
            case "input" -> PortDirection.INPUT;
            case "output" -> PortDirection.OUTPUT;
            case "inout" -> PortDirection.INOUT;
            default -> null;
        };
    }

    private static int skipTypeAndRange(List<Token> item, int from, List<List<Token>> ranges) {
        return skipTypeAndRange(item, from, ranges, new boolean[1]);
    }

    /** Skips type keywords and packed ranges from {@code from}; collects the ranges' inner tokens. */
    private static int skipTypeAndRange(List<Token> item, int from, List<List<Token>> ranges, boolean[] integer) {
        int k = from;
        while (k < item.size()) {
            Token t = item.get(k);
            if (TYPES.contains(t.text())) {
                integer[0] |= t.is("integer") || t.is("int");
                k++;
            } else if (t.is("[")) {
                int close = k + 1;
                int depth = 1;
                while (close < item.size() && depth > 0) {
                    depth += item.get(close).is("[") ? 1 : item.get(close).is("]") ? -1 : 0;
                    close++;
                }
                if (ranges != null) {
                    ranges.add(item.subList(k + 1, Math.max(k + 1, close - 1)));
                }
                k = close;
            } else {
                break;
            }
        }
        return k;
    }

    private static int skipAttributes(List<Token> item, int from) {
        int k = from;
        while (k < item.size() && item.get(k).is("(*")) {
            while (k < item.size() && !item.get(k).is("*)")) {
                k++;
            }
            k++;
        }
        return k;
    }

    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).is("(")) {
                depth++;
            } else if (tokens.get(k).is(")") && --depth == 0) {
                return k;
            }
        }
        throw new UserRtlException(tokens.get(open).where().location() + ": '(' is never closed");
    }

    /** Splits at {@code separator} outside brackets. */
    private static List<List<Token>> split(List<Token> list, String separator) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < list.size(); k++) {
            String t = list.get(k).text();
            depth += nesting(t);
            if (depth == 0 && t.equals(separator)) {
                parts.add(list.subList(start, k));
                start = k + 1;
            }
        }
        if (start < list.size()) {
            parts.add(list.subList(start, list.size()));
        }
        return parts;
    }

    /** +1 for an opening bracket, -1 for a closing one, else 0. */
    private static int nesting(String token) {
        return switch (token) {
            case "(", "[", "{" -> 1;
            case ")", "]", "}" -> -1;
            default -> 0;
        };
    }

    private static String text(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        tokens.forEach(t -> sb.append(sb.length() == 0 ? "" : " ").append(t.text()));
        return sb.toString();
    }
}
