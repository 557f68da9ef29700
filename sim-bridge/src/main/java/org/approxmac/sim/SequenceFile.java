package org.approxmac.sim;

import java.util.Locale;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * The MAC sequence file ({@code cosim SPEC --sequence FILE}, and the reproducer a failing MAC run
 * writes): one clock cycle per line, in order.
 *
 * <pre>
 *   # comment (from '#' to the end of a line; blank lines are ignored)
 *   rst                          reset: acc &lt;- 0
 *   en clr a=0xc4ea b=0x38c0     start a new sum with a*b
 *   en a=0x44b3 b=0x38fb         acc &lt;- acc + a*b
 *   hold                         en = 0: acc keeps its value
 * </pre>
 *
 * A line holds any of the words {@code rst}, {@code en}, {@code clr} (the inputs set to 1 in that
 * cycle; {@code hold} when none is) and the operands {@code a=V}, {@code b=V} (0x hex or decimal,
 * negative allowed for signed kinds, within the spec's N bits; 0 when left out). A dot-product MAC of K
 * lanes takes K comma-separated values per operand, lane 0 first ({@code en a=0x12,-3,0x7f b=1,2,3}); an
 * array of R x C elements R values of a (row 0 first) and C of b (column 0 first).
 * {@code acc} is compared with the golden model after every cycle; the register starts at 0.
 */
final class SequenceFile {
    /** The most cycles a file may hold. */
    static final int MAX_CYCLES = 1 << 24;

    private SequenceFile() {
    }

    /** Parses a sequence for a MAC spec; bad input throws SpecException naming the line. */
    static MacCycles parse(String text, UnitSpec spec, String origin) {
        int lanes = Math.max(spec.aOperands(), spec.bOperands()); // an array's rows and columns in one record
        MacCycles cycles = new MacCycles(lanes);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            if (cycles.size() == MAX_CYCLES) {
                throw new SpecException(origin + ": more than " + MAX_CYCLES + " cycles (accepted: 1.." + MAX_CYCLES + ")");
            }
            int flags = 0;
            long[] a = new long[lanes];
            long[] b = new long[lanes];
            boolean hold = false;
            String seen = " ";
            for (String token : body.split("\\s+")) {
                String t = token.toLowerCase(Locale.ROOT);
                String key = t.contains("=") ? t.substring(0, t.indexOf('=') + 1) : t;
                if (seen.contains(" " + key + " ")) {
                    throw new SpecException(where(origin, i) + "'" + key + "' given twice");
                }
                seen += key + " ";
                try {
                    switch (key) {
                        case "rst" -> flags |= MacSequence.RST;
                        case "en" -> flags |= MacSequence.EN;
                        case "clr" -> flags |= MacSequence.CLR;
                        case "hold" -> hold = true;
                        case "a=" -> a = operands(t, spec, spec.aOperands(), lanes);
                        case "b=" -> b = operands(t, spec, spec.bOperands(), lanes);
                        default -> throw new SpecException("'" + token + "' is not one of rst, en, clr, hold, a=V, b=V");
                    }
                } catch (SpecException e) {
                    throw new SpecException(where(origin, i) + e.getMessage());
                }
            }
            if (hold && flags != 0) {
                throw new SpecException(where(origin, i) + "'hold' means no rst, en or clr; it cannot go with them");
            }
            cycles.add(flags, a, b, 0);
        }
        if (cycles.size() == 0) {
            throw new SpecException(origin + ": no cycles (a line per cycle: rst, en, clr or hold, a=V, b=V)");
        }
        return cycles;
    }

    /**
     * The operands of a token {@code a=V} or {@code b=V}: {@code count} comma-separated values (a dot
     * product's lanes, an array's rows or columns), in an array of {@code lanes} padded with 0.
     */
    private static long[] operands(String token, UnitSpec spec, int count, int lanes) {
        String[] values = token.substring(2).split(",", -1);
        if (values.length != count) {
            String what = spec.array() ? (token.startsWith("a") ? "row" : "column") : "lane";
            throw new SpecException("'" + token + "' has " + values.length + " operand" + (values.length == 1 ? "" : "s")
                    + " for " + count + " " + what + (count == 1 ? "" : "s") + " (accepted: " + count
                    + " comma-separated values)");
        }
        long[] out = new long[lanes];
        for (int l = 0; l < values.length; l++) {
            out[l] = VectorPlan.operand(values[l], spec);
        }
        return out;
    }

    private static String where(String origin, int line) {
        return origin + " line " + (line + 1) + ": ";
    }

    /** The text of a sequence, headed by comment lines. */
    static String write(MacCycles cycles, UnitSpec spec, String... comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        int digits = (spec.n() + 3) / 4;
        for (int i = 0; i < cycles.size(); i++) {
            int f = cycles.flags(i);
            StringBuilder line = new StringBuilder();
            if ((f & MacSequence.RST) != 0) {
                line.append("rst ");
            }
            if ((f & MacSequence.EN) != 0) {
                line.append("en ");
            }
            if ((f & MacSequence.CLR) != 0) {
                line.append("clr ");
            }
            if (line.length() == 0) {
                line.append("hold ");
            }
            StringBuilder a = new StringBuilder("a=");
            StringBuilder b = new StringBuilder(" b=");
            for (int l = 0; l < spec.aOperands(); l++) {
                a.append(l == 0 ? "" : ",").append(String.format("0x%0" + digits + "x", cycles.a(i, l)));
            }
            for (int l = 0; l < spec.bOperands(); l++) {
                b.append(l == 0 ? "" : ",").append(String.format("0x%0" + digits + "x", cycles.b(i, l)));
            }
            line.append(a).append(b);
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
