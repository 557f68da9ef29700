package org.approxmac.toolchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
 */
public final class CacheDirectory {

    /** A work folder untouched this long is abandoned even if a process with its id runs. */
    public static final Duration STALE_AFTER = Duration.ofDays(7);
    private static final String WORK_PREFIX = ".run-";
    private static final Pattern WORK_NAME = Pattern.compile("\\.run-[0-9a-f]{12}-(?:([0-9a-f]{8})-)?(\\d+)-\\d+");
    /** This machine's tag in work folder names. */
    static final String HOST = hostTag(HostName.read());
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{12,128}");
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
