package org.approxmac.toolchain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of a tool's output a message quotes: the tool's own error lines wherever they are (Yosys'
 * {@code ERROR:} on standard error under a long log, Verilator's {@code %Error}, a simulator's
 * "Settle region did not converge", a compiler's {@code fatal error}), then the last lines of its
 * output. A tail alone loses an error line that came early or on the other stream.
 */
public final class ToolOutput {
    /** Lines that carry a tool's own diagnosis. */
    static final Pattern ERROR_LINE = Pattern.compile(
            "(?i)(\\berror\\b|%error|\\bfatal\\b|did not converge|segmentation fault|core dumped|\\babort"
                    + "|terminate called|not found|no such file)");
    private static final int MAX_ERROR_LINES = 20;

    private ToolOutput() {
    }

    /**
     * The error lines of {@code stderr} and {@code stdout} (stderr first, at most 20) that are not in
     * the tail, then the last {@code tailLines} lines of both; empty if both are blank.
     */
    public static String excerpt(String stderr, String stdout, int tailLines) {
        List<String> all = new ArrayList<>();
        all.addAll(lines(stderr));
        all.addAll(lines(stdout));
        int from = Math.max(0, all.size() - tailLines);
        List<String> tail = all.subList(from, all.size());
        Set<String> earlier = new LinkedHashSet<>();
        for (String l : all.subList(0, from)) {
            if (earlier.size() < MAX_ERROR_LINES && ERROR_LINE.matcher(l).find() && !tail.contains(l)) {
                earlier.add(l);
            }
        }
        List<String> out = new ArrayList<>(earlier);
        if (!earlier.isEmpty()) {
            out.add("...");
        }
        out.addAll(tail);
        return String.join("\n", out);
    }

    /** The first error line of the output (stderr first), or empty. */
    public static String firstErrorLine(String stderr, String stdout) {
        for (String text : new String[] {stderr, stdout}) {
            for (String l : lines(text)) {
                if (ERROR_LINE.matcher(l).find()) {
                    return l.strip();
                }
            }
        }
        return "";
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.strip().lines().toList();
    }
}
