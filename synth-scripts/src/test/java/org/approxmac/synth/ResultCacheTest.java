package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String OTHER_KEY = "fedcba9876543210fedcba9876543210";

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
        assertTrue(cache.energySplit(KEY).isEmpty(), "an entry without a split file (an older run) has none");
    }

    @Test
    void theEnergySplitRecordedWithAResultIsReadBack() throws IOException {
        ResultCache cache = new ResultCache(tmp);
        Path work = cache.newWorkDir(KEY);
        EnergySplit split = new EnergySplit(List.of(new EnergySplit.Part(EnergySplit.Kind.REGISTER, "acc", 40, 10.35,
                8.86)));
        Files.writeString(work.resolve(EnergySplit.FILE), split.toTsv());
        cache.commit(KEY, work, CostResultJsonTest.sample(KEY));
        assertEquals(split.toTsv(), cache.energySplit(KEY).orElseThrow().toTsv());
        assertTrue(cache.energySplit(OTHER_KEY).isEmpty());
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
    void anEntryWithoutItsRecordIsRemovedWithANotice() throws IOException {
        List<String> notices = new ArrayList<>();
        ResultCache cache = new ResultCache(tmp, notices::add);
        Files.createDirectories(cache.entry(KEY));
        Files.writeString(cache.entry(KEY).resolve("result.json"), "{ truncated");
        assertTrue(cache.get(KEY).isEmpty());
        assertFalse(Files.exists(cache.entry(KEY)), "removed, so the next run can replace it");
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("was damaged") && notices.get(0).contains(cache.entry(KEY).toString()),
                notices.get(0));
    }

    @Test
    void aTruncatedOrEditedResultIsRemovedAndTheNextCommitReplacesIt() throws IOException {
        for (String edit : new String[] {"truncate", "numbers", "key", "spec"}) {
            List<String> notices = new ArrayList<>();
            ResultCache cache = new ResultCache(tmp.resolve(edit), notices::add);
            CostResult r = CostResultJsonTest.sample(KEY);
            cache.commit(KEY, cache.newWorkDir(KEY), r);
            Path file = cache.entry(KEY).resolve("result.json");
            String json = Files.readString(file);
            String edited = switch (edit) {
                case "truncate" -> json.substring(0, json.length() / 2);
                case "numbers" -> json.replaceFirst("(\"area\"\\s*:\\s*)[0-9.]+", "$1123456.5");
                case "key" -> json.replace(KEY, OTHER_KEY);
                default -> json.replace(r.spec(), "fixed:n=9,sign=twos");
            };
            assertNotEquals(json, edited, edit);
            Files.writeString(file, edited);
            assertTrue(cache.get(KEY).isEmpty(), edit + ": a damaged result is never used");
            assertEquals(1, notices.size(), edit + ": " + notices);
            assertTrue(notices.get(0).contains("result.json does not match its recorded digest"), notices.get(0));
            cache.commit(KEY, cache.newWorkDir(KEY), r);
            assertEquals(r, cache.get(KEY).orElseThrow(), edit + ": replaced by the next measurement");
            assertEquals(1, notices.size());
        }
    }

    @Test
    void aResultOfAnotherKeyIsNotUsed() {
        List<String> notices = new ArrayList<>();
        ResultCache cache = new ResultCache(tmp, notices::add);
        cache.commit(KEY, cache.newWorkDir(KEY), CostResultJsonTest.sample(OTHER_KEY));
        assertTrue(cache.get(KEY).isEmpty());
        assertTrue(notices.get(0).contains("is the result of key " + OTHER_KEY), notices.toString());
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
