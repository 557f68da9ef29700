package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
        return edits(verilog, top, modules).stream().map(e -> new Mutant(e.description(), e.apply(verilog))).toList();
    }

    /**
     * One mutant as an edit of the text: the right-hand side {@code from..to} of one assign statement
     * becomes {@code rhs}.
     */
    record Edit(String description, int from, int to, String rhs) {
        String apply(String verilog) {
            return verilog.substring(0, from) + rhs + verilog.substring(to);
        }
    }

    /** The edits of {@link #all(String, String, Predicate)}, in the same order. */
    static List<Edit> edits(String verilog, String top, Predicate<String> modules) {
        Map<String, Edit> byChange = new LinkedHashMap<>();
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
                for (String[] change : rhsMutations(rhs)) {
                    if (!change[1].equals(rhs)) {
                        byChange.putIfAbsent(m.start(2) + ":" + change[1], new Edit((name == null ? "" : name + ": ")
                                + lhs.strip() + " " + rhs + "  =>  " + change[1] + "  (" + change[0] + ")",
                                m.start(2), m.end(2), change[1]));
                    }
                }
            }
        }
        return new ArrayList<>(byChange.values());
    }

    /** The plusarg that selects a mutant of a {@link #schema}: {@code +mutant=I}. */
    static final String SELECTOR = "mutant";

    /**
     * A mutant schema: one text holding every edit of {@link #edits}, each right-hand side that has
     * edits turned into {@code (sel == i) ? (mutant i) : ... : (original)}, the selector an integer read
     * from the simulator's command line ({@code +mutant=I}, index into the edits; none or -1: the
     * original design). One Verilator build then simulates any mutant. The conditional keeps each arm's
     * meaning: both arms are context-determined as the original right-hand side was (the generated
     * RTL is unsigned throughout), the condition self-determined.
     */
    static String schema(String verilog, String top, Predicate<String> modules) {
        List<Edit> edits = edits(verilog, top, modules);
        Map<Integer, List<Integer>> bySite = new TreeMap<>();
        for (int i = 0; i < edits.size(); i++) {
            bySite.computeIfAbsent(edits.get(i).from(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        TreeSet<Integer> moduleHeads = new TreeSet<>();
        Matcher module = MODULE.matcher(verilog);
        while (module.find()) {
            moduleHeads.add(verilog.indexOf(';', module.end()) + 1);
        }
        TreeSet<Integer> declareAt = new TreeSet<>();
        for (int site : bySite.keySet()) {
            declareAt.add(moduleHeads.floor(site));
        }
        TreeSet<Integer> cuts = new TreeSet<>(declareAt);
        cuts.addAll(bySite.keySet());
        for (int at : cuts) {
            if (declareAt.contains(at)) {
                out.append(verilog, copied, at).append("\n  integer ").append(SELECTOR).append("_sel;\n")
                        .append("  initial if (!$value$plusargs(\"").append(SELECTOR).append("=%d\", ")
                        .append(SELECTOR).append("_sel)) ").append(SELECTOR).append("_sel = -1;");
                copied = at;
            }
            List<Integer> here = bySite.get(at);
            if (here != null) {
                Edit first = edits.get(here.get(0));
                out.append(verilog, copied, at);
                for (int i : here) {
                    out.append("(").append(SELECTOR).append("_sel == ").append(i).append(") ? (")
                            .append(edits.get(i).rhs()).append(") : ");
                }
                out.append("(").append(verilog, first.from(), first.to()).append(")");
                copied = first.to();
            }
        }
        return out.append(verilog.substring(copied)).toString();
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
            BigInteger value = new BigInteger(m.group(3).replace("_", ""), radix);
            for (int bit : width > 1 ? new int[] {0, width - 1} : new int[] {0}) {
                String flipped = width + "'d" + value.flipBit(bit); // unsigned: a 64-bit literal's top bit too
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
