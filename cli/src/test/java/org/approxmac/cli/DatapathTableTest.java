package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.SpecParser;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostResult;
import org.junit.jupiter.api.Test;

/** The per-MAC arithmetic and formatting of approxmac datapaths, from made-up costs (no synthesis). */
class DatapathTableTest {
    private static final DatapathShape SHAPE = new DatapathShape(16, 4, 4);

    /** A cost with the given energy per cycle, area and delay; everything else as CostTableTest's. */
    static CostResult cost(String spec, double energyPj, double area, double delayNs) {
        CostResult r = CostTableTest.result(UnitSpec.parse(spec).identifier(), UnitSpec.parse(spec).canonical(),
                energyPj);
        return new CostResult(r.spec(), r.design(), r.source(), r.liberty(), r.libraryName(), r.libertySha256(), area,
                r.areaUnit(), r.cells(), r.registers(), r.cellTypes(), delayNs, r.clockNs(), r.powerMw(),
                r.internalMw(), r.switchingMw(), r.leakageMw(), energyPj, r.pdpPj(), "uniform", 1, 8, 1000,
                r.toolVersions(), r.stageSeconds(), r.cacheKey());
    }

    private static void put(Map<String, CostResult> costs, String spec, double energyPj, double area, double delay) {
        costs.put(UnitSpec.parse(spec).canonical(), cost(spec, energyPj, area, delay));
    }

    /** bf16 with its dot product and arrays refused, as the parser did before floating dot products. */
    private static final Function<String, UnitSpec> OLD_PARSER = text -> {
        if (text.startsWith("bf16") && (text.contains("dot=") || text.contains("rows="))) {
            throw new SpecException("bf16: unknown key '" + (text.contains("dot=") ? "dot" : "rows")
                    + "' (accepted keys: subnormals, stages, mac)");
        }
        return SpecParser.parse(text);
    };

    private static DatapathTable table() {
        DatapathPlan plan = DatapathPlan.of(KindSpecs.parse("--kinds", "mitchw:n=16,w=6,fixed:n=16,bf16"), SHAPE,
                OLD_PARSER);
        Map<String, CostResult> costs = new HashMap<>();
        put(costs, "mitchw:n=16,w=6,mac", 70.72, 31576, 9.393);
        put(costs, "mitchw:n=16,w=6,dot=16,mac", 922.48, 372771, 11.457);
        put(costs, "mitchw:n=16,w=6,mac,rows=4,cols=4", 1204.00, 383484, 27.462);
        put(costs, "mitchw:n=16,w=6,mac,rows=4,cols=4,share=none", 1272.00, 385184, 27.932);
        put(costs, "fixed:n=16,mac", 136.12, 53582, 7.284);
        // fixed's 16-lane MAC failed; its array
        put(costs, "fixed:n=16,mac,rows=4,cols=4", 3341.12, 807163, 23.079);
        put(costs, "bf16,mac", 188.60, 103886, 27.07);
        Map<String, String> failures = Map.of(UnitSpec.parse("fixed:n=16,dot=16,mac").canonical(),
                "fixed_n16_twos_dot16_mac_acc44 (fixed:n=16,sign=twos,dot=16,mac,acc=44): yosys failed\nline two");
        return new DatapathTable(plan, costs, failures, "osu018", false);
    }

    private static DatapathTable.Row row(DatapathTable t, String spec) {
        return t.rows().stream().filter(r -> r.design().specName().equals(spec)).findFirst().orElseThrow();
    }

    private static void assertClose(double expected, OptionalDouble actual) {
        assertTrue(actual.isPresent(), "no value, expected " + expected);
        assertEquals(expected, actual.getAsDouble(), 1e-12);
    }

