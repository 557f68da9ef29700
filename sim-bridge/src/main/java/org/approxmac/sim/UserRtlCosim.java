package org.approxmac.sim;

import java.nio.file.Path;
import org.approxmac.hdl.user.UserRtl;
import org.approxmac.spec.UnitSpec;

/**
 * Co-simulation of your own RTL against a spec's golden model, from a JUnit test: made by {@link
 * CosimAssertions#userRtl(String, String, Path...)}, refined with the same choices the command line
 * offers ({@code -f}, {@code -I}, {@code -G}, {@code --vectors}, {@code --cycles}, {@code --seed}),
 * run by {@link #assertMatches()}. A failure's reproducer names all of them, with absolute paths, so
 * {@code approxmac cosim ...} pasted into a shell reruns the failing vector on the same RTL.
 *
 * <pre>{@code
 * CosimAssertions.userRtl("fixed:n=16", "my_mul", Path.of("rtl/my_mul.v"))
 *         .parameter("WIDTH", 16)
 *         .assertMatches();   // corners + 1,000,000 stratified random vectors
 * }</pre>
 */
public final class UserRtlCosim {
    private final UnitSpec spec;
    private UserRtl rtl;
    private String vectors = CosimAssertions.CI_VECTORS;
    private long cycles = CosimRequest.DEFAULT_CYCLES;
    private long seed = CosimRequest.DEFAULT_SEED;

    UserRtlCosim(UnitSpec spec, UserRtl rtl) {
        this.spec = spec;
        this.rtl = rtl.absolute();
    }

    /** Adds a Verilator-style file list ({@code -f}; its relative paths are relative to the list). */
    public UserRtlCosim fileList(Path list) {
        rtl = rtl.withFileList(list.toAbsolutePath().normalize());
        return this;
    }

    /** Adds a folder searched for {@code `include} files ({@code -I}), after the including file's own. */
    public UserRtlCosim includeDir(Path dir) {
        rtl = rtl.withIncludeDir(dir.toAbsolutePath().normalize());
        return this;
    }

    /** Overrides a parameter of the top module ({@code -G NAME=VALUE}; VALUE an integer literal). */
    public UserRtlCosim parameter(String name, String value) {
        rtl = rtl.withParameter(name, value);
        return this;
    }

    /** Overrides a parameter of the top module with a decimal value. */
    public UserRtlCosim parameter(String name, long value) {
        return parameter(name, Long.toString(value));
    }

    /** Multiplier vectors, as {@code --vectors} (default {@value CosimAssertions#CI_VECTORS}). */
    public UserRtlCosim vectors(String v) {
        vectors = v;
        return this;
    }

    /** MAC cycles, as {@code --cycles} (default 200,000). */
    public UserRtlCosim cycles(long c) {
        cycles = c;
        return this;
    }

    /** Seed of the random vectors or MAC cycles. */
    public UserRtlCosim seed(long s) {
        seed = s;
        return this;
    }

    /**
     * The request: reads the files and checks the top module's ports against the spec now, throwing
     * {@link org.approxmac.hdl.user.UserRtlException} (one line naming the file, the port and the
     * expected declaration) before any tool runs.
     */
    public CosimRequest request() {
        return CosimRequest.of(spec, rtl).withVectors(vectors).withCycles(cycles).withSeed(seed);
    }

    /** Co-simulates; throws an AssertionError carrying the report (with reproducers) unless every output matched. */
    public CosimResult assertMatches() {
        return CosimAssertions.assertMatches(request());
    }
}
