package org.approxmac.cli.report;

import java.util.List;

/** A plain-text table for the terminal: the first column left-aligned, the others right-aligned. */
final class TextTable {
    private TextTable() {
    }

    static void render(StringBuilder sb, List<String> headings, List<List<String>> rows) {
        int[] width = new int[headings.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headings.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(sb, headings, width);
        for (List<String> r : rows) {
            line(sb, r, width);
        }
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? c + pad : "  " + pad + c);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