    @Test
    void perMacFiguresAndTheirComparisons() {
        DatapathTable t = table();
        assertEquals(10, t.rows().size(), "4 + 3 + 3 rows: fixed and bf16 have one array");
        DatapathTable.Row dot = row(t, "mitchw:n=16,w=6,sign=c1,dot=16,mac,acc=44");
        assertClose(922.48 / 16, dot.energyPerMac());
        assertClose(372771.0 / 16, dot.areaPerMac());
        assertClose(922.48 / 16 / 70.72 - 1, dot.vsSingle());
        assertFalse(dot.vsFixed().isPresent(), "fixed's dot product failed: nothing to compare with");

        DatapathTable.Row shared = row(t, "mitchw:n=16,w=6,sign=c1,rows=4,cols=4,mac,acc=40");
        assertClose(1 - 1204.00 / 1272.00, shared.sharingSaves());
        assertClose(1204.00 / 3341.12 - 1, shared.vsFixed()); // against fixed's only array
        assertClose(1204.00 / 16 / 70.72 - 1, shared.vsSingle());
        DatapathTable.Row unshared = row(t, "mitchw:n=16,w=6,sign=c1,rows=4,cols=4,share=none,mac,acc=40");
        assertFalse(unshared.sharingSaves().isPresent());
        assertClose(1272.00 / 3341.12 - 1, unshared.vsFixed());

        DatapathTable.Row single = row(t, "mitchw:n=16,w=6,sign=c1,mac,acc=40");
        assertFalse(single.vsSingle().isPresent());
        assertClose(70.72 / 136.12 - 1, single.vsFixed());
        assertClose(188.60 / 136.12 - 1, row(t, "bf16:subnormals=ieee,mac").vsFixed());
        assertFalse(row(t, "fixed:n=16,sign=twos,mac,acc=40").vsFixed().isPresent(), "fixed is the reference");
        assertEquals(List.of("fixed:n=16,sign=twos,dot=16,mac,acc=44: fixed_n16_twos_dot16_mac_acc44"
                + " (fixed:n=16,sign=twos,dot=16,mac,acc=44): yosys failed\nline two"), t.failures());
    }

