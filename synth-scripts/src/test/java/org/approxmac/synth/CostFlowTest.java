package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostFlowTest {

    private static final Map<String, String> VERSIONS = Map.of("yosys", "Yosys 0.23", "sta", "2.0.17");

    @TempDir
    Path tmp;

    private static Liberty fakeLiberty(String sha) {
        return new Liberty("x.lib", "x", Path.of("/x.lib"), sha, "µm²",
                new LibertyCells.CellPins("BUF", "A", "Z"), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Set.of());
    }

    @Test
    void cachedResultsCountTheirRegistersAgainWithTodaysLibertyReader() {
        CostResult stale = CostResultJsonTest.sample("k"); // 32 register bits recorded, cells XOR2X1 and AND2X1
        Liberty lib = new Liberty("x.lib", "x", Path.of("/x.lib"), "aa", "µm²", new LibertyCells.CellPins("BUF", "A", "Z"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Set.of("AND2X1"));
        CostResult recounted = CostFlow.recountRegisters(stale, lib);
        assertEquals(21, recounted.registers(), "the AND2X1 cells, taken as this library's flip-flops");
        assertEquals(stale.energyPj(), recounted.energyPj());
        assertEquals(stale.cacheKey(), recounted.cacheKey());
        assertTrue(CostFlow.recountRegisters(recounted, lib) == recounted, "nothing to change: the same result");
    }

    @Test
    void cacheKeyCoversRtlLibertyOperandsAndSimulationLength() {
        DesignInput d = DesignInput.fromFile(TestFiles.path("rtl/fixed_mac8.v"), "fixed_mac8",
                UnitSpec.parse("fixed:n=8,mac"));
        CostOptions o = CostOptions.defaults(fakeLiberty("aa"));
        String k = CostFlow.cacheKey(d, o, VERSIONS);
        assertEquals(k, CostFlow.cacheKey(d, o.withJobs(7).withCacheDir(tmp), VERSIONS), "jobs and cache dir do not matter");
        DesignInput edited = new DesignInput(d.name(), d.like(), d.top(), d.verilog() + "\n// edit\n", d.source());
        assertNotEquals(k, CostFlow.cacheKey(edited, o, VERSIONS));
        DesignInput overridden = new DesignInput(d.name(), d.like(), d.top(), d.verilog(), d.source(), Map.of("N", "8"));
        assertNotEquals(k, CostFlow.cacheKey(overridden, o, VERSIONS));
        assertNotEquals(k, CostFlow.cacheKey(d, CostOptions.defaults(fakeLiberty("bb")), VERSIONS));
        assertNotEquals(k, CostFlow.cacheKey(d, o.withOperands(OperandDistribution.SPARSE), VERSIONS));
        assertNotEquals(k, CostFlow.cacheKey(d, o.withSimCycles(500), VERSIONS));
        assertNotEquals(k, CostFlow.cacheKey(d, o, Map.of("yosys", "Yosys 0.55", "sta", "2.0.17")));
        String buffered = CostFlow.cacheKey(d, o.withMapping(Mapping.BUFFERED), VERSIONS);
        String hierarchical = CostFlow.cacheKey(d, o.withMapping(Mapping.HIERARCHICAL), VERSIONS);
        assertNotEquals(k, buffered, "each mapping is cached apart");
        assertNotEquals(k, hierarchical);
        assertNotEquals(buffered, hierarchical);
        String booth = CostFlow.cacheKey(d, o.withYosysBooth(true), VERSIONS);
        assertNotEquals(k, booth, "Yosys' Booth multiplier is cached apart");
        assertNotEquals(hierarchical, CostFlow.cacheKey(d, o.withMapping(Mapping.HIERARCHICAL).withYosysBooth(true),
                VERSIONS));
        assertEquals(k, CostFlow.cacheKey(d, o.withYosysBooth(true).withYosysBooth(false), VERSIONS));
    }

    @Test
    void realRunCostsAnEightBitMacCachesItAndIsolatesAFailingDesign() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new org.approxmac.toolchain.Tool[0])));
        UnitSpec mac8 = UnitSpec.parse("fixed:n=8,mac");
        DesignInput good = DesignInput.fromFile(TestFiles.path("rtl/fixed_mac8.v"), "fixed_mac8", mac8);
        DesignInput broken = new DesignInput("broken", mac8, "broken",
                "module broken(input clk; endmodule\n", "broken.v");
        Path cache = tmp.resolve("cache");
        CostOptions o = CostOptions.defaults(LibertyResolver.resolve("osu018", cache))
                .withCacheDir(cache).withJobs(2).withSimCycles(200);
        List<String> progress = new ArrayList<>();
        List<CostOutcome> first = CostFlow.measure(List.of(good, broken), o, Toolchain.system(),
                line -> { synchronized (progress) { progress.add(line); } });

        CostOutcome fail = first.get(1);
        assertFalse(fail.ok());
        String msg = fail.failure().orElseThrow();
        assertTrue(msg.startsWith("broken (fixed:n=8"), msg);
        assertTrue(msg.contains("yosys failed") && msg.contains("ERROR"), msg);
        assertTrue(progress.contains("broken: FAILED"), progress.toString());

        CostOutcome ok = first.get(0);
        assertTrue(ok.ok(), ok.failure().orElse(""));
        assertFalse(ok.fromCache());
        CostResult r = ok.result().orElseThrow();
        assertEquals("fixed:n=8,sign=twos,mac,acc=24", r.spec());
        assertEquals(8 + 8 + 24, r.cellTypes().get("DFFPOSX1"), "operand registers and accumulator");
        assertTrue(r.area() > 1000 && r.cells() > 100, r.toString());
        assertTrue(r.delayNs() > 1 && r.delayNs() < 20, "delay " + r.delayNs());
        assertEquals(r.powerMw(), r.internalMw() + r.switchingMw() + r.leakageMw(), 1e-9);
        assertEquals(r.powerMw() * r.delayNs(), r.pdpPj(), 1e-9, "PDP = power at the common clock x delay");
        double dynamicPj = (r.internalMw() + r.switchingMw()) * r.clockNs();
        assertEquals(dynamicPj + r.leakageMw() * r.delayNs(), r.energyPj(), 1e-9, "energy per cycle at own clock");
        assertTrue(r.energyPj() > 1 && r.energyPj() < 200, "energy " + r.energyPj());

        try (Stream<Path> entries = Files.list(cache.resolve("cost"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of(r.cacheKey()), names, "one entry, for the design that succeeded; no run directories");
        }
        Path entry = cache.resolve("cost").resolve(r.cacheKey());
        assertTrue(Files.isRegularFile(entry.resolve("netlist.v")));
        assertFalse(Files.exists(entry.resolve("activity.vcd")));

        List<String> again = new ArrayList<>();
        List<CostOutcome> second = CostFlow.measure(List.of(good, good), o, Toolchain.system(), again::add);
        assertEquals(List.of("fixed_mac8: cached"), again, "a design given twice is looked up once");
        assertTrue(second.get(0).fromCache() && second.get(1).fromCache());
        assertEquals(r, second.get(0).result().orElseThrow());
        assertEquals(r, second.get(1).result().orElseThrow());
    }

    @Test
    void timeoutFailsTheDesignWithoutCacheEntry() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new org.approxmac.toolchain.Tool[0])));
        DesignInput d = DesignInput.fromFile(TestFiles.path("rtl/fixed_mul8.v"), "fixed_mul8", UnitSpec.parse("fixed:n=8"));
        Path cache = tmp.resolve("cache");
        CostOptions o = CostOptions.defaults(LibertyResolver.resolve("osu018", cache)).withCacheDir(cache)
                .withToolTimeout(java.time.Duration.ofMillis(1));
        // the version probes are bounded by the same limit: ask them first, with time to answer (they are kept)
        CostFlow.toolVersions(org.approxmac.toolchain.Toolchain.system());
        CostOutcome out = CostFlow.measure(List.of(d), o).get(0);
        String msg = out.failure().orElseThrow();
        assertTrue(msg.startsWith("fixed_mul8 (fixed:n=8,sign=twos): yosys did not finish within the time limit"), msg);
        try (Stream<Path> entries = Files.list(cache.resolve("cost"))) {
            assertEquals(0, entries.count());
        }
    }
}
