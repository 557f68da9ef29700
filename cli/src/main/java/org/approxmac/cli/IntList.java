package org.approxmac.cli;

import java.util.ArrayList;
import java.util.List;

/** Integer lists on the command line: {@code 6}, {@code 2,4,6} or {@code 2..8}, or a mix ({@code 2..4,8}). */
final class IntList {
    private IntList() {
    }

    /**
     * Parses the list and checks every value against [min, max].
     *
     * @throws UsageError naming the option and the accepted form and range
     */
    static List<Integer> parse(String option, String text, int min, int max) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            try {
                int dots = p.indexOf("..");
                int lo = Integer.parseInt(dots < 0 ? p : p.substring(0, dots));
                int hi = dots < 0 ? lo : Integer.parseInt(p.substring(dots + 2));
                if (lo > hi || lo < min || hi > max) {
                    throw new UsageError(option + " " + text + " is out of range (accepted: values in " + min + ".."
                            + max + ", e.g. 6, 2,4,6 or 2..8)");
                }
                for (int v = lo; v <= hi; v++) {
                    if (!out.contains(v)) {
                        out.add(v);
                    }
                }
            } catch (NumberFormatException e) {
                throw new UsageError(option + " '" + text + "' is not a list of integers (accepted: e.g. 6, 2,4,6 or"
                        + " 2..8)");
            }
        }
        return out;
    }
}
