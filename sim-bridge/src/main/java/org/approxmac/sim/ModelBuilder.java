package org.approxmac.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.approxmac.toolchain.CacheDirectory;
import org.approxmac.toolchain.Tool;
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
 * Verilator found).
 */
public final class ModelBuilder {
    /** The harness source, a class-path resource rendered only through -D defines. */
    static final String HARNESS_RESOURCE = "cosim_harness.cpp";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

    private final Toolchain toolchain;
    private final CacheDirectory cache;

    /** A builder whose models are cached in {@code cacheDir} (normally {@code CacheRoot.verilatorBuilds()}). */
    public ModelBuilder(Toolchain toolchain, Path cacheDir) {
        this.toolchain = toolchain;
        this.cache = new CacheDirectory(cacheDir);
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
        if (Files.isExecutable(entry.resolve("sim")) && Files.isRegularFile(entry.resolve("ports.txt"))) {
            PortList ports = PortList.parseText(read(entry.resolve("ports.txt")));
            ports.requireFits(shape, rtl.top(), "the spec");
            return new SimModel(entry.resolve("sim"), rtl, shape, ports, true);
        }
        cache.sweepAbandoned();
        Path work = cache.newWorkFolder(key);
        PortList ports;
        try {
            ports = compile(rtl, shape, harness, flags, work);
        } catch (RuntimeException e) {
            try {
                cache.discard(work); // a failed build leaves nothing
            } catch (RuntimeException d) {
                e.addSuppressed(d);
            }
            throw e;
        }
        cache.publish(key, work); // false: a concurrent build of the same key published first, same content
        return new SimModel(entry.resolve("sim"), rtl, shape, ports, false);
    }

    /** Runs Verilator in the work folder and leaves only {@code sim} and {@code ports.txt} there. */
    private PortList compile(RtlSource rtl, DutShape shape, String harness, List<String> flags, Path work) {
        try {
            Files.writeString(work.resolve("design.v"), rtl.verilog());
            Files.writeString(work.resolve("harness.cpp"), harness);
            List<String> args = new ArrayList<>(flags);
            args.add("design.v");
            args.add("harness.cpp");
            ToolResult result = toolchain.run(Tool.VERILATOR, args, work, BUILD_TIMEOUT);
            Path header = work.resolve("obj").resolve("Vdut.h");
            if (Files.isRegularFile(header)) {
                PortList.parseHeader(read(header)).requireFits(shape, rtl.top(), "the spec");
            }
            result.requireOk("building " + rtl.origin() + " (top module " + rtl.top() + ")");
            PortList ports = PortList.parseHeader(read(header));
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
                "--prefix", "Vdut", "--top-module", rtl.top(), "-Mdir", "obj", "-o", "sim",
                "-CFLAGS", shape.harnessDefines(),
                "-MAKEFLAGS", "OPT_FAST=-O2 OPT_GLOBAL=-O2"));
        rtl.parameters().forEach((name, value) -> flags.add("-G" + name + "=" + value));
        return flags;
    }

    private String key(RtlSource rtl, DutShape shape, String harness, List<String> flags) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(rtl.verilog(), rtl.top(), harness, shape.toString(),
                    toolchain.version(Tool.VERILATOR), String.join("\u0001", flags))) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
