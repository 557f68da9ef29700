package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published cache entry is used only while its files match the record made when it was published. */
class CacheIntegrityTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String OTHER = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path tmp;

    private final List<String> notices = new ArrayList<>();

    private CacheDirectory published(String key) throws IOException {
        CacheDirectory cache = new CacheDirectory(tmp.resolve("c"));
        Path work = cache.newWorkFolder(key);
        Files.write(work.resolve("sim"), new byte[4096]);
        Files.createDirectories(work.resolve("logs"));
        Files.writeString(work.resolve("logs").resolve("build.log"), "built\n");
        assertTrue(cache.publish(key, work));
        return cache;
    }

    @Test
    void anIntactEntryIsFoundAndItsRecordListsEveryFile() throws IOException {
        CacheDirectory cache = published(KEY);
        assertEquals(cache.entry(KEY), cache.lookup(KEY, notices::add).orElseThrow());
        String record = Files.readString(cache.entry(KEY).resolve(CacheDirectory.CONTENTS));
        assertTrue(record.startsWith("# approxmac cache entry " + KEY + "\n"), record);
        assertTrue(record.contains(" 4096 sim\n") && record.contains(" 6 logs/build.log\n"), record);
        assertEquals(List.of(), notices);
        assertTrue(cache.lookup(OTHER, notices::add).isEmpty(), "an absent key is a plain miss");
        assertEquals(List.of(), notices);
    }

    @Test
    void aTruncatedFileIsDetectedRemovedAndReportedInOneLine() throws IOException {
        CacheDirectory cache = published(KEY);
        Files.write(cache.entry(KEY).resolve("sim"), new byte[100]);
        assertTrue(cache.lookup(KEY, notices::add).isEmpty());
        assertFalse(Files.exists(cache.entry(KEY)), "the damaged entry is gone");
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("sim does not match its recorded digest and size")
                && notices.get(0).contains(cache.entry(KEY).toString()) && !notices.get(0).contains("\n"), notices.get(0));
        assertEquals(List.of(), leftovers(cache), "nothing of the damaged entry is left");
    }

    @Test
    void anEditOfTheSameSizeAMissingFileAnExtraFileAndAMissingRecordAreAllDamage() throws IOException {
        String[] expected = {"logs/build.log does not match", "sim is missing", "unexpected file extra",
            "no " + CacheDirectory.CONTENTS};
        for (int i = 0; i < expected.length; i++) {
            CacheDirectory cache = published(KEY);
            Path e = cache.entry(KEY);
            switch (i) {
                case 0 -> Files.writeString(e.resolve("logs").resolve("build.log"), "BUILT\n");
                case 1 -> Files.delete(e.resolve("sim"));
                case 2 -> Files.writeString(e.resolve("extra"), "?");
                default -> Files.delete(e.resolve(CacheDirectory.CONTENTS));
            }
            notices.clear();
            assertTrue(cache.lookup(KEY, notices::add).isEmpty(), expected[i]);
            assertTrue(notices.get(0).contains(expected[i]), notices.get(0));
            assertFalse(Files.exists(e));
        }
    }

    @Test
    void anEntryMovedUnderAnotherKeyIsDamage() throws IOException {
        CacheDirectory cache = published(KEY);
        Files.move(cache.entry(KEY), cache.entry(OTHER));
        assertTrue(cache.lookup(OTHER, notices::add).isEmpty());
        assertTrue(notices.get(0).contains("belongs to another key"), notices.get(0));
    }

    @Test
    void aDamagedEntryCanBeBuiltAgain() throws IOException {
        CacheDirectory cache = published(KEY);
        Files.write(cache.entry(KEY).resolve("sim"), new byte[1]);
        assertTrue(cache.lookup(KEY, notices::add).isEmpty());
        Path work = cache.newWorkFolder(KEY);
        Files.write(work.resolve("sim"), new byte[4096]);
        assertTrue(cache.publish(KEY, work), "the replacement becomes the entry");
        assertTrue(cache.lookup(KEY, notices::add).isPresent());
    }

    private static List<String> leftovers(CacheDirectory cache) throws IOException {
        try (Stream<Path> s = Files.list(cache.dir())) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
