package org.approxmac.synth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.approxmac.toolchain.AtomicFile;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.ContentHash;
import org.approxmac.toolchain.EnvironmentException;

/**
 * Turns the user's {@code --liberty} argument into a {@link Liberty}: the alias {@code osu018} (Debian's
 * qflow-tech-osu018, the embedded default), a {@code .lib} file, or a {@code .lib.gz} file unpacked to
 * the cache (this OpenSTA and Yosys' dfflibmap/abc cannot read gzip). sky130 libraries get a patched
 * copy marking isolation, probe, delay, clock-delay, spare and physical-only cells {@code dont_use}
 * (docs/cost-method.md, section 7); this Yosys has no {@code abc -dont_use}.
 */
public final class LibertyResolver {

    /** The embedded default's alias. */
    public static final String OSU018 = "osu018";
    /** Where Debian's qflow-tech-osu018 installs the library. */
    public static final Path OSU018_FILE = Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.lib");

    private static final Pattern SKY130_AVOID = Pattern.compile(
            "sky130_fd_sc_\\w+__(lpflow_|probe|dlygate|dlymetal|clkdlybuf|macro_sparecell|decap|fill|tap|diode)\\w*");
    private static final Pattern CELL_HEADER = Pattern.compile("(cell\\s*\\(\\s*\"?([^\")]+)\"?\\s*\\)\\s*\\{)");

    private LibertyResolver() {
    }

    /**
     * Resolves {@code osu018}, {@code FILE.lib} or {@code FILE.lib.gz}; derived files go under
     * {@code cacheDir/liberty/}. Throws {@link IllegalArgumentException} for a missing or unreadable
     * library.
     */
    public static Liberty resolve(String argument, Path cacheDir) {
        boolean alias = argument.equals(OSU018);
        Path given = alias ? OSU018_FILE : Path.of(argument);
        if (!Files.isRegularFile(given)) {
            throw new IllegalArgumentException(alias
                    ? "liberty osu018 not found at " + OSU018_FILE
                            + ": install it with 'sudo apt-get install qflow-tech-osu018' (or run"
                            + " scripts/install-deps.sh)"
                    : Files.isDirectory(given)
                            ? "liberty " + argument + " is a folder (give osu018, a .lib or a .lib.gz file)"
                            : "liberty file " + argument + " does not exist (give osu018, a .lib or a .lib.gz file)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(given);
        } catch (IOException e) {
            throw new IllegalArgumentException("liberty " + argument + " cannot be read: " + e.getMessage(), e);
        }
        boolean gz = given.getFileName().toString().endsWith(".gz");
        String text;
        try {
            text = new String(gz ? gunzip(bytes) : bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalArgumentException("liberty " + argument + " is not a complete gzip file ("
                    + e.getMessage() + "); give a .lib or an intact .lib.gz", e);
        }
        try {
            String sha = ContentHash.of(bytes);
            LibertyCells cells;
            try {
                cells = LibertyCells.scan(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("liberty " + argument + ": " + e.getMessage(), e);
            }
            Path file = given.toAbsolutePath();
            String patched = cells.libraryName().startsWith("sky130") ? markDontUse(text) : null;
            if (gz || patched != null) {
                String baseName = given.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.lib$", "");
                file = new CacheRoot(cacheDir).liberties().resolve(baseName + "-" + sha.substring(0, 16) + ".lib").toAbsolutePath();
                writeOnce(file, patched != null ? patched : text);
                if (patched != null) {
                    cells = LibertyCells.scan(patched);
                }
            }
            LibertyCells.CellPins buffer = cells.buffer().orElseThrow(() -> new IllegalArgumentException(
                    "liberty " + argument + " has no usable buffer cell (needed by insbuf)"));
            return new Liberty(alias ? OSU018 : given.getFileName().toString(), cells.libraryName(), file, sha,
                    areaUnit(cells.libraryName()), buffer, cells.tie("1"), cells.tie("0"), cells.cells().stream()
                    .filter(LibertyCells.Cell::sequential).map(LibertyCells.Cell::name).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new EnvironmentException("cannot store the unpacked liberty " + argument + " in the cache "
                    + new CacheRoot(cacheDir).liberties() + ": " + e.getMessage(), e);
        }
    }

    /** osu018 areas are in the library's own λ²-like units; the others' in µm² by convention. */
    static String areaUnit(String libraryName) {
        return libraryName.startsWith("osu0") ? "osu018 units (λ²-like, not µm²)" : "µm²";
    }

    /** A copy of a sky130 library with {@code dont_use : true;} added to the cells ABC must not pick. */
    static String markDontUse(String text) {
        Matcher m = CELL_HEADER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 4096);
        while (m.find()) {
            String replacement = SKY130_AVOID.matcher(m.group(2)).matches()
                    ? m.group(1) + "\n        dont_use : true;" : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static void writeOnce(Path file, String text) throws IOException {
        if (Files.isRegularFile(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
