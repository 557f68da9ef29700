package org.approxmac.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cost results keyed by a content hash, one directory per entry under {@code <cache>/cost/<key>/}
 * holding {@code result.json} and the run's scripts, netlist and logs. A run works in a temporary
 * sibling directory that becomes the entry only when the run succeeded, so a failed or interrupted
 * run never leaves an entry; directories of runs whose process died are swept by the next flow.
 */
public final class ResultCache {

    static final String RESULT_FILE = "result.json";
    private static final String RUN_PREFIX = ".run-";
    private static final Pattern RUN_NAME = Pattern.compile("\\.run-[0-9a-f]{12}-(\\d+)-\\d+");
    private final Path root;

    public ResultCache(Path cacheDir) {
        this.root = cacheDir.resolve("cost");
    }

    /** The cached result for {@code key}, if a complete entry exists. */
    public Optional<CostResult> get(String key) {
        Path file = root.resolve(key).resolve(RESULT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CostResultJson.read(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The entry directory of {@code key} (exists only after a successful run). */
    public Path entry(String key) {
        return root.resolve(key);
    }

    /**
     * A fresh, empty working directory for a run of {@code key}, named {@code .run-KEY12-PID-RANDOM} so
     * that a run whose process died (killed, power cut) can be recognised and swept later.
     */
    public Path newWorkDir(String key) {
        try {
            Files.createDirectories(root);
            return Files.createTempDirectory(root, RUN_PREFIX + key.substring(0, 12) + "-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory under " + root, e);
        }
    }

    /** Writes the result into the run's directory and turns it into the entry of {@code key}. */
    public void commit(String key, Path workDir, CostResult result) {
        try {
            Path tmp = workDir.resolve(RESULT_FILE + ".tmp");
            Files.writeString(tmp, CostResultJson.write(result), StandardCharsets.UTF_8);
            Files.move(tmp, workDir.resolve(RESULT_FILE), StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(workDir, entry(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (get(key).isEmpty()) {
                    throw e;
                }
                discard(workDir); // a concurrent run of the same content got there first
            }
        } catch (IOException e) {
            discard(workDir);
            throw new UncheckedIOException("cannot store the result under " + entry(key), e);
        }
    }

    /** Deletes the working directories of runs whose process no longer exists; returns how many. */
    public int sweepAbandoned() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int swept = 0;
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.toList()) {
                Matcher m = RUN_NAME.matcher(d.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive).isEmpty()) {
                    discard(d);
                    swept++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return swept;
    }

    /** Deletes a run's working directory (only ever one this class created). */
    public void discard(Path workDir) {
        if (!workDir.getParent().equals(root) || !workDir.getFileName().toString().startsWith(RUN_PREFIX)) {
            throw new IllegalArgumentException(workDir + " is not a run directory of this cache");
        }
        try (Stream<Path> walk = Files.walk(workDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + workDir, e);
        }
    }
}
