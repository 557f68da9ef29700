package org.approxmac.toolchain;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A content-addressed cache folder: one entry folder per key (a hex content hash), each built in a
 * private work folder next to it and published by one atomic rename, so that no reader ever sees a
 * half-written entry and a failed build leaves no entry.
 *
 * <p>Work folders are named {@code .run-KEY12-HOST-PID-RANDOM}, HOST being a short hash of the
 * machine's host name, so that a cache shared between machines (a network file system under several
 * CI runners) can tell whose process made a folder. Two processes building the same key both
 * succeed: the first rename wins and the other work folder is deleted. A work folder is abandoned
 * when it was made on this machine by a process that no longer runs, or when it has not been
 * modified for {@link #STALE_AFTER} (another machine's folder, or a process id reused);
 * {@link #sweepAbandoned()} deletes those. Nothing but this class's own work folders is ever deleted.
 * Folders named by earlier versions without HOST count as this machine's.
 *
 * <p>An entry cannot be poisoned: {@link #publish} records the SHA-256 and size of every file of the
 * entry in {@value #CONTENTS}, and {@link #lookup} checks them before the entry is used. An entry
 * that does not match (a truncated binary, an edited result, a file added or missing, no record) is
 * moved aside and deleted, the caller is told why in one line, and the key is built again.
 */
public final class CacheDirectory {

    /** A work folder untouched this long is abandoned even if a process with its id runs. */
    public static final Duration STALE_AFTER = Duration.ofDays(7);
    private static final String WORK_PREFIX = ".run-";
    private static final Pattern WORK_NAME = Pattern.compile("\\.run-[0-9a-f]{12}-(?:([0-9a-f]{8})-)?(\\d+)-\\d+");
    /** This machine's tag in work folder names. */
    static final String HOST = hostTag(HostName.read());
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{12,128}");
    /** The file of an entry that records the digest and size of each of its other files. */
    public static final String CONTENTS = "CONTENTS.sha256";
    private final Path dir;

    public CacheDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The cache folder. */
    public Path dir() {
        return dir;
    }

    /** The entry folder of {@code key}; it exists only once a build of the key was published. */
    public Path entry(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("cache key must be 12..128 lowercase hex digits, got '" + key + "'");
        }
        return dir.resolve(key);
    }

    /** A fresh, empty work folder for a build of {@code key}. */
    public Path newWorkFolder(String key) {
        entry(key); // validates the key
        try {
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir,
                    WORK_PREFIX + key.substring(0, 12) + "-" + HOST + "-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder in the cache " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Turns the finished work folder into the entry of {@code key}. If another build published the
     * key first, its entry is kept and this work folder is deleted; returns whether this one became
     * the entry. On any other failure the work folder is deleted and the error thrown.
     */
    public boolean publish(String key, Path workFolder) {
        Path entry = entry(key);
        requireWorkFolder(workFolder);
        try {
            Files.writeString(workFolder.resolve(CONTENTS), contents(key, workFolder), StandardCharsets.UTF_8);
            Files.move(workFolder, entry, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            discard(workFolder);
            if (Files.isDirectory(entry)) {
                return false; // the target exists (EEXIST/ENOTEMPTY): a concurrent build of the same content won
            }
            throw new UncheckedIOException("cannot publish " + entry + ": " + e.getMessage(), e);
        }
    }

    /**
     * The published entry of {@code key} if it is intact. An entry whose files do not match the record
     * {@link #publish} made is removed and {@code notice} receives one line saying which and why; the
     * result is then empty, as for a key never built.
     */
    public Optional<Path> lookup(String key, Consumer<String> notice) {
        Path entry = entry(key);
        if (!Files.isDirectory(entry)) {
            return Optional.empty();
        }
        Optional<String> damage;
        try {
            damage = damage(key, entry);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // a concurrent run replaced it while we read: build as if absent
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cache entry " + entry + ": " + e.getMessage(), e);
        }
        if (damage.isEmpty()) {
            return Optional.of(entry);
        }
        evict(key, damage.get(), notice);
        return Optional.empty();
    }

    /**
     * Removes the entry of {@code key} (found unusable by its reader, e.g. a result that does not parse)
     * and tells {@code notice} why, in one line.
     */
    public void evict(String key, String why, Consumer<String> notice) {
        Path entry = entry(key);
        Path aside = dir.resolve(WORK_PREFIX + key.substring(0, 12) + "-" + HOST + "-" + ProcessHandle.current().pid()
                + "-" + Math.abs(new SecureRandom().nextLong() % 1_000_000_000_000L));
        try {
            Files.move(entry, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return; // another run removed it first
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the damaged cache entry " + entry + ": " + e.getMessage(), e);
        }
        notice.accept("cache entry " + entry + " was damaged (" + why + "); it was removed and is built again");
        discard(aside);
    }

    /** Why an entry does not match its record, or empty when it does. */
    private static Optional<String> damage(String key, Path entry) throws IOException {
        Path record = entry.resolve(CONTENTS);
        if (!Files.isRegularFile(record)) {
            return Optional.of("no " + CONTENTS + " record of its files");
        }
        String expected = Files.readString(record, StandardCharsets.UTF_8);
        String actual = contents(key, entry);
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        List<String> want = expected.lines().toList();
        List<String> have = actual.lines().toList();
        for (String line : want) {
            if (!have.contains(line)) {
                return Optional.of(describe(line, have));
            }
        }
        for (String line : have) {
            if (!want.contains(line)) {
                return Optional.of("unexpected file " + line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Optional.of(CONTENTS + " is malformed");
    }

    private static String describe(String recorded, List<String> have) {
        if (recorded.startsWith("#")) {
            return CONTENTS + " belongs to another key";
        }
        String name = recorded.substring(recorded.lastIndexOf(' ') + 1);
        boolean present = have.stream().anyMatch(l -> l.endsWith(" " + name));
        return present ? name + " does not match its recorded digest and size" : name + " is missing";
    }

    /**
     * The record of an entry folder: a header naming the key, then {@code SHA256 SIZE PATH} per regular
     * file (paths relative, '/'-separated, sorted), the record itself excluded.
     */
    private static String contents(String key, Path folder) throws IOException {
        StringBuilder sb = new StringBuilder("# approxmac cache entry " + key + "\n");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.equals(folder.resolve(CONTENTS)))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString())).toList();
        }
        for (Path f : files) {
            sb.append(ContentHash.of(f)).append(' ').append(Files.size(f)).append(' ')
                    .append(folder.relativize(f).toString().replace(File.separatorChar, '/')).append('\n');
        }
        return sb.toString();
    }

    /** Deletes a work folder of this cache (nothing if it is already gone); refuses any other folder. */
    public void discard(Path workFolder) {
        requireWorkFolder(workFolder);
        if (!Files.exists(workFolder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(workFolder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            if (Files.exists(workFolder)) { // else a concurrent sweep deleted it first
                throw new UncheckedIOException("cannot delete " + workFolder + ": " + e.getMessage(), e);
            }
        } catch (UncheckedIOException e) {
            if (Files.exists(workFolder)) {
                throw e;
            }
        }
    }

    /** Deletes the abandoned work folders (see the class comment); returns how many. */
    public int sweepAbandoned() {
        return sweepAbandoned(Instant.now());
    }

    /** {@link #sweepAbandoned()} at a given time (for tests). */
    int sweepAbandoned(Instant now) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int swept = 0;
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path f : folders.toList()) {
                Matcher m = WORK_NAME.matcher(f.getFileName().toString());
                boolean ours = m.matches() && (m.group(1) == null || m.group(1).equals(HOST));
                if (m.matches() && Files.isDirectory(f) && abandoned(f, ours, Long.parseLong(m.group(2)), now)) {
                    discard(f);
                    swept++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cache " + dir + ": " + e.getMessage(), e);
        }
        return swept;
    }

    /** Whether a work folder is abandoned; {@code thisHost}: made on this machine, so its pid can be asked. */
    private static boolean abandoned(Path folder, boolean thisHost, long pid, Instant now) throws IOException {
        if (thisHost && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return true;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(folder);
            return modified.toInstant().plus(STALE_AFTER).isBefore(now);
        } catch (NoSuchFileException e) {
            return false; // its build just published or discarded it
        }
    }

    /** Eight hex digits of a host name's hash (stable across runs and JVMs). */
    static String hostTag(String hostName) {
        int h = 0;
        for (byte b : hostName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h = 31 * h + (b & 0xff);
        }
        return String.format("%08x", h);
    }

    private void requireWorkFolder(Path workFolder) {
        Path f = workFolder.toAbsolutePath().normalize();
        if (!dir.equals(f.getParent()) || !WORK_NAME.matcher(f.getFileName().toString()).matches()) {
            throw new IllegalArgumentException(workFolder + " is not a work folder of the cache " + dir);
        }
    }
}
