package org.approxmac.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.approxmac.toolchain.CacheDirectory;
import org.approxmac.toolchain.ContentHash;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/**
 * Builds RTL with the generic C++ harness into a Verilator model binary, cached by content.
 *
 * <p>The cache key is a SHA-256 over the RTL text, the top module, the harness source, the shape
 * defines, the Verilator version and every Verilator flag, so any change rebuilds and nothing else
 * does. Each build runs in a work folder of a {@link CacheDirectory} and is published atomically;
 * two processes building the same key both succeed and one result wins, so a concurrent run never
 * sees a half-written entry. Entries hold {@code sim} (the binary) and {@code ports.txt} (the ports
 * Verilator found) besides the record of their digests; an entry whose files do not match it (a
 * truncated binary, an edited ports.txt) is removed with a one-line notice and built again
 * ({@link CacheDirectory#lookup}). Every tool run (the version probe, the build) is bounded by the
 * builder's time limit.
 *
 * <p>Verilator's run-time library, the same for every design, is compiled by the first build only and
 * kept in the cache's {@value #RUNTIME_FOLDER} folder; later builds link it ({@link VerilatorRuntime}),
 * which makes a small model's build about twice as fast. The key does not depend on it: the binary is
 * the same.
 */
public final class ModelBuilder {
    /** The harness source, a class-path resource rendered only through -D defines. */
    static final String HARNESS_RESOURCE = "cosim_harness.cpp";
    /** The time limit of each tool run when the caller names none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);
    /** The model's class prefix (Vdut.h, Vdut_classes.mk). */
    private static final String PREFIX = "Vdut";
    /** The make variables of every build: the model and the run-time library both with -O2. */
    static final String MAKE_OPTIONS = "OPT_FAST=-O2 OPT_GLOBAL=-O2";
    /** The sub-folder of the cache holding Verilator's compiled run-time library ({@link VerilatorRuntime}). */
    static final String RUNTIME_FOLDER = "runtime";

    private final Toolchain toolchain;
    private final CacheDirectory cache;
    private final Duration timeout;
    private final Consumer<String> notices;

    /** A builder whose models are cached in {@code cacheDir} (normally {@code CacheRoot.verilatorBuilds()}). */
    public ModelBuilder(Toolchain toolchain, Path cacheDir) {
        this(toolchain, cacheDir, DEFAULT_TIMEOUT, line -> System.err.println("approxmac: " + line));
    }

    /**
     * @param timeout time limit of each tool run (the version probe, the build)
     * @param notices hears, in one line each, of damaged cache entries replaced
     */
    public ModelBuilder(Toolchain toolchain, Path cacheDir, Duration timeout, Consumer<String> notices) {
        this.toolchain = toolchain;
        this.cache = new CacheDirectory(cacheDir);
        this.timeout = timeout;
        this.notices = notices;
    }

    /**
     * The model for the RTL: from the cache, or built now. Throws {@link PortMismatchException} when the
     * ports do not fit the shape, and a ToolException (with Verilator's own message) when Verilator
     * is missing or the RTL does not compile.
     */
    public SimModel build(RtlSource rtl, DutShape shape) {
        toolchain.require(Tool.VERILATOR);
        String harness = harnessSource();
        List<String> flags = flags(rtl, shape);
        String key = key(rtl, shape, harness, flags);
        Path entry = cache.entry(key);
        Optional<PortList> cached = cached(key);
        if (cached.isPresent()) {
            cached.get().requireFits(shape, rtl.top(), "the spec");
            return new SimModel(entry.resolve("sim"), rtl, shape, cached.get(), true);
        }
        cache.sweepAbandoned();
        VerilatorRuntime runtime = new VerilatorRuntime(cache.dir().resolve(RUNTIME_FOLDER),
                toolchain.version(Tool.VERILATOR, timeout), MAKE_OPTIONS, notices);
        Optional<List<Path>> kept = runtime.objects();
        Consumer<Path> keep = obj -> runtime.keepFrom(obj, PREFIX);
        if (kept.isPresent()) {
            try {
                PortList ports = buildEntry(key, rtl, shape, harness, linking(flags, kept.get()), obj -> { });
                return new SimModel(entry.resolve("sim"), rtl, shape, ports, false);
            } catch (ToolException e) {
                // build again below with Verilator's own run-time compile: a kept library that does not fit
                // must not fail a design (it is then replaced by this build's); a design that does not
                // compile fails again there, with its message, and the library stays
                keep = obj -> runtime.replaceFrom(obj, PREFIX);
            }
        }
        PortList ports = buildEntry(key, rtl, shape, harness, flags, keep);
        return new SimModel(entry.resolve("sim"), rtl, shape, ports, false);
    }

