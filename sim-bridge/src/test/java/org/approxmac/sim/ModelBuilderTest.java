package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            assertEquals(List.of(a.executable().getParent().getFileName().toString(), ModelBuilder.RUNTIME_FOLDER),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "one entry and the kept run-time library, no leftover temporary build directories");
        }
        SimModel again = builder.build(rtl, shape);
        assertTrue(again.cached());
        assertEquals(List.of("a", "b", "z"), List.copyOf(again.ports().widths().keySet()));

        SimModel changed = builder.build(new RtlSource(rtl.top(), rtl.verilog() + "\n// changed\n", "x"), shape);
        assertFalse(changed.cached(), "a different RTL text is a different key");
    }

    @Test
    void theFirstBuildKeepsVerilatorsRunTimeObjectsAndLaterBuildsLinkThem(@TempDir Path cache) throws IOException {
        ModelBuilder builder = new ModelBuilder(Toolchain.system(), cache);
        RtlSource rtl = Fixtures.rtl("exact_mul8.v", "exact_mul8");
        DutShape shape = DutShape.of(Fixtures.FIXED8);
        builder.build(rtl, shape);
        Path runtime;
        try (Stream<Path> folders = Files.list(cache.resolve(ModelBuilder.RUNTIME_FOLDER))) {
            runtime = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        try (Stream<Path> files = Files.list(runtime)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("verilated.o"), names.toString());
        }
        // a second design links the kept objects: its model runs and multiplies
        SimModel other = builder.build(new RtlSource(rtl.top(), rtl.verilog() + "\n// second design\n", "y"), shape);
        assertFalse(other.cached());
        CosimResult r = Fixtures.cosim().multiplier(other, Fixtures.exactSigned(Fixtures.FIXED8),
                ErrorBound.of(Fixtures.FIXED8), VectorPlan.parse("exhaustive", Fixtures.FIXED8, 1), n -> { });
        assertTrue(r.passed() && r.vectors() == 65536, () -> r.firstMismatches().toString());
        try (Stream<Path> folders = Files.list(cache.resolve(ModelBuilder.RUNTIME_FOLDER))) {
            assertEquals(1, folders.filter(Files::isDirectory).count(), "the library is kept once");
        }
    }

    @Test
    void aKeptLibraryThatDoesNotLinkCostsARebuildNotAFailureAndIsReplaced(@TempDir Path cache, @TempDir Path fake)
            throws IOException {
        // a "library" whose object is junk, kept where the builder looks for it
        Files.writeString(fake.resolve("Vdut_classes.mk"), "VM_GLOBAL_FAST += \\\n\tverilated \\\n\n");
        Files.writeString(fake.resolve("verilated.o"), "not an object file\n");
        List<String> notices = new ArrayList<>();
        new VerilatorRuntime(cache.resolve(ModelBuilder.RUNTIME_FOLDER), Toolchain.system().version(Tool.VERILATOR),
                ModelBuilder.MAKE_OPTIONS, notices::add).keepFrom(fake, "Vdut");
        Path kept = onlyRuntimeEntry(cache).resolve("verilated.o");
        assertEquals("not an object file\n", Files.readString(kept));

        ModelBuilder builder = new ModelBuilder(Toolchain.system(), cache, java.time.Duration.ofMinutes(20), notices::add);
        SimModel model = builder.build(Fixtures.rtl("exact_mul8.v", "exact_mul8"), DutShape.of(Fixtures.FIXED8));
        CosimResult r = Fixtures.cosim().multiplier(model, Fixtures.exactSigned(Fixtures.FIXED8),
                ErrorBound.of(Fixtures.FIXED8), VectorPlan.parse("exhaustive", Fixtures.FIXED8, 1), n -> { });
        assertTrue(r.passed() && r.vectors() == 65536, () -> r.firstMismatches().toString());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("did not build with it"), notices.get(0));
        assertTrue(Files.size(onlyRuntimeEntry(cache).resolve("verilated.o")) > 10_000,
                "the junk was replaced by the objects of the build that worked");
    }

    private static Path onlyRuntimeEntry(Path cache) throws IOException {
        try (Stream<Path> folders = Files.list(cache.resolve(ModelBuilder.RUNTIME_FOLDER))) {
            List<Path> entries = folders.filter(Files::isDirectory).toList();
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
    }

    @Test
    void linkingFlagsTellMakeToCompileNoGlobalClassAndLinkTheKeptObjects() {
        List<String> flags = ModelBuilder.flags(Fixtures.rtl("exact_mul8.v", "exact_mul8"), DutShape.of(Fixtures.FIXED8));
        List<String> linking = ModelBuilder.linking(flags, List.of(Path.of("/c/rt/verilated.o"),
                Path.of("/c/rt/verilated_threads.o")));
        assertEquals(flags.size(), linking.size());
        assertEquals(ModelBuilder.MAKE_OPTIONS + " VM_GLOBAL_FAST= VM_GLOBAL_SLOW="
                + " LOADLIBES='/c/rt/verilated.o /c/rt/verilated_threads.o'",
                linking.get(linking.indexOf("-MAKEFLAGS") + 1));
    }

    @Test
    void theGlobalClassesAreReadFromTheGeneratedMakefile() {
        String classes = "VM_SUPPORT_SLOW += \\\n\tVdut__Syms \\\n\n"
                + "VM_GLOBAL_FAST += \\\n\tverilated \\\n\tverilated_threads \\\n\n"
                + "VM_GLOBAL_SLOW += \\\n\n";
        assertEquals(List.of(Path.of("obj/verilated.o"), Path.of("obj/verilated_threads.o")),
                VerilatorRuntime.globalObjects(classes, Path.of("obj")));
        assertEquals(List.of(), VerilatorRuntime.globalObjects("VM_GLOBAL_FAST = verilated\n", Path.of("obj")),
                "an unknown layout keeps nothing");
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
