package org.approxmac.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approxmac.toolchain.CacheDirectory;

/**
 * Verilator's own run-time objects ({@code verilated.o}, {@code verilated_threads.o}), compiled once
 * and linked into every later model instead of being compiled again for each design.
 *
 * <p>Compiling the run-time library is most of a small model's build (about 7 of 9 CPU seconds for a
 * 16-bit MAC with {@code -O2}); it does not depend on the design. The first build compiles it as
 * Verilator normally does; its objects, the ones the generated makefile lists as global classes
 * ({@code VM_GLOBAL_FAST}, {@code VM_GLOBAL_SLOW}), are then kept in a content-checked cache entry keyed
 * by the Verilator version and the compiler options. Later builds tell make to compile no global class
 * and to link the kept objects ({@link #makeVariables}). A model is the same binary either way.
 * {@link ModelBuilder} builds once more without the kept objects if a build that used them fails, so a
 * run-time library that does not fit (another Verilator's makefile) costs time, never a false error; if
 * that build succeeds, its objects replace the kept ones ({@link #replaceFrom}).
 */
final class VerilatorRuntime {
    /** The generated makefile's lists of global classes (the run-time library's objects). */
    private static final Pattern GLOBAL_CLASSES = Pattern.compile(
            "^VM_GLOBAL_(?:FAST|SLOW) \\+= \\\\\\n((?:\\t\\S+ \\\\\\n)*)", Pattern.MULTILINE);
    /** Object paths are put on make's command line, which a shell reads: plain characters only. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/+-]+");

    private final CacheDirectory cache;
    private final String key;
    private final Consumer<String> notices;

    /**
     * @param dir the folder of kept run-time libraries
     * @param verilatorVersion Verilator's version line
     * @param makeOptions the make variables every build sets (compiler optimisation)
     */
    VerilatorRuntime(Path dir, String verilatorVersion, String makeOptions, Consumer<String> notices) {
        this.cache = new CacheDirectory(dir);
        this.key = ModelBuilder.cacheKey("verilator run-time library", verilatorVersion, makeOptions);
        this.notices = notices;
    }

    /** The kept objects, if an intact entry exists and its paths can be given to make. */
    Optional<List<Path>> objects() {
        Optional<Path> entry = cache.lookup(key, notices);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(entry.get())) {
            List<Path> objects = files.filter(p -> p.getFileName().toString().endsWith(".o")).sorted().toList();
            boolean plain = objects.stream().allMatch(p -> PLAIN_PATH.matcher(p.toString()).matches());
            return objects.isEmpty() || !plain ? Optional.empty() : Optional.of(objects);
        } catch (IOException e) {
            return Optional.empty(); // removed by a concurrent run: compile the library as usual
        }
    }

    /**
     * The make variables that link {@code objects} and compile no global class. Verilator passes
     * {@code -MAKEFLAGS} to make through a shell, hence the quotes around the object list.
     */
    static String makeVariables(List<Path> objects) {
        List<String> names = objects.stream().map(Path::toString).toList();
        return "VM_GLOBAL_FAST= VM_GLOBAL_SLOW= LOADLIBES='" + String.join(" ", names) + "'";
    }

    /**
     * Keeps the run-time objects of a finished build folder ({@code obj} of a Verilator build with prefix
     * {@code prefix}) unless an entry exists; does nothing when the makefile's lists cannot be read or
     * an object is missing, so a build never fails for this.
     */
    void keepFrom(Path objDir, String prefix) {
        if (cache.lookup(key, notices).isPresent()) {
            return;
        }
        List<Path> objects;
        try {
            objects = globalObjects(Files.readString(objDir.resolve(prefix + "_classes.mk"), StandardCharsets.UTF_8),
                    objDir);
        } catch (IOException e) {
            return;
        }
        if (objects.isEmpty() || !objects.stream().allMatch(Files::isRegularFile)) {
            return;
        }
        Path work = cache.newWorkFolder(key);
        try {
            for (Path object : objects) {
                Files.copy(object, work.resolve(object.getFileName()));
            }
        } catch (IOException e) {
            cache.discard(work);
            throw new UncheckedIOException("cannot use the Verilator build cache " + cache.dir() + ": " + e.getMessage(), e);
        }
        cache.publish(key, work); // false: a concurrent build kept the same library first
    }

    /**
     * Replaces the kept objects by those of {@code objDir}: a model did not build with the kept ones and did
     * without them (the notice says so once).
     */
    void replaceFrom(Path objDir, String prefix) {
        cache.evict(key, "a model did not build with it and did without it", notices);
        keepFrom(objDir, prefix);
    }

    /** The object files the makefile text lists as global classes, in {@code objDir}. */
    static List<Path> globalObjects(String classesMakefile, Path objDir) {
        List<Path> objects = new ArrayList<>();
        var lists = GLOBAL_CLASSES.matcher(classesMakefile);
        while (lists.find()) {
            for (String line : lists.group(1).split("\n")) {
                String name = line.strip();
                if (name.endsWith("\\")) {
                    objects.add(objDir.resolve(name.substring(0, name.length() - 1).strip() + ".o"));
                }
            }
        }
        return objects;
    }
}
