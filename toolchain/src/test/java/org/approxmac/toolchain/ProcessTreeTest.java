package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tool runs end at their limit, or when the tool exits, with every process they started killed. */
class ProcessTreeTest {
    private static final Toolchain TOOLS = Toolchain.system();

    @TempDir
    Path tmp;

    @Test
    void aChildHoldingTheOutputOfAToolThatExitedNeitherHangsTheRunNorSurvivesIt() throws IOException {
        Path pid = tmp.resolve("pid");
        long t0 = System.nanoTime();
        ToolResult r = TOOLS.runProgram(Tool.MAKE, List.of("sh", "-c",
                "(sleep 1000; echo late) & echo $! > " + pid + "; echo done"), null, Duration.ofSeconds(60), null);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.exitCode());
        assertEquals("done", r.stdout().strip());
        assertTrue(millis < 10_000, "returned after " + millis + " ms, not after the child's 1000 s");
        assertGone(pid);
    }

    @Test
    void aToolPastItsLimitIsKilledWithItsWholeTreeAndTheMessageQuotesIt() throws IOException {
        Path pid = tmp.resolve("pid");
        long t0 = System.nanoTime();
        ToolException e = assertThrows(ToolException.class, () -> TOOLS.runProgram(Tool.YOSYS, List.of("sh", "-c",
                "sh -c '(sleep 1000) & echo $! > " + pid + "; sleep 1000' & echo 'ERROR: stuck' >&2; wait"), null,
                Duration.ofSeconds(2), null));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 12_000, "ended after " + millis + " ms");
        assertTrue(e.getMessage().startsWith("yosys did not finish within the time limit of 2 s"), e.getMessage());
        assertTrue(e.getMessage().contains("ERROR: stuck"), e.getMessage());
        assertGone(pid);
    }

    @Test
    void aHungVersionProbeEndsAtTheGivenLimit() throws IOException {
        Path fake = tmp.resolve("yosys");
        Files.writeString(fake, "#!/bin/sh\nsleep 1000\n");
        assertTrue(fake.toFile().setExecutable(true));
        Toolchain tools = Toolchain.withEnvironment(java.util.Map.of("APPROXMAC_YOSYS", fake.toString()));
        long t0 = System.nanoTime();
        ToolException e = assertThrows(ToolException.class, () -> tools.version(Tool.YOSYS, Duration.ofSeconds(1)));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000);
        assertTrue(e.getMessage().contains("time limit of 1 s"), e.getMessage());
    }

    @Test
    void aStreamingProgramIsKilledWithItsChildren() throws IOException, InterruptedException {
        Path pid = tmp.resolve("pid");
        try (StreamingProcess p = TOOLS.start(Tool.VERILATOR, List.of("sh", "-c",
                "(sleep 1000) & echo $! > " + pid + "; sleep 1000"), null, Duration.ofSeconds(60))) {
            for (int i = 0; i < 100 && !Files.exists(pid); i++) {
                Thread.sleep(50);
            }
            p.kill();
        }
        assertGone(pid);
    }

    /** The process is gone, or a zombie nobody reaps (killed all the same). */
    static void assertGone(Path pidFile) throws IOException {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        for (int i = 0; i < 50; i++) {
            Path stat = Path.of("/proc", Long.toString(pid), "stat");
            if (!Files.exists(stat) || Files.readString(stat).replaceFirst(".*\\) ", "").startsWith("Z")) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertFalse(true, "process " + pid + " survived");
    }
}
