package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDirectoryTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path tmp;

    @Test
    void aWorkFolderBecomesTheEntryOnlyWhenPublished() throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp.resolve("c"));
        Path work = cache.newWorkFolder(KEY);
        Files.writeString(work.resolve("file"), "x");
        assertFalse(Files.exists(cache.entry(KEY)), "a build in progress is no entry");
        assertTrue(cache.publish(KEY, work));
        assertEquals("x", Files.readString(cache.entry(KEY).resolve("file")));
        assertFalse(Files.exists(work));
        assertEquals(List.of(KEY), names(cache.dir()));
    }

    @Test
    void aSecondPublicationOfTheSameKeyKeepsTheFirstAndDeletesItsWorkFolder() throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp);
        Path first = cache.newWorkFolder(KEY);
        Files.writeString(first.resolve("file"), "first");
        Path second = cache.newWorkFolder(KEY);
        Files.writeString(second.resolve("file"), "second");
        assertTrue(cache.publish(KEY, first));
        assertFalse(cache.publish(KEY, second));
        assertEquals("first", Files.readString(cache.entry(KEY).resolve("file")));
        assertEquals(List.of(KEY), names(tmp));
    }

    @Test
    void discardDeletesAWholeWorkFolderAndToleratesOneAlreadyGone() throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp);
        Path work = cache.newWorkFolder(KEY);
        Files.createDirectories(work.resolve("sub"));
        Files.writeString(work.resolve("sub/log"), "x");
        cache.discard(work);
        assertFalse(Files.exists(work));
        cache.discard(work);
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void refusesToTouchFoldersItDidNotCreate() throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp.resolve("c"));
        Path userData = Files.createDirectories(tmp.resolve("user-data"));
        Path lookalike = Files.createDirectories(tmp.resolve("c").resolve(".run-notours"));
        Path entry = Files.createDirectories(cache.entry(KEY));
        for (Path p : List.of(userData, lookalike, entry)) {
            assertThrows(IllegalArgumentException.class, () -> cache.discard(p), p.toString());
            assertThrows(IllegalArgumentException.class, () -> cache.publish(KEY, p), p.toString());
            assertTrue(Files.exists(p));
        }
    }

    @Test
    void keysMustBeHexContentHashes() {
        CacheDirectory cache = new CacheDirectory(tmp);
        for (String bad : List.of("../../etc", "0123456789AB", "0123456789a", "")) {
            assertThrows(IllegalArgumentException.class, () -> cache.entry(bad), bad);
        }
    }

    @Test
    void sweepDeletesWorkFoldersOfDeadProcessesAndStaleOnesOnly() throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp);
        Path live = cache.newWorkFolder(KEY);
        Path dead = Files.createDirectories(tmp.resolve(".run-0123456789ab-" + deadPid() + "-42"));
        Files.writeString(dead.resolve("log"), "x");
        Path foreign = Files.createDirectories(tmp.resolve(".run-notours"));
        Path entry = Files.createDirectories(cache.entry(KEY));
        assertEquals(1, cache.sweepAbandoned());
        assertTrue(Files.exists(live));
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(foreign));
        assertTrue(Files.exists(entry));

        Instant modified = Instant.parse("2026-01-01T00:00:00Z");
        Files.setLastModifiedTime(live, FileTime.from(modified));
        assertEquals(0, cache.sweepAbandoned(modified.plus(CacheDirectory.STALE_AFTER).minus(Duration.ofMinutes(1))),
                "a live process's recent work folder stays");
        assertTrue(Files.exists(live));
        assertEquals(1, cache.sweepAbandoned(modified.plus(CacheDirectory.STALE_AFTER).plus(Duration.ofMinutes(1))),
                "untouched for longer than STALE_AFTER: its process id was reused");
        assertFalse(Files.exists(live));
        assertEquals(List.of(".run-notours", KEY), names(tmp));
    }

    @Test
    void anotherMachinesWorkFolderIsSweptOnlyWhenStale() throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp);
        assertTrue(cache.newWorkFolder(KEY).getFileName().toString()
                .startsWith(".run-" + KEY.substring(0, 12) + "-" + CacheDirectory.HOST + "-"));
        String otherHost = CacheDirectory.HOST.equals("00000000") ? "00000001" : "00000000";
        // a process id that is dead here says nothing about a process on another machine sharing the cache
        Path elsewhere = Files.createDirectories(tmp.resolve(".run-0123456789ab-" + otherHost + "-" + deadPid() + "-7"));
        Path here = Files.createDirectories(tmp.resolve(".run-0123456789ab-" + CacheDirectory.HOST + "-" + deadPid() + "-8"));
        assertEquals(1, cache.sweepAbandoned());
        assertTrue(Files.exists(elsewhere));
        assertFalse(Files.exists(here));
        Instant modified = Instant.parse("2026-01-01T00:00:00Z");
        Files.setLastModifiedTime(elsewhere, FileTime.from(modified));
        assertEquals(1, cache.sweepAbandoned(modified.plus(CacheDirectory.STALE_AFTER).plus(Duration.ofMinutes(1))));
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void hostTagsAreEightHexDigitsAndStable() {
        assertEquals(CacheDirectory.hostTag("ci-runner-1"), CacheDirectory.hostTag("ci-runner-1"));
        assertNotEquals(CacheDirectory.hostTag("ci-runner-1"), CacheDirectory.hostTag("ci-runner-2"));
        assertTrue(CacheDirectory.hostTag("x").matches("[0-9a-f]{8}"));
        assertTrue(CacheDirectory.HOST.matches("[0-9a-f]{8}"));
    }

    @Test
    void sweepOfAMissingCacheIsNothing() {
        assertEquals(0, new CacheDirectory(tmp.resolve("none")).sweepAbandoned());
        assertFalse(Files.exists(tmp.resolve("none")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A process id that is not running: the largest ids are free on any normal system. */
    private static long deadPid() {
        long pid = 4_000_000_000L;
        while (ProcessHandle.of(pid).isPresent()) {
            pid--;
        }
        return pid;
    }
}
