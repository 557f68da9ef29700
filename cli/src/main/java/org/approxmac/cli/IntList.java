package org.approxmac.cli;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.spec.AsciiNumbers;
import org.approxmac.spec.SpecParser;

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
            int dots = p.indexOf("..");
            String[] ends = dots < 0 ? new String[] {p} : new String[] {p.substring(0, dots), p.substring(dots + 2)};
            for (String e : ends) {
                if (!AsciiNumbers.isWhole(e, 10)) {
                    throw new UsageError(option + " '" + SpecParser.visible(text) + "' is not a list of integers"
                            + " in digits 0-9 (accepted: e.g. 6, 2,4,6 or 2..8)");
                }
            }
            long lo = parseClamped(ends[0]);
            long hi = parseClamped(ends[ends.length - 1]);
            if (lo > hi || lo < min || hi > max) {
                throw new UsageError(option + " " + text + " is out of range (accepted: values in " + min + ".."
                        + max + ", e.g. 6, 2,4,6 or 2..8)");
            }
            for (int v = (int) lo; v <= hi; v++) {
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** ASCII digits as a number, saturated far outside any accepted range (so it is reported as such). */
    private static long parseClamped(String digits) {
        String d = digits.startsWith("-") ? digits.substring(1) : digits;
        long v = d.replaceFirst("^0+(?=.)", "").length() > 12 ? Long.MAX_VALUE / 2 : Long.parseLong(d);
        return digits.startsWith("-") ? -v : v;
    }
}