    @Test
    void textTableWithNotAvailableAndFailedDesigns() {
        String text = table().text();
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("Energy per multiply-accumulate (MAC) in each datapath: single MAC, 16-lane"
                + " dot-product MAC, 4 x 4 arrays of MACs"), text);
        assertTrue(lines.get(2).matches("kind +datapath +MACs +pJ/MAC +vs single +vs fixed +sharing saves +area/MAC"
                + " +delay ns"), lines.get(2));
        assertTrue(lines.get(3).matches("mitchw:n=16,w=6,sign=c1 +single MAC +1 +70\\.72 +- +-48\\.0 % +- +31576"
                + " +9\\.393"), lines.get(3));
        assertTrue(lines.get(4).matches(" +16-lane dot-product MAC +16 +57\\.66 +-18\\.5 % +- +- +23298 +11\\.457"),
                lines.get(4));
        assertTrue(lines.get(5).matches(" +4 x 4 array, shared conversion +16 +75\\.25 +\\+6\\.4 % +-64\\.0 % +5\\.3 %"
                + " +23968 +27\\.462"), lines.get(5));
        assertTrue(lines.get(6).matches(" +4 x 4 array, unshared +16 +79\\.50 +\\+12\\.4 % +-61\\.9 % +- +24074"
                + " +27\\.932"), lines.get(6));
        assertTrue(lines.get(8).matches(" +16-lane dot-product MAC +16 failed: fixed_n16_twos_dot16_mac_acc44"
                + " \\(fixed:n=16,sign=twos,dot=16,mac,acc=44\\): yosys failed"), "first line only: " + lines.get(8));
        assertTrue(lines.get(9).matches(" +4 x 4 array \\(nothing to share\\) +16 +208\\.82 +\\+53\\.4 % +- +- .*"),
                lines.get(9));
        assertTrue(lines.get(10).matches("bf16:subnormals=ieee +single MAC +1 +188\\.60 +- +\\+38\\.6 % .*"),
                lines.get(10));
        assertTrue(lines.get(11).matches(" +16-lane dot-product MAC +16 n/a \\(bf16: unknown key 'dot' \\(accepted"
                + " keys: subnormals, stages, mac\\)\\)"), lines.get(11));
        assertTrue(lines.get(12).matches(" +4 x 4 array \\(nothing to share\\) +16 n/a \\(bf16: unknown key 'rows'.*"),
                lines.get(12));
        assertTrue(text.contains("vs fixed: against fixed:n=16,sign=twos (same N) in the same datapath"), text);
        assertTrue(text.contains("  bf16:subnormals=ieee, 16-lane dot-product MAC: bf16:subnormals=ieee,dot=16,mac\n"),
                text);
        assertTrue(text.contains("  mitchw:n=16,w=6,sign=c1, single MAC: mitchw:n=16,w=6,sign=c1,mac,acc=40"
                + " (mitchw_n16_w6_c1_mac_acc40)\n"), text);
        assertTrue(text.contains("\nliberty: osu018_stdcells (osu018, sha256 abababababababab)\n"), text);
        assertTrue(text.contains("\nmapping: ABC without fanout buffering"), text);
        assertTrue(text.contains("\ntools: Yosys 0.23; OpenSTA 2.0.17; Icarus Verilog 11.0 (stable)\n"), text);
        assertTrue(text.contains("uniform operands (seed 1), 1000 cycles after 8 warm-up cycles"), text);
        assertEquals(text, table().text(), "deterministic");
    }

    @Test
    void markdownAndJson() {
        DatapathTable t = table();
        String md = t.markdown();
        assertTrue(md.contains("| `mitchw:n=16,w=6,sign=c1` | single MAC | 1 | 70.72 | - | -48.0 % | - | 31576 | 9.393"
                + " | 70.72 | `mitchw:n=16,w=6,sign=c1,mac,acc=40` |\n"), md);
        assertTrue(md.contains("|  | 4 x 4 array, shared conversion | 16 | 75.25 | +6.4 % | -64.0 % | 5.3 % | 23968"
                + " | 27.462 | 1204.00 | `mitchw:n=16,w=6,sign=c1,rows=4,cols=4,mac,acc=40` |\n"), md);
        assertTrue(md.contains("|  | 16-lane dot-product MAC | 16 | n/a (bf16: unknown key 'dot' (accepted keys:"
                + " subnormals, stages, mac)) | - | - | - | - | - | - | `bf16:subnormals=ieee,dot=16,mac` |\n"), md);
        assertTrue(md.contains("\nliberty: osu018_stdcells (osu018, sha256 abababababababab)  \n"), md);

        List<Map<String, Object>> kinds = t.kindsJson();
        assertEquals(3, kinds.size());
        assertEquals("fixed:n=16,sign=twos", kinds.get(0).get("reference"));
        assertEquals(true, kinds.get(0).get("shares_operands"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mitchw = (List<Map<String, Object>>) kinds.get(0).get("datapaths");
        Map<String, Object> shared = mitchw.get(2);
        assertEquals("array_shared", shared.get("datapath"));
        assertEquals("costed", shared.get("status"));
        assertEquals(16, shared.get("macs"));
        assertEquals(1204.00 / 16, (Double) shared.get("energy_pj_per_mac"), 1e-12);
        assertEquals(1 - 1204.00 / 1272.00, (Double) shared.get("sharing_saves"), 1e-12);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bf16 = (List<Map<String, Object>>) kinds.get(2).get("datapaths");
        assertEquals("unavailable", bf16.get(1).get("status"));
        assertEquals("bf16: unknown key 'dot' (accepted keys: subnormals, stages, mac)", bf16.get(1).get("reason"));
        assertEquals(null, kinds.get(1).get("reference"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fixed = (List<Map<String, Object>>) kinds.get(1).get("datapaths");
        assertEquals("failed", fixed.get(1).get("status"));
        assertEquals("osu018_stdcells", t.conditionsJson().get("library_name"));
        assertEquals(false, t.conditionsJson().get("buffered"));
    }

    @Test
    void noCostsAtAllStillATable() {
        DatapathPlan plan = DatapathPlan.of(KindSpecs.parse("--kinds", "drum:n=8,k=4"), new DatapathShape(2, 2, 1));
        DatapathTable t = new DatapathTable(plan, Map.of(), Map.of(), "my.lib", true);
        String text = t.text();
        assertTrue(text.contains("failed: no result"), text);
        assertTrue(text.contains("liberty: my.lib (no design was costed)"), text);
        assertEquals(4, t.failures().size());
    }
}
