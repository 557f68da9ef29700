package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path tmp;

    @Test
    void missThenHitAfterCommitKeepingTheRunsFiles() throws IOException {
        ResultCache cache = new ResultCache(tmp);
        assertTrue(cache.get(KEY).isEmpty());
        Path work = cache.newWorkDir(KEY);
        Files.writeString(work.resolve("netlist.v"), "module m; endmodule\n");
        assertTrue(cache.get(KEY).isEmpty(), "a run in progress is no entry");
        CostResult r = CostResultJsonTest.sample(KEY);
        cache.commit(KEY, work, r);
        assertEquals(r, cache.get(KEY).orElseThrow());
        assertTrue(Files.isRegularFile(cache.entry(KEY).resolve("netlist.v")));
        assertFalse(Files.exists(work));
    }

    @Test
    void secondCommitOfTheSameKeyKeepsTheFirst() {
        ResultCache cache = new ResultCache(tmp);
        cache.commit(KEY, cache.newWorkDir(KEY), CostResultJsonTest.sample(KEY));
        Path again = cache.newWorkDir(KEY);
        cache.commit(KEY, again, CostResultJsonTest.sample("other"));
        assertEquals(KEY, cache.get(KEY).orElseThrow().cacheKey());
        assertFalse(Files.exists(again));
    }

    @Test
    void corruptEntryIsAMiss() throws IOException {
        ResultCache cache = new ResultCache(tmp);
        Files.createDirectories(cache.entry(KEY));
        Files.writeString(cache.entry(KEY).resolve("result.json"), "{ truncated");
        assertTrue(cache.get(KEY).isEmpty());
    }

    @Test
    void failedRunIsDiscardedInsideTheCostFolderOnly() throws IOException {
        // discarding and refusing foreign folders in general: CacheDirectoryTest
        ResultCache cache = new ResultCache(tmp);
        Path work = cache.newWorkDir(KEY);
        assertEquals(tmp.resolve("cost").toAbsolutePath(), work.getParent());
        cache.discard(work);
        assertFalse(Files.exists(work));
        Path mine = Files.createDirectories(tmp.resolve("user-data"));
        assertThrows(IllegalArgumentException.class, () -> cache.discard(mine));
        assertTrue(Files.exists(mine));
    }

    @Test
    void sweepsRunsOfDeadProcessesOnly() throws IOException {
        ResultCache cache = new ResultCache(tmp);
        Path live = cache.newWorkDir(KEY);
        Path dead = Files.createDirectories(tmp.resolve("cost").resolve(".run-0123456789ab-" + deadPid() + "-42"));
        Path foreign = Files.createDirectories(tmp.resolve("cost").resolve(".run-notours"));
        assertEquals(1, cache.sweepAbandoned());
        assertTrue(Files.exists(live));
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(foreign));
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
