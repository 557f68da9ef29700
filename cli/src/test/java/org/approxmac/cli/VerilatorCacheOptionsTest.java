package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VerilatorCacheOptionsTest {

    private static VerilatorCacheOptions parse(String... args) {
        return OptionsFixture.parse(VerilatorCacheOptions::new, args);
    }

    @Test
    void buildsGoToTheRootsVerilatorFolder() {
        assertEquals(Path.of("root", "verilator"), parse("--cache", "root").builds());
        OptionsFixture.withCacheProperty("shared",
                () -> assertEquals(Path.of("shared", "verilator"), parse().builds()));
    }

    @Test
    void theOlderCacheDirNamesTheBuildFolderItself() {
        assertEquals(Path.of("old", "verilator"), parse("--cache-dir", "old/verilator").builds());
    }

    @Test
    void bothSpellingsAtOnceIsAUsageError() {
        UsageError e = assertThrows(UsageError.class, () -> parse("--cache", "a", "--cache-dir", "b").builds());
        assertTrue(e.getMessage().contains("--cache") && e.getMessage().contains("not both"), e.getMessage());
    }
}
