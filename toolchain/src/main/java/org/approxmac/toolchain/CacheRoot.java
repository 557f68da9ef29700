package org.approxmac.toolchain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The one root folder of every approxmac cache, and the fixed subfolder of each consumer in it:
 * {@code verilator/} (Verilator model builds), {@code cost/} (synthesis, timing and power results),
 * {@code liberty/} (unpacked or patched liberty files) and {@code checks/} (the report's co-simulation
 * verdicts and error figures).
 *
 * <p>The root is, in this order: the explicit option ({@code --cache}), the system property
 * {@code approxmac.cache}, the environment variable {@code APPROXMAC_CACHE}, else
 * {@code .approxmac-cache} in the working directory.
 *
 * @param dir the root folder
 */
public record CacheRoot(Path dir) {

    /** The system property naming the root. */
    public static final String PROPERTY = "approxmac.cache";
    /** The environment variable naming the root. */
    public static final String ENVIRONMENT = "APPROXMAC_CACHE";
    /** The root when nothing names one: {@code .approxmac-cache} in the working directory. */
    public static final Path DEFAULT = Path.of(".approxmac-cache");

    public CacheRoot {
        Objects.requireNonNull(dir);
    }

    /** The root from {@code explicit} (may be null), else the system property, the environment, the default. */
    public static CacheRoot resolve(Path explicit) {
        return resolve(explicit, System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    /** The precedence rule on given values; a null or blank property or variable counts as unset. */
    static CacheRoot resolve(Path explicit, String property, String environment) {
        if (explicit != null) {
            return new CacheRoot(explicit);
        }
        if (property != null && !property.isBlank()) {
            return new CacheRoot(Path.of(property));
        }
        if (environment != null && !environment.isBlank()) {
            return new CacheRoot(Path.of(environment));
        }
        return new CacheRoot(DEFAULT);
    }

    /** Verilator model builds: {@code <root>/verilator}. */
    public Path verilatorBuilds() {
        return dir.resolve("verilator");
    }

    /** Cost-flow results: {@code <root>/cost}. */
    public Path costResults() {
        return dir.resolve("cost");
    }

    /** The report's co-simulation verdicts and golden-model error figures: {@code <root>/checks}. */
    public Path checks() {
        return dir.resolve("checks");
    }

    /** Liberty files the cost flow derived (unpacked .lib.gz, patched libraries): {@code <root>/liberty}. */
    public Path liberties() {
        return dir.resolve("liberty");
    }
}
