package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.approxmac.synth.CostResult;
import org.junit.jupiter.api.Test;

class CostTableTest {

    static CostResult result(String design, String spec, double energy) {
        return new CostResult(spec, design, "generated", "osu018", "osu018_stdcells", "ab".repeat(32), 33721,
                "osu018 units (λ²-like, not µm²)", 908, 57, Map.of(), 9.8961, 10, 7.4028, 5.5184, 1.8843, 0.000067,
                energy, 73.25, "sparse", 3, 8, 500, Map.of("yosys", "Yosys 0.23", "sta", "2.0.17",
                        "iverilog", "Icarus Verilog version 11.0 (stable) ()", "vvp", "Icarus Verilog runtime version 11.0 (stable) ()"), Map.of(), "k");
    }

    @Test
    void oneRowPerDesignThenTheConditions() {
        String t = CostTable.render(List.of(result("mitchw_n16_w6_c1_mac_acc40", "mitchw:n=16,w=6,sign=c1,mac,acc=40", 74.03),
                result("fixed:n=8,sign=twos", "fixed:n=8,sign=twos", 5),
                result("mine", "mitchw:n=16,stages=3", 5)));
        String[] lines = t.split("\n");
        assertTrue(lines[0].startsWith("design "), t);
        assertTrue(lines[1].matches("mitchw_n16_w6_c1_mac_acc40 +33721 +908 +57 +0 +9\\.896 +7\\.4028 .* +74\\.03 +73\\.25"),
                lines[1]);
        assertTrue(lines[0].matches("design +area +cells +regs +lat +delay_ns .*"), lines[0]);
        assertTrue(lines[3].matches("mine +33721 +908 +57 +3 .*"), "the spec's latency: " + lines[3]);
        assertTrue(t.contains("mitchw_n16_w6_c1_mac_acc40 = mitchw:n=16,w=6,sign=c1,mac,acc=40 (generated)"), t);
        assertTrue(!t.contains("fixed:n=8,sign=twos = "), "no alias line when the name is the spec");
        assertTrue(t.contains("area: osu018 units (λ²-like, not µm²)"), t);
        assertTrue(t.contains("sparse operands (seed 3), 500 cycles after 8 warm-up cycles"), t);
        assertTrue(t.contains("common 10.000 ns clock (100.0 MHz)"), t);
        assertTrue(t.contains("tools: Yosys 0.23; OpenSTA 2.0.17; Icarus Verilog 11.0 (stable)\n"), t);
    }

    @Test
    void jsonStatesTheFiguresPerMultiplyAccumulate() throws Exception {
        String json = org.approxmac.synth.CostResultJson.writeAll(List.of(
                result("a", "mitchw:n=16,w=6,sign=c1,rows=4,cols=2,mac,acc=40", 800),
                result("b", "bf16:subnormals=ieee,dot=16", 320), result("c", "fixed:n=8,sign=twos", 5)),
                SynthCommand::perMac);
        var designs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("designs");
        assertEquals(8, designs.get(0).get("macs").asInt());
        assertEquals(100.0, designs.get(0).get("energy_pj_per_mac").asDouble(), 1e-12);
        assertEquals(33721 / 8.0, designs.get(0).get("area_per_mac").asDouble(), 1e-9);
        assertEquals(800.0, designs.get(0).get("energy_pj").asDouble(), 0, "the cost result's own fields stay");
        assertEquals(16, designs.get(1).get("macs").asInt());
        assertEquals(20.0, designs.get(1).get("energy_pj_per_mac").asDouble(), 1e-12);
        assertEquals(1, designs.get(2).get("macs").asInt());
    }

    @Test
    void noResultsNoConditions() {
        assertEquals(1, CostTable.render(List.of()).strip().lines().count());
    }
}
