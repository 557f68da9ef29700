package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StreamingProcessTest {
    private static final Toolchain TOOLS = Toolchain.system();

    @Test
    void largeTransfersBothWaysDoNotDeadlockWhenReadAndWrittenConcurrently() throws Exception {
        byte[] data = new byte[32 << 20]; // far more than any pipe buffer
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + (i >> 11));
        }
        try (StreamingProcess p = TOOLS.start(Tool.MAKE, List.of("cat"), null, Duration.ofSeconds(30))) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (OutputStream in = p.stdin()) {
                    in.write(data);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] back = p.stdout().readAllBytes();
            writer.join();
            assertArrayEquals(data, back);
            assertEquals(0, p.waitFor(Duration.ofSeconds(10)));
            assertTrue(!p.timedOut());
        }
    }

    @Test
    void silentProgramIsKilledAfterTheIdleTimeoutAndTheFailureSaysSo() throws IOException {
        try (StreamingProcess p = TOOLS.start(Tool.MAKE, List.of("sleep", "60"), null, Duration.ofMillis(500))) {
            long t0 = System.nanoTime();
            assertEquals(-1, p.stdout().read(), "the read ends when the watchdog kills the program");
            assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
            assertTrue(p.timedOut());
            assertTrue(p.failure("testing").getMessage().contains("hung while testing"));
        }
    }

    @Test
    void failureQuotesExitStatusAndStandardError() throws IOException {
        try (StreamingProcess p = TOOLS.start(Tool.MAKE, List.of("sh", "-c", "echo model exploded >&2; exit 3"), null,
                Duration.ofSeconds(30))) {
            assertEquals(-1, p.stdout().read());
            String message = p.failure("running").getMessage();
            assertTrue(message.contains("exited with status 3") && message.contains("model exploded"), message);
        }
    }

    @Test
    void programThatCannotStartIsAToolException() {
        ToolException e = org.junit.jupiter.api.Assertions.assertThrows(ToolException.class,
                () -> TOOLS.start(Tool.VERILATOR, List.of("/nonexistent/approxmac-model"), null, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("cannot start"), e.getMessage());
    }
}
