package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableFolderTest {

    /**
     * The check of a missing folder probes its parent under a unique name: it never creates (and
     * removes) the folder itself, which raced with a second job creating the same new cache folder
     * (SweepPlanTest's two concurrent jobs caught it).
     */
    @Test
    void aMissingFolderIsCheckedWithoutBeingCreated(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("a/b/cache");
        assertEquals(Optional.empty(), WritableFolder.problem(cache));
        assertFalse(Files.exists(dir.resolve("a")), "the check leaves nothing behind");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertTrue(WritableFolder.problem(file.resolve("sub")).orElseThrow().contains("is not a folder"));
        assertTrue(WritableFolder.problem(Path.of("/proc/approxmac-probe")).orElseThrow().contains("cannot be created"));
    }
}
