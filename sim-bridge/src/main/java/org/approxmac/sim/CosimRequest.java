package org.approxmac.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.approxmac.hdl.user.UserRtl;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.CacheRoot;

/**
 * What to co-simulate and how: the spec (the golden model), the RTL, the vectors (multipliers) or
 * cycles (MACs), the seed, and the run settings. Also knows the command line that repeats it.
 *
 * @param spec        the spec whose golden model is the reference
 * @param rtl         the RTL under test
 * @param userRtl     the user's RTL as named on the command line (for reproducers), or null for generated RTL
 * @param vectors     the {@code --vectors} text (for a MAC see {@link MacPlan})
 * @param cycles      random MAC cycles of {@code --vectors all}
 * @param seed        seed of random vectors and MAC sequences
 * @param processes   simulator processes
 * @param idleTimeout the time limit of each tool run: the Verilator version probe and build, and how long a
 *                    silent simulator is waited for before it counts as hung
 * @param cacheDir    the Verilator build cache (a failing MAC run writes its reproducers to its
 *                    {@code reproducers/} folder)
 * @param sequence    a MAC sequence file to run instead of the plan of {@code vectors}, or null
 */
public record CosimRequest(UnitSpec spec, RtlSource rtl, UserRtl userRtl, String vectors, long cycles, long seed,
                           int processes, Duration idleTimeout, Path cacheDir, Path sequence) {
    /** Default {@code --vectors}. */
    public static final String DEFAULT_VECTORS = "all";
    /** Default {@code --cycles}. */
    public static final long DEFAULT_CYCLES = 200_000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1;
    /** Default time limit of each tool run (a Verilator build of an FP32 MAC takes minutes on a busy machine). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(20);

    public CosimRequest {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(rtl);
        Objects.requireNonNull(vectors);
        Objects.requireNonNull(idleTimeout);
        Objects.requireNonNull(cacheDir);
    }

    /** A request without a sequence file. */
    public CosimRequest(UnitSpec spec, RtlSource rtl, UserRtl userRtl, String vectors, long cycles, long seed,
                        int processes, Duration idleTimeout, Path cacheDir) {
        this(spec, rtl, userRtl, vectors, cycles, seed, processes, idleTimeout, cacheDir, null);
    }

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    /**
     * A request for a user's RTL with default settings: the files are read and the top module's
     * ports checked against the spec now, before any tool runs (a {@link
     * org.approxmac.hdl.user.UserRtlException} names the file, the port and what was expected).
     */
    public static CosimRequest of(UnitSpec spec, UserRtl rtl) {
        return of(spec, RtlSource.of(rtl.loadFor(spec))).withUserRtl(rtl);
    }

    /** A request with default settings (2 processes, default cache, seed 1, {@code all}). */
    public static CosimRequest of(UnitSpec spec, RtlSource rtl) {
        return new CosimRequest(spec, rtl, null, DEFAULT_VECTORS, DEFAULT_CYCLES, DEFAULT_SEED, 2,
                DEFAULT_IDLE_TIMEOUT, CacheRoot.resolve(null).verilatorBuilds());
    }

    public CosimRequest withVectors(String v) {
        return new CosimRequest(spec, rtl, userRtl, v, cycles, seed, processes, idleTimeout, cacheDir, sequence);
    }

    /** The same request naming the user's RTL in its reproducers. */
    public CosimRequest withUserRtl(UserRtl u) {
        return new CosimRequest(spec, rtl, u, vectors, cycles, seed, processes, idleTimeout, cacheDir, sequence);
    }

    public CosimRequest withSeed(long s) {
        return new CosimRequest(spec, rtl, userRtl, vectors, cycles, s, processes, idleTimeout, cacheDir, sequence);
    }

    public CosimRequest withCycles(long c) {
        return new CosimRequest(spec, rtl, userRtl, vectors, c, seed, processes, idleTimeout, cacheDir, sequence);
    }

    public CosimRequest withIdleTimeout(Duration t) {
        return new CosimRequest(spec, rtl, userRtl, vectors, cycles, seed, processes, t, cacheDir, sequence);
    }

    public CosimRequest withCacheDir(Path dir) {
        return new CosimRequest(spec, rtl, userRtl, vectors, cycles, seed, processes, idleTimeout, dir, sequence);
    }

    /** The same request running a MAC sequence file. */
    public CosimRequest withSequence(Path file) {
        return new CosimRequest(spec, rtl, userRtl, vectors, cycles, seed, processes, idleTimeout, cacheDir, file);
    }

    /**
     * Where the reproducer of a MAC mismatch goes: a sequence file in the cache's {@code reproducers/}
     * folder, named by the design, the class, the cycle and the seed.
     */
    public Path reproducerFile(Mismatch m) {
        String name = spec.identifier() + "-" + m.vectorClass() + "-" + m.index()
                + (sequence == null ? "-seed" + seed : "") + ".seq";
        return cacheDir.resolve("reproducers").resolve(name);
    }

    /**
     * The command line that reruns exactly the vector of a mismatch (multiplier) or, from the sequence
     * file {@link #reproducerFile}, the cycles up to it (MAC) on the same RTL: for a user's RTL its files, file lists, include folders, top and
     * {@code -G} overrides, each argument quoted for a POSIX shell where needed.
     */
    public String reproducer(Mismatch m) {
        List<String> args = new ArrayList<>(List.of("approxmac", "cosim", spec.canonical()));
        if (userRtl != null) {
            args.addAll(userRtl.arguments());
        }
        if (spec.mac()) {
            args.addAll(List.of("--sequence", reproducerFile(m).toString()));
        } else {
            List<String> pairs = new ArrayList<>();
            for (int l = 0; l < m.lanes(); l++) {
                pairs.add("0x" + Long.toHexString(m.a(l)) + ",0x" + Long.toHexString(m.b(l)));
            }
            args.addAll(List.of("--vectors", "pair:" + String.join(",", pairs)));
        }
        return String.join(" ", args.stream().map(CosimRequest::quoted).toList());
    }

    private static String quoted(String arg) {
        return SHELL_SAFE.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
