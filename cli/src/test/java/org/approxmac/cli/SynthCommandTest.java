package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approxmac.synth.CostFlow;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    @TempDir
    Path tmp;

    private static String fixture() {
        try {
            return Path.of(SynthCommandTest.class.getResource("fixed_mul8.v").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void costsOwnVerilogAsJsonThenAsTableFromTheCache() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        String cache = tmp.resolve("cache").toString();
        var r = CliRunner.run("synth", "fixed:n=8", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8",
                "--cycles", "100", "--cache", cache, "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out()).get("designs");
        assertEquals(2, all.size());
        JsonNode generated = all.get(0);
        assertEquals("fixed_n8_twos", generated.get("design").asText());
        assertEquals("generated; " + org.approxmac.hdl.Rtl.architecture(org.approxmac.spec.UnitSpec.parse("fixed:n=8")),
                generated.get("source").asText());
        assertEquals(32, generated.get("cell_types").get("DFFPOSX1").asInt());
        JsonNode d = all.get(1);
        assertEquals("fixed:n=8,sign=twos", d.get("spec").asText());
        assertEquals("fixed_mul8", d.get("design").asText());
        assertTrue(d.get("area_unit").asText().contains("osu018"));
        assertEquals(8 + 8 + 16, d.get("cell_types").get("DFFPOSX1").asInt(), "operand and product registers");
        for (String key : new String[] {"area", "cells", "delay_ns", "power_mw", "energy_pj", "pdp_pj"}) {
            assertTrue(d.get(key).asDouble() > 0, key + " = " + d.get(key));
        }
        assertEquals("uniform", d.get("operands").asText());
        assertEquals(100, d.get("sim_cycles").asInt());

        var again = CliRunner.run("synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8",
                "--cycles", "100", "--cache", cache);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("fixed_mul8: cached"), again.err());
        assertTrue(again.out().startsWith("design "), again.out());
        assertTrue(again.out().contains("fixed_mul8 = fixed:n=8,sign=twos (fixed_mul8.v)"), again.out());
        assertTrue(again.out().contains("liberty: osu018_stdcells"), again.out());
        assertTrue(again.out().contains(String.format(java.util.Locale.ROOT, "%.3f", d.get("delay_ns").asDouble())),
                again.out());

        var split = CliRunner.run("synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8",
                "--cycles", "100", "--cache", cache, "--energy-split");
        assertEquals(0, split.status(), split.err());
        assertTrue(split.out().contains("energy split of fixed_mul8 (pJ per operation;"), split.out());
        assertTrue(split.out().matches("(?s).*\\n +register unit\\.a +8 bits .*"), "the operand register a: " + split.out());
        String total = String.format(java.util.Locale.ROOT, "%.2f", d.get("energy_pj").asDouble());
        assertTrue(split.out().matches("(?s).*\\n +total +" + java.util.regex.Pattern.quote(total) + " +100\\.0 % .*"),
                "the parts add up to energy_pj " + total + ": " + split.out());

        var splitJson = CliRunner.run("synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8",
                "--cycles", "100", "--cache", cache, "--energy-split", "--json");
        assertEquals(0, splitJson.status(), splitJson.err());
        JsonNode parts = new ObjectMapper().readTree(splitJson.out()).get("designs").get(0).get("energy_split");
        double sum = 0;
        int bits = 0;
        for (JsonNode p : parts) {
            sum += p.get("energy_pj").asDouble();
            bits += p.get("kind").asText().equals("register") ? p.get("count").asInt() : 0;
        }
        assertEquals(d.get("energy_pj").asDouble(), sum, 1e-6 * sum);
        assertEquals(8 + 8 + 16, bits, "operand and product register bits");
    }

    @Test
    void keptHierarchySplitsAGeneratedMacPerModuleInstanceAndIsCachedApart() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        String cache = tmp.resolve("cache").toString();
        String spec = "drum:n=8,k=4,sign=unsigned,mac";
        var flat = CliRunner.run("synth", spec, "--cycles", "100", "--cache", cache, "--json");
        assertEquals(0, flat.status(), flat.err());
        var r = CliRunner.run("synth", spec, "--cycles", "100", "--cache", cache, "--keep-hierarchy", "--energy-split");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains(": cached"), "another mapping is measured anew: " + r.err());
        assertTrue(r.out().contains("\nmapping: ABC on every module on its own, then flattened (--keep-hierarchy)"),
                r.out());
        assertTrue(r.out().contains("(pJ per operation; registers by name, logic by module instance;"), r.out());
        // the MAC itself (its adder), the multiplier's DRUM core, the core's segment multiplier (its tree of radix-4
        // rows, and the tree's final adder) and final shifter
        for (String module : new String[] {"unit", "unit.u_mul.u_core", "unit.u_mul.u_core.u_segment_mul.u_tree",
            "unit.u_mul.u_core.u_segment_mul.u_tree.u_final_adder", "unit.u_mul.u_core.u_final_shr"}) {
            assertTrue(r.out().matches("(?s).*\\n +module " + java.util.regex.Pattern.quote(module) + " +\\d+ cells? .*"),
                    module + ":\n" + r.out());
        }
        var json = CliRunner.run("synth", spec, "--cycles", "100", "--cache", cache, "--keep-hierarchy",
                "--energy-split", "--json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.err().contains(": cached"), json.err());
        JsonNode d = new ObjectMapper().readTree(json.out()).get("designs").get(0);
        double sum = 0;
        for (JsonNode p : d.get("energy_split")) {
            sum += p.get("energy_pj").asDouble();
        }
        assertEquals(d.get("energy_pj").asDouble(), sum, 1e-6 * sum, "the parts add up to this mapping's energy");
        assertEquals(org.approxmac.synth.Mapping.HIERARCHICAL.description(), d.path("mapping").asText(),
                "the design says how it was mapped");
        JsonNode flatDesign = new ObjectMapper().readTree(flat.out()).get("designs").get(0);
        assertFalse(flatDesign.has("mapping"), "the documented mapping goes without saying");
        double flatEnergy = flatDesign.get("energy_pj").asDouble();
        assertTrue(Math.abs(flatEnergy - d.get("energy_pj").asDouble()) < 0.5 * flatEnergy,
                "the same design, mapped another way: " + flatEnergy + " against " + d.get("energy_pj"));
    }

    @Test
    void failingDesignExitsThreeNamingItAndItsTool() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        Path bad = tmp.resolve("bad.v");
        Files.writeString(bad, "module bad(input [7:0] a, input [7:0] b, output [15:0] z);\n  assign z = a * ;\nendmodule\n");
        var r = CliRunner.run("synth", "--rtl", bad.toString(), "--top", "bad", "--like", "fixed:n=8",
                "--cache", tmp.resolve("cache").toString());
        assertEquals(3, r.status(), r.err());
        assertTrue(r.err().contains("bad (fixed:n=8,sign=twos): yosys failed"), r.err());
        assertTrue(r.err().contains("syntax error"), r.err());
        assertTrue(r.err().contains(bad + ":2"), "Yosys names the user's file: " + r.err());
        assertFalse(Files.exists(tmp.resolve("cache").resolve("cost").resolve("result.json")));
    }

    @Test
    void badInputsAreOneLineExitTwo() {
        String cache = tmp.resolve("cache").toString();
        String[][] cases = {
            {"synth", "--cache", cache},
            {"synth", "--rtl", fixture(), "--like", "fixed:n=8", "--cache", cache},
            {"synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8", "--cycles", "5", "--cache", cache},
            {"synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8", "--jobs", "0", "--cache", cache},
            {"synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8", "--operands", "gauss", "--cache", cache},
            {"synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8", "--liberty", "/no/such.lib", "--cache", cache},
            {"synth", "--rtl", tmp.resolve("none.v").toString(), "--top", "m", "--like", "fixed:n=8", "--cache", cache},
            {"synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=99", "--cache", cache},
            {"synth", "--rtl", fixture(), "--top", "fixed_mul8", "--like", "fixed:n=8", "--timeout", "0", "--cache", cache},
            {"synth", "fixed:n=8", "--buffer", "--keep-hierarchy", "--cache", cache},
        };
        String[] expected = {"nothing to cost", "go together", "--cycles must be 10..1000000", "--jobs must be 1..64",
            "uniform, sparse", "/no/such.lib", "none.v", "n", "--timeout must be 1..86400",
            "--buffer and --keep-hierarchy choose two different mappings"};
        for (int i = 0; i < cases.length; i++) {
            var r = CliRunner.run(cases[i]);
            assertEquals(2, r.status(), String.join(" ", cases[i]) + "\n" + r.err());
            assertTrue(r.err().contains(expected[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(tmp.resolve("cache").resolve("cost")), "bad input runs nothing");
    }
}
