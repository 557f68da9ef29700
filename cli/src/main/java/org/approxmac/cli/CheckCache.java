package org.approxmac.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.cli.report.CosimStatus;
import org.approxmac.cli.report.Table4Row;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.CacheDirectory;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.ContentHash;

/**
 * The report's co-simulation verdicts and golden-model error figures, cached by content under the
 * cache root's {@code checks/} folder as cost results are under {@code cost/}: one entry per key
 * holding {@code check.json}, published atomically by {@link CacheDirectory}. A co-simulation is
 * keyed by the RTL text, the spec, the cycles, the seed, Verilator's version and approxmac's
 * version; error figures by the spec, the samples, the seed and approxmac's version (the golden
 * model is part of approxmac). Only verdicts that ran (passed or mismatched) are kept: a
 * co-simulation that could not run is tried again next time. An unreadable entry counts as absent.
 */
final class CheckCache {
    static final String FILE = "check.json";
    private static final String COSIM = "report-cosim-1";
    private static final String ERRORS = "report-errors-1";
    private final CacheDirectory folder;

    CheckCache(CacheRoot root) {
        this.folder = new CacheDirectory(root.checks());
    }

    static String cosimKey(UnitSpec spec, String rtl, long cycles, long seed, String verilator, String version) {
        return ContentHash.of(List.of(COSIM, version, spec.canonical(), rtl, Long.toString(cycles),
                Long.toString(seed), verilator));
    }

    static String errorsKey(UnitSpec spec, Sampling sampling, String version) {
        return ContentHash.of(List.of(ERRORS, version, spec.multiplier().canonical(), sampling.toString(),
                Boolean.toString(sampling.exhaustive()), Long.toString(sampling.count()), Long.toString(sampling.seed())));
    }

    Optional<Table4Row.CosimCheck> cosim(String key) {
        return read(key).flatMap(m -> {
            try {
                return Optional.of(new Table4Row.CosimCheck(CosimStatus.valueOf((String) m.get("status")),
                        ((Number) m.get("cycles")).longValue(), (String) m.get("message")));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    void putCosim(String key, Table4Row.CosimCheck check) {
        if (!check.ran()) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", check.status().name());
        m.put("cycles", check.cycles());
        m.put("message", check.message());
        write(key, m);
    }

    /** The cached error figures of {@code spec}'s multiplier (as {@code ErrorAnalysis} states them). */
    Optional<ErrorMetrics> errors(String key, UnitSpec spec, Sampling sampling) {
        return read(key).flatMap(m -> {
            try {
                return Optional.of(new ErrorMetrics(spec.multiplier(), sampling, l(m, "samples"), l(m, "rel_samples"),
                        d(m, "mean_rel_error"), d(m, "var_rel_error"), d(m, "min_rel_error"), d(m, "max_rel_error"),
                        d(m, "mred"), d(m, "wcre"), d(m, "mae"), d(m, "wce"), d(m, "ep"), d(m, "nmed"),
                        d(m, "nmed_normaliser"), d(m, "mae_percent_evo"), d(m, "wce_percent_evo")));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    void putErrors(String key, ErrorMetrics metrics) {
        write(key, ErrorsCommand.toJson(metrics));
    }

    private static long l(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).longValue();
    }

    private static double d(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    private Optional<Map<String, Object>> read(String key) {
        Path file = folder.entry(key).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.readObject(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void write(String key, Map<String, Object> value) {
        if (Files.isDirectory(folder.entry(key))) {
            return;
        }
        Path work = folder.newWorkFolder(key);
        try {
            Files.writeString(work.resolve(FILE), Json.write(value) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            folder.discard(work);
            throw new UncheckedIOException("cannot store a check under " + folder.entry(key) + ": " + e.getMessage(), e);
        }
        folder.publish(key, work);
    }
}
