package org.approxmac.hdl.user;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Verilog token of preprocessed text and the line it stands on.
 *
 * @param text  the token as written (an escaped identifier without its backslash)
 * @param where the line
 */
record Token(String text, SourceLine where) {
    private static final Pattern NEXT = Pattern.compile(String.join("|",
            "\\s+",
            "\\\\(\\S+)",
            "\\d[\\d_]*\\s*'[sS]?[bBoOdDhH]\\s*[0-9a-fA-FxXzZ?_]+",
            "'[sS]?[bBoOdDhH]\\s*[0-9a-fA-FxXzZ?_]+",
            "\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?",
            "[A-Za-z_][A-Za-z0-9_$]*",
            "\\$[A-Za-z0-9_$]+",
            "`[A-Za-z_]\\w*",
            "\"(?:[^\"\\\\]|\\\\.)*\"",
            "\\(\\*|\\*\\)|<<<|>>>|===|!==|\\*\\*|<<|>>|==|!=|<=|>=|&&|\\|\\||~&|~\\||~\\^|\\^~|\\+:|-:|::",
            "."));

    /** The tokens of the lines, in order. */
    static List<Token> of(List<SourceLine> lines) {
        List<Token> tokens = new ArrayList<>();
        for (SourceLine line : lines) {
            Matcher m = NEXT.matcher(line.text());
            while (m.find()) {
                String t = m.group();
                if (t.isBlank()) {
                    continue;
                }
                tokens.add(new Token(m.group(1) != null ? m.group(1) : t.replaceAll("\\s+", ""), line));
            }
        }
        return tokens;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isIdentifier() {
        return text.matches("[A-Za-z_][A-Za-z0-9_$]*");
    }
}
