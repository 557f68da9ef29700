package org.approxmac.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.approxmac.toolchain.CacheDirectory;
import org.approxmac.toolchain.CacheRoot;

/**
 * Cost results keyed by a content hash, one entry per key under {@code <cache>/cost/<key>/} holding
 * {@code result.json} and the run's scripts, netlist and logs. A run works in a work folder of the
 * {@link CacheDirectory} that becomes the entry only when the run succeeded, so a failed or
 * interrupted run never leaves an entry; work folders of runs whose process died are swept by the
 * next flow. An entry is checked before use ({@link CacheDirectory#lookup}: every file against the
 * digest recorded when it was published; the result parses and carries its own key); a damaged one
 * is removed, reported to the notice sink in one line, and measured again.
 */
public final class ResultCache {

    static final String RESULT_FILE = "result.json";
    private final CacheDirectory folder;
    private final Consumer<String> notices;

    /** The result cache under the cache root {@code cacheDir}; damaged entries are reported on standard error. */
    public ResultCache(Path cacheDir) {
        this(cacheDir, line -> System.err.println("approxmac: " + line));
    }

    /** The result cache under {@code cacheDir}; {@code notices} hears of each damaged entry replaced. */
    public ResultCache(Path cacheDir, Consumer<String> notices) {
        this.folder = new CacheDirectory(new CacheRoot(cacheDir).costResults());
        this.notices = notices;
    }

    /** The cached result for {@code key}, if an intact entry exists (a damaged one is removed). */
    public Optional<CostResult> get(String key) {
        Optional<Path> entry = folder.lookup(key, notices);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String problem;
        try {
            CostResult result = CostResultJson.read(Files.readString(entry.get().resolve(RESULT_FILE),
                    StandardCharsets.UTF_8));
            if (key.equals(result.cacheKey())) {
                return Optional.of(result);
            }
            problem = RESULT_FILE + " is the result of key " + result.cacheKey();
        } catch (IOException | IllegalArgumentException e) {
            problem = RESULT_FILE + " cannot be read: " + e.getMessage();
        }
        folder.evict(key, problem, notices);
        return Optional.empty();
    }

    /**
     * Every readable result in the cache by its design's spec (canonical), whatever its key: results
     * measured with other tools, liberties or settings. Entries are read, not checked against their
     * digests (a damaged one is simply skipped).
     */
    public Map<String, List<CostResult>> resultsBySpec() {
        Map<String, List<CostResult>> out = new HashMap<>();
        if (!Files.isDirectory(folder.dir())) {
            return out;
        }
        try (var entries = Files.list(folder.dir())) {
            for (Path entry : entries.sorted().toList()) {
                Path file = entry.resolve(RESULT_FILE);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    CostResult r = CostResultJson.read(Files.readString(file, StandardCharsets.UTF_8));
                    out.computeIfAbsent(r.spec(), k -> new ArrayList<>()).add(r);
                } catch (IOException | IllegalArgumentException e) {
                    // damaged or being written: not a result
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.dir(), e);
        }
        return out;
    }

    /**
     * The energy split recorded beside the result of {@code key} ({@link EnergySplit#FILE}), if the entry
     * has one: entries measured before approxmac recorded splits have none.
     */
    public Optional<EnergySplit> energySplit(String key) {
        Path file = entry(key).resolve(EnergySplit.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EnergySplit.fromTsv(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The entry directory of {@code key} (exists only after a successful run). */
    public Path entry(String key) {
        return folder.entry(key);
    }

    /** A fresh, empty working directory for a run of {@code key}. */
    public Path newWorkDir(String key) {
        return folder.newWorkFolder(key);
    }

    /** Writes the result into the run's directory and turns it into the entry of {@code key}. */
    public void commit(String key, Path workDir, CostResult result) {
        try {
            Path tmp = workDir.resolve(RESULT_FILE + ".tmp");
            Files.writeString(tmp, CostResultJson.write(result), StandardCharsets.UTF_8);
            Files.move(tmp, workDir.resolve(RESULT_FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(workDir);
            throw new UncheckedIOException("cannot store the result under " + entry(key), e);
        }
        folder.publish(key, workDir); // false: a concurrent run of the same content got there first
    }

    /** Deletes the working directories of runs whose process no longer exists; returns how many. */
    public int sweepAbandoned() {
        return folder.sweepAbandoned();
    }

    /** Deletes a run's working directory (only ever one this class created). */
    public void discard(Path workDir) {
        folder.discard(workDir);
    }
}
