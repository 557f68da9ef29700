package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibertyResolverTest {

    @TempDir
    Path tmp;

    private static void requireOsu018() {
        assumeFalse(ToolGate.skipped(), "tool-dependent tests skipped on request");
        assertTrue(Files.isRegularFile(LibertyResolver.OSU018_FILE),
                "osu018 liberty missing: sudo apt-get install qflow-tech-osu018 (or -Dapproxmac.skipTools=true)");
    }

    @Test
    void aliasResolvesToDebiansOsu018WithBufx2() {
        requireOsu018();
        Liberty lib = LibertyResolver.resolve("osu018", tmp);
        assertEquals("osu018_stdcells", lib.name());
        assertEquals(LibertyResolver.OSU018_FILE.toAbsolutePath(), lib.file());
        assertEquals(new LibertyCells.CellPins("BUFX2", "A", "Y"), lib.buffer());
        assertTrue(lib.tieHigh().isEmpty());
        assertTrue(lib.areaUnit().contains("λ²"));
        assertEquals(64, lib.sha256().length());
        assertFalse(Files.exists(tmp.resolve("liberty")), "a plain .lib needs no copy");
    }

    @Test
    void gzipIsUnpackedIntoTheCache() throws IOException {
        requireOsu018();
        Path gz = tmp.resolve("osu.lib.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(LibertyResolver.OSU018_FILE, out);
        }
        Liberty lib = LibertyResolver.resolve(gz.toString(), tmp.resolve("cache"));
        assertTrue(lib.file().startsWith(tmp.resolve("cache").resolve("liberty").toAbsolutePath()), lib.file().toString());
        assertEquals(Files.readString(LibertyResolver.OSU018_FILE), Files.readString(lib.file()));
        assertEquals("osu.lib.gz", lib.label());
        assertNotEquals(LibertyResolver.resolve("osu018", tmp).sha256(), lib.sha256());
    }

    @Test
    void sky130CellsAbcMustNotPickAreMarkedDontUse() {
        String text = "library (\"sky130_fd_sc_hd__tt\") {\n"
                + "    cell (\"sky130_fd_sc_hd__lpflow_isobufsrc_1\") {\n area : 1;\n }\n"
                + "    cell (\"sky130_fd_sc_hd__nand2_1\") {\n area : 1;\n }\n"
                + "    cell (\"sky130_fd_sc_hd__dlygate4sd3_1\") {\n area : 1;\n }\n}\n";
        LibertyCells c = LibertyCells.scan(LibertyResolver.markDontUse(text));
        assertTrue(c.cells().get(0).dontUse());
        assertFalse(c.cells().get(1).dontUse());
        assertTrue(c.cells().get(2).dontUse());
    }

    @Test
    void missingFileIsABadInputNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LibertyResolver.resolve(tmp.resolve("none.lib").toString(), tmp));
        assertTrue(e.getMessage().contains("none.lib") && e.getMessage().contains("osu018"), e.getMessage());
    }
}