    /**
     * Compiles in a fresh work folder and publishes it as the entry of {@code key} (false from publish: a
     * concurrent build of the same key published first, same content); a failed build leaves nothing.
     */
    private PortList buildEntry(String key, RtlSource rtl, DutShape shape, String harness, List<String> flags,
            Consumer<Path> keepRuntime) {
        Path work = cache.newWorkFolder(key);
        PortList ports;
        try {
            ports = compile(rtl, shape, harness, flags, work, keepRuntime);
        } catch (RuntimeException e) {
            try {
                cache.discard(work);
            } catch (RuntimeException d) {
                e.addSuppressed(d);
            }
            throw e;
        }
        cache.publish(key, work);
        return ports;
    }

    /** {@code flags} with make told to link the kept run-time objects instead of compiling them. */
    static List<String> linking(List<String> flags, List<Path> runtimeObjects) {
        List<String> linking = new ArrayList<>(flags);
        int make = linking.indexOf("-MAKEFLAGS") + 1;
        linking.set(make, linking.get(make) + " " + VerilatorRuntime.makeVariables(runtimeObjects));
        return linking;
    }

    /** The ports of an intact cached model of {@code key}; a damaged entry is removed (and reported). */
    private Optional<PortList> cached(String key) {
        Optional<Path> entry = cache.lookup(key, notices);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String problem;
        if (!Files.isExecutable(entry.get().resolve("sim"))) {
            problem = "sim is missing or not executable";
        } else {
            try {
                return Optional.of(PortList.parseText(read(entry.get().resolve("ports.txt"))));
            } catch (RuntimeException e) {
                problem = "ports.txt cannot be read: " + e.getMessage();
            }
        }
        cache.evict(key, problem, notices);
        return Optional.empty();
    }

    /** Runs Verilator in the work folder and leaves only {@code sim} and {@code ports.txt} there. */
    private PortList compile(RtlSource rtl, DutShape shape, String harness, List<String> flags, Path work,
            Consumer<Path> keepRuntime) {
        try {
            Files.writeString(work.resolve("design.v"), rtl.verilog());
            Files.writeString(work.resolve("harness.cpp"), harness);
            List<String> args = new ArrayList<>(flags);
            args.add("design.v");
            args.add("harness.cpp");
            ToolResult result = toolchain.run(Tool.VERILATOR, args, work, timeout);
            Path header = work.resolve("obj").resolve(PREFIX + ".h");
            if (Files.isRegularFile(header)) {
                PortList.parseHeader(read(header)).requireFits(shape, rtl.top(), "the spec");
            }
            String what = "building " + rtl.origin() + " (top module " + rtl.top() + ")";
            result.requireOk(what);
            for (Path made : List.of(header, work.resolve("obj").resolve("sim"))) {
                if (!Files.isRegularFile(made)) {
                    throw new ToolException(Tool.VERILATOR, "verilator exited 0 but did not write obj/"
                            + made.getFileName() + " while " + what + (result.tail(20).isEmpty()
                            ? " (it printed nothing)" : ":\n" + result.tail(20)));
                }
            }
            PortList ports = PortList.parseHeader(read(header));
            keepRuntime.accept(work.resolve("obj")); // the run-time objects, while obj/ exists
            Files.move(work.resolve("obj").resolve("sim"), work.resolve("sim"));
            Files.writeString(work.resolve("ports.txt"), ports.text());
            deleteTree(work.resolve("obj"));
            Files.delete(work.resolve("design.v"));
            Files.delete(work.resolve("harness.cpp"));
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the Verilator build cache " + cache.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The Verilator arguments except the two source files. */
    static List<String> flags(RtlSource rtl, DutShape shape) {
        List<String> flags = new ArrayList<>(List.of("--cc", "--exe", "--build", "-O3", "-j", "2", "-Wno-fatal",
                "--prefix", PREFIX, "--top-module", rtl.top(), "-Mdir", "obj", "-o", "sim",
                "-CFLAGS", shape.harnessDefines(),
                "-MAKEFLAGS", MAKE_OPTIONS));
        rtl.parameters().forEach((name, value) -> flags.add("-G" + name + "=" + value));
        return flags;
    }

    private String key(RtlSource rtl, DutShape shape, String harness, List<String> flags) {
        return cacheKey(rtl.verilog(), rtl.top(), harness, shape.toString(), toolchain.version(Tool.VERILATOR, timeout),
                String.join("\u0001", flags));
    }

    /** A cache key of this module's caches: the first 32 hex digits of the {@link ContentHash} of the parts. */
    static String cacheKey(String... parts) {
        return ContentHash.of(List.of(parts)).substring(0, 32);
    }

    /** The harness C++ source shipped as a resource. */
    static String harnessSource() {
        try (InputStream in = ModelBuilder.class.getResourceAsStream(HARNESS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("harness resource " + HARNESS_RESOURCE + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort for our own temporary files
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
