package org.approxmac.analysis.io;

/**
 * One CSV cell as RFC 4180 writes it: empty for no value, numbers as Java prints them (unrounded),
 * text quoted when it holds a comma, a quote or a line break (quotes doubled, line breaks become
 * spaces so that every record is one line).
 */
public final class CsvCell {
    private CsvCell() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        return quote(value.toString());
    }

    /** Text as a cell, quoted only when it must be. */
    public static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ') + '"';
        }
        return s;
    }
}
