package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBuilderTest {

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @Test
    void concurrentBuildsOfOneDesignPublishOneEntryAndTheNextRunIsCached(@TempDir Path cache) throws IOException {
        ModelBuilder builder = new ModelBuilder(Toolchain.system(), cache);
        RtlSource rtl = Fixtures.rtl("exact_mul8.v", "exact_mul8");
        DutShape shape = DutShape.of(Fixtures.FIXED8);
        var first = CompletableFuture.supplyAsync(() -> builder.build(rtl, shape));
        var second = CompletableFuture.supplyAsync(() -> builder.build(rtl, shape));
        SimModel a = first.join();
        SimModel b = second.join();
        assertEquals(a.executable(), b.executable());
        assertTrue(Files.isExecutable(a.executable()));
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(1, entries.count(), "one entry, no leftover temporary build directories");
        }
        SimModel again = builder.build(rtl, shape);
        assertTrue(again.cached());
        assertEquals(List.of("a", "b", "z"), List.copyOf(again.ports().widths().keySet()));

        SimModel changed = builder.build(new RtlSource(rtl.top(), rtl.verilog() + "\n// changed\n", "x"), shape);
        assertFalse(changed.cached(), "a different RTL text is a different key");
    }

    @Test
    void compileErrorsQuoteVerilatorAndLeaveNoEntry(@TempDir Path cache) throws IOException {
        ModelBuilder builder = new ModelBuilder(Toolchain.system(), cache);
        RtlSource broken = new RtlSource("exact_mul8",
                Fixtures.verilog("exact_mul8.v").replace("assign z", "assign z = = "), "broken.v");
        ToolException e = assertThrows(ToolException.class,
                () -> builder.build(broken, DutShape.of(Fixtures.FIXED8)));
        assertTrue(e.getMessage().contains("broken.v") && e.getMessage().contains("%Error"), e.getMessage());
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(0, entries.count());
        }
    }

    @Test
    void missingVerilatorIsAToolExceptionWithAnInstallHint(@TempDir Path cache) {
        Toolchain without = Toolchain.withEnvironment(java.util.Map.of("PATH", cache.toString()));
        ToolException e = assertThrows(ToolException.class, () -> new ModelBuilder(without, cache)
                .build(Fixtures.rtl("exact_mul8.v", "exact_mul8"), DutShape.of(Fixtures.FIXED8)));
        assertTrue(e.getMessage().contains("verilator not found") && e.getMessage().contains("apt-get install verilator"),
                e.getMessage());
    }

    @Test
    void wrongPortWidthsAndMissingPortsAreNamed() {
        ModelBuilder builder = Fixtures.builder();
        PortMismatchException wide = assertThrows(PortMismatchException.class, () -> builder.build(
                Fixtures.rtl("exact_mul8.v", "exact_mul8"), DutShape.of(org.approxmac.spec.UnitSpec.parse("fixed:n=6"))));
        assertTrue(wide.getMessage().contains("port 'a' is 8 bits, expected 6"), wide.getMessage());
        PortMismatchException missing = assertThrows(PortMismatchException.class, () -> builder.build(
                Fixtures.rtl("exact_mul8.v", "exact_mul8"), DutShape.of(Fixtures.FIXED8_MAC)));
        assertTrue(missing.getMessage().contains("port 'clk' is missing")
                && missing.getMessage().contains("port 'acc' is missing"), missing.getMessage());
    }
}
