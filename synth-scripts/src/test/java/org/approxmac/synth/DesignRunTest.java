package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignRunTest {

    @TempDir
    Path tmp;

    @Test
    void leavesARunnableDirectoryWithEveryScriptAndLogButNoDump() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        DesignInput d = DesignInput.fromFile(TestFiles.path("rtl/fixed_mul8.v"), "fixed_mul8", UnitSpec.parse("fixed:n=8"));
        CostOptions o = CostOptions.defaults(LibertyResolver.resolve("osu018", tmp)).withSimCycles(50);
        Path dir = Files.createDirectories(tmp.resolve("run"));
        CostResult r = new DesignRun(d, o, dir, Toolchain.system()).run("key", Map.of("yosys", "v"));
        for (String f : List.of("design.v", "wrapper.v", "synth.ys", "yosys.log", "stat.txt", "netlist.v", "delay.tcl",
                "delay.log", "simmodel.ys", "sim_model.v", "testbench.v", "stimulus.hex", "vvp.log", "power0.tcl",
                "power1.tcl", "power0.log", "power1.log", EnergySplit.FILE)) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("activity.vcd")));
        assertEquals(Files.readString(dir.resolve("stimulus.hex")).lines().count(), 8 + 50);
        assertEquals(YosysStat.parse(Files.readString(dir.resolve("stat.txt"))).area(), r.area());
        assertEquals(StaDelay.delayNs(Files.readString(dir.resolve("delay.log")), 1000), r.delayNs());
        assertEquals(java.util.Set.of("synthesis", "timing", "simulation", "activity", "power"),
                r.stageSeconds().keySet());
        assertEquals("key", r.cacheKey());
        EnergySplit split = EnergySplit.fromTsv(Files.readString(dir.resolve(EnergySplit.FILE)));
        assertEquals(r.energyPj(), split.totalPj(), 1e-6 * r.energyPj(), "the split adds up to the energy per operation");
        assertEquals(r.registers(), split.parts().stream().filter(p -> p.kind() == EnergySplit.Kind.REGISTER)
                .mapToInt(EnergySplit.Part::count).sum(), "every register bit in a register part");
        assertTrue(split.parts().stream().anyMatch(p -> p.name().equals("unit.a") && p.count() == 8), split.toTsv());
        assertTrue(split.idlePj() > 0, "clock pins cost energy with no toggling: " + split.toTsv());
    }

    @Test
    void keptHierarchyNamesEveryCellByItsModuleInstanceAndSplitsTheLogicByThem() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        DesignInput d = DesignInput.fromFile(TestFiles.path("rtl/fixed_mul8_split.v"), "fixed_mul8_split",
                UnitSpec.parse("fixed:n=8"));
        CostOptions o = CostOptions.defaults(LibertyResolver.resolve("osu018", tmp)).withSimCycles(50)
                .withMapping(Mapping.HIERARCHICAL);
        Path dir = Files.createDirectories(tmp.resolve("run"));
        CostResult r = new DesignRun(d, o, dir, Toolchain.system()).run("key", Map.of("yosys", "v"));
        assertTrue(Files.readString(dir.resolve("synth.ys")).contains("\nsynth -top approxmac_cost_wrapper\n"));
        EnergySplit split = EnergySplit.fromTsv(Files.readString(dir.resolve(EnergySplit.FILE)));
        assertEquals(r.energyPj(), split.totalPj(), 1e-6 * r.energyPj(), "the split adds up to the energy per operation");
        Map<String, Integer> modules = new java.util.TreeMap<>();
        split.parts().stream().filter(p -> p.kind() == EnergySplit.Kind.MODULE)
                .forEach(p -> modules.put(p.name(), p.count()));
        assertTrue(modules.getOrDefault("unit.u_low", 0) > 10 && modules.getOrDefault("unit.u_high", 0) > 10,
                "each multiplier instance keeps its own cells: " + modules);
        assertTrue(modules.getOrDefault("unit", 0) > 0, "the adder of the instances' products: " + modules);
        assertTrue(split.parts().stream().noneMatch(p -> p.kind() == EnergySplit.Kind.LOGIC), split.toTsv());
        assertTrue(split.parts().stream().anyMatch(p -> p.name().equals("unit.a") && p.count() == 8), split.toTsv());
    }

    @Test
    void aKeepHierarchyAttributeInTheRtlChangesNoMappingsFigures() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        Path plain = TestFiles.path("rtl/fixed_mul8_split.v");
        Path kept = tmp.resolve("fixed_mul8_split_kept.v");
        Files.writeString(kept, Files.readString(plain).replace("\nmodule nibble_product", "\n(* keep_hierarchy *)\nmodule nibble_product"));
        assertTrue(Files.readString(kept).contains("(* keep_hierarchy *)"));
        for (Mapping mapping : List.of(Mapping.FLAT, Mapping.HIERARCHICAL)) {
            CostOptions o = CostOptions.defaults(LibertyResolver.resolve("osu018", tmp)).withSimCycles(50)
                    .withMapping(mapping);
            CostResult expected = measure(plain, o, mapping + "-plain");
            CostResult actual = measure(kept, o, mapping + "-kept");
            assertEquals(expected.area(), actual.area(), mapping + ": every cell of the kept module is counted");
            assertEquals(expected.cells(), actual.cells(), mapping.toString());
            assertEquals(expected.energyPj(), actual.energyPj(), 1e-9, mapping.toString());
            assertEquals(1, Files.readString(tmp.resolve(mapping + "-kept").resolve("netlist.v")).lines()
                    .filter(l -> l.startsWith("module ")).count(), mapping + ": one flattened module");
        }
    }

    @Test
    void refusesAMappedNetlistWithASubmodule() {
        DesignRun.requireFlat("module top(a, y);\n  input a;\nendmodule\n");
        DesignRun.FlowException e = assertThrows(DesignRun.FlowException.class,
                () -> DesignRun.requireFlat("module top(a, y);\nendmodule\nmodule inner (a, y);\nendmodule\n"));
        assertTrue(e.getMessage().contains("2 modules (top, inner)"), e.getMessage());
    }

    @Test
    void stopsAtABlackBoxInsteadOfMeasuringTheDesignWithoutIt() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        Path rtl = tmp.resolve("boxed.v");
        Files.writeString(rtl, Files.readString(TestFiles.path("rtl/fixed_mul8_split.v"))
                .replace("\nmodule nibble_product", "\n(* blackbox *)\nmodule nibble_product"));
        CostOptions o = CostOptions.defaults(LibertyResolver.resolve("osu018", tmp)).withSimCycles(50);
        RuntimeException e = assertThrows(RuntimeException.class, () -> measure(rtl, o, "boxed"));
        assertTrue(Files.readString(tmp.resolve("boxed").resolve("yosys.log")).contains("is a blackbox/whitebox module"),
                e.getMessage());
    }

    private CostResult measure(Path rtl, CostOptions o, String run) throws IOException {
        DesignInput d = DesignInput.fromFile(rtl, "fixed_mul8_split", UnitSpec.parse("fixed:n=8"));
        Path dir = Files.createDirectories(tmp.resolve(run));
        return new DesignRun(d, o, dir, Toolchain.system()).run("key", Map.of("yosys", "v"));
    }
}
