package org.approxmac.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text cites only what a user of the repository can look up (test helper): no file
 * that lives outside the repository (the project's former UNITS.md / COST.md / STYLE.md, anything
 * under a shared/ folder next to it), and every {@code docs/...} path it names exists.
 */
public final class RepositoryReferences {
    /** The repository root, seen from a module's directory (where Maven runs the tests). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern OUTSIDE = Pattern.compile("UNITS\\.md|COST\\.md|STYLE\\.md|shared/spec|shared/pdk"
            + "|\\.\\./shared|/work/");
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w./-])docs/[\\w./-]*\\w");

    private RepositoryReferences() {
    }

    /** Every problem of {@code text}: references to files outside the repository, missing docs paths. */
    public static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        Matcher outside = OUTSIDE.matcher(text);
        while (outside.find()) {
            out.add("refers outside the repository: '" + context(text, outside.start()) + "'");
        }
        for (String path : docsPaths(text)) {
            if (!Files.exists(ROOT.resolve(path))) {
                out.add("names " + path + ", which the repository does not have");
            }
        }
        return out;
    }

    /** The {@code docs/...} paths a text names. */
    public static Set<String> docsPaths(String text) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = DOCS_PATH.matcher(text);
        while (m.find()) {
            paths.add(m.group());
        }
        return paths;
    }

    /** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to '-'. */
    public static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The anchors of every heading of a Markdown file (a repeated heading gets -1, -2, ...). */
    public static Set<String> anchors(Path markdown) {
        Set<String> out = new LinkedHashSet<>();
        boolean fenced = false;
        for (String line : read(markdown).split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("#{1,6} .*")) {
                String a = anchor(line.replaceFirst("#+ ", ""));
                String unique = a;
                for (int i = 1; out.contains(unique); i++) {
                    unique = a + "-" + i;
                }
                out.add(unique);
            }
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String context(String text, int at) {
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + 40);
        return text.substring(from, to).replace('\n', ' ');
    }
}
