package org.approxmac.hdl;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.approxmac.hdl.render.VerilogRenderer;
import org.approxmac.spec.SpecException;

/**
 * The manifest of a generated-RTL directory ({@code MANIFEST.tsv}): one line per design, the
 * canonical spec and the file name separated by a tab, sorted by file name, after the generator's
 * marker line and a column header. The module name is the file name without {@code .v}.
 *
 * @param entries file name to canonical spec, sorted by file name
 */
public record Manifest(Map<String, String> entries) {

    /** The manifest's file name inside the directory. */
    public static final String FILE_NAME = "MANIFEST.tsv";

    private static final String MARKER = VerilogRenderer.HASH_MARKER;

    public Manifest {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** Whether a manifest text was written by approxmac (its first line is the marker). */
    public static boolean generated(String text) {
        return text.startsWith(MARKER + "\n");
    }

    /** Parses a manifest; a malformed line is a {@link SpecException} naming it. */
    public static Manifest parse(String text, String source) {
        Map<String, String> entries = new TreeMap<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[1].endsWith(".v")) {
                throw new SpecException(source + ":" + lineNo + ": expected 'spec<TAB>file.v', got '" + line + "'");
            }
            entries.put(cols[1], cols[0]);
        }
        return new Manifest(entries);
    }

    /** This manifest with {@code file -> spec} added or replaced. */
    public Manifest with(String file, String spec) {
        Map<String, String> m = new TreeMap<>(entries);
        m.put(file, spec);
        return new Manifest(m);
    }

    /** The deterministic text. */
    public String text() {
        StringBuilder sb = new StringBuilder(MARKER).append('\n').append("# spec\tfile\n");
        entries.forEach((file, spec) -> sb.append(spec).append('\t').append(file).append('\n'));
        return sb.toString();
    }
}
