package org.approxmac.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutation operators on the {@code assign} statements of generated Verilog (test helper for the
 * fault-detection test). Each mutant changes one site of one statement: a binary or reduction
 * operator swapped, a literal's lowest or highest bit flipped, the arms of a conditional swapped, a
 * negation dropped, a bit select moved or stuck at 0/1, a part select shifted, a replication count
 * decreased, the right operand of the first top-level operator dropped, a signal inverted, or a
 * whole signal replaced by another whole signal of the same statement (never one that is bit-selected:
 * the other may be narrower, and an illegal select would break the batch's build).
 */
final class RtlMutants {
    private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+(\\w+)");
    private static final Pattern ASSIGN = Pattern.compile("(?m)^(\\s*assign\\s+\\w+\\s*=\\s*)([^;]*);");
    private static final Pattern LITERAL = Pattern.compile("(\\d+)'([dhb])([0-9a-fA-F_]+)");
    private static final Pattern NEGATION = Pattern.compile("\\(~(\\w+)\\)");
    private static final Pattern BIT = Pattern.compile("\\b([A-Za-z_]\\w*)\\[(\\d+)\\]");
    private static final Pattern PART = Pattern.compile("\\b([A-Za-z_]\\w*)\\[(\\d+):(\\d+)\\]");
    private static final Pattern REPLICATION = Pattern.compile("\\{(\\d+)\\{");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<!['\\w.])([A-Za-z_]\\w*)(?![\\w\\[(])");
    private static final Map<Character, String[]> SWAPS = Map.of(
            '|', new String[] {"&", "^"}, '&', new String[] {"|", "^"}, '^', new String[] {"|", "&"},
            '+', new String[] {"-", "^"}, '-', new String[] {"+", "^"},
            '*', new String[] {"+", "-", "&", "|", "^", "/", "%"});

    /**
     * One mutant.
     *
     * @param description what was changed, e.g. {@code assign p = ...: '|' -> '&' at 12}
     * @param verilog     the mutated text
     */
    record Mutant(String description, String verilog) {
    }

    private RtlMutants() {
    }

    /** Every distinct mutant of the text, in order of the sites. */
    static List<Mutant> all(String verilog) {
        return all(verilog, null, module -> true);
    }

    /**
     * Every distinct mutant of the assign statements inside the modules whose names (less the
     * prefix {@code top}, e.g. {@code _round_lzc_lod}) the filter accepts; a description then starts
     * with that name.
     */
    static List<Mutant> all(String verilog, String top, Predicate<String> modules) {
        Map<String, Mutant> byText = new LinkedHashMap<>();
        Matcher module = MODULE.matcher(verilog);
        while (module.find()) {
            String name = top == null ? null : module.group(1).substring(module.group(1).startsWith(top) ? top.length() : 0);
            if (name != null && !modules.test(name)) {
                continue;
            }
            int end = verilog.indexOf("endmodule", module.end());
            Matcher m = ASSIGN.matcher(verilog).region(module.end(), end < 0 ? verilog.length() : end);
            while (m.find()) {
                String lhs = m.group(1);
                String rhs = m.group(2);
                int at = m.start(2);
                for (String[] change : rhsMutations(rhs)) {
                    String text = verilog.substring(0, at) + change[1] + verilog.substring(m.end(2));
                    if (!text.equals(verilog)) {
                        byText.putIfAbsent(text, new Mutant((name == null ? "" : name + ": ") + lhs.strip() + " " + rhs
                                + "  =>  " + change[1] + "  (" + change[0] + ")", text));
                    }
                }
            }
        }
        return new ArrayList<>(byText.values());
    }

    /** {@code count} mutants spread evenly over {@link #all}. */
    static List<Mutant> spread(String verilog, int count) {
        List<Mutant> all = all(verilog);
        if (all.size() <= count) {
            return all;
        }
        List<Mutant> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / count)));
        }
        return chosen;
    }

    /** Pairs of (operator name, mutated right-hand side). */
    private static List<String[]> rhsMutations(String rhs) {
        List<String[]> out = new ArrayList<>();
        int depth = 0;
        int firstTopOperator = -1;
        for (int i = 0; i < rhs.length(); i++) {
            char c = rhs.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            String[] swaps = SWAPS.get(c);
            if (swaps == null || i > 0 && rhs.charAt(i - 1) == '~' || i + 1 < rhs.length() && rhs.charAt(i + 1) == c) {
                continue;
            }
            boolean binary = i > 0 && rhs.substring(0, i).strip().matches(".*[\\w\\])}]$");
            if (binary && depth == 0 && firstTopOperator < 0) {
                firstTopOperator = i;
            }
            if (!binary && c != '|' && c != '&' && c != '^') {
                continue; // unary minus/plus: not mutated
            }
            for (String s : swaps) {
                if (!binary && (s.equals("|") || s.equals("&") || s.equals("^")) || binary) {
                    out.add(new String[] {"'" + c + "' -> '" + s + "'", rhs.substring(0, i) + s + rhs.substring(i + 1)});
                }
            }
        }
        if (firstTopOperator > 0) {
            out.add(new String[] {"drop the right operand", rhs.substring(0, firstTopOperator).strip()});
        }
        literalFlips(rhs, out);
        ternarySwap(rhs, out);
        replace(rhs, NEGATION, mm -> "(" + mm.group(1) + ")", "drop a negation", out);
        replace(rhs, BIT, mm -> Integer.parseInt(mm.group(2)) == 0 ? null
                : mm.group(1) + "[" + (Integer.parseInt(mm.group(2)) - 1) + "]", "move a bit select", out);
        replace(rhs, BIT, mm -> "1'b0", "bit stuck at 0", out);
        replace(rhs, BIT, mm -> "1'b1", "bit stuck at 1", out);
        replace(rhs, PART, mm -> Integer.parseInt(mm.group(3)) == 0 ? null : mm.group(1) + "["
                + (Integer.parseInt(mm.group(2)) - 1) + ":" + (Integer.parseInt(mm.group(3)) - 1) + "]",
                "shift a part select", out);
        replace(rhs, REPLICATION, mm -> Integer.parseInt(mm.group(1)) <= 1 ? null
                : "{" + (Integer.parseInt(mm.group(1)) - 1) + "{", "shorten a replication", out);
        replace(rhs, IDENTIFIER, mm -> "(~" + mm.group(1) + ")", "invert a signal", out);
        List<String> names = new ArrayList<>();
        Matcher n = IDENTIFIER.matcher(rhs);
        while (n.find()) {
            if (!names.contains(n.group(1))) {
                names.add(n.group(1));
            }
        }
        if (names.size() > 1) {
            replace(rhs, IDENTIFIER, mm -> names.get((names.indexOf(mm.group(1)) + 1) % names.size()),
                    "use another signal", out);
        }
        return out;
    }

    private static void literalFlips(String rhs, List<String[]> out) {
        Matcher m = LITERAL.matcher(rhs);
        while (m.find()) {
            int width = Integer.parseInt(m.group(1));
            int radix = m.group(2).equals("d") ? 10 : m.group(2).equals("h") ? 16 : 2;
            long value = Long.parseLong(m.group(3).replace("_", ""), radix);
            for (int bit : width > 1 ? new int[] {0, width - 1} : new int[] {0}) {
                String flipped = width + "'d" + (value ^ (1L << bit));
                out.add(new String[] {"flip bit " + bit + " of a constant",
                    rhs.substring(0, m.start()) + flipped + rhs.substring(m.end())});
            }
        }
    }

    private static void ternarySwap(String rhs, List<String[]> out) {
        int depth = 0;
        int question = -1;
        for (int i = 0; i < rhs.length(); i++) {
            char c = rhs.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '?' && question < 0) {
                question = i;
            } else if (depth == 0 && c == ':' && question >= 0) {
                String cond = rhs.substring(0, question).strip();
                String yes = rhs.substring(question + 1, i).strip();
                String no = rhs.substring(i + 1).strip();
                out.add(new String[] {"swap the arms of ?:", cond + " ? " + no + " : " + yes});
                return;
            }
        }
    }

    private interface Rewrite {
        String apply(Matcher m);
    }

    private static void replace(String rhs, Pattern p, Rewrite r, String name, List<String[]> out) {
        Matcher m = p.matcher(rhs);
        while (m.find()) {
            String replacement = r.apply(m);
            if (replacement != null) {
                out.add(new String[] {name, rhs.substring(0, m.start()) + replacement + rhs.substring(m.end())});
            }
        }
    }
}
