package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approxmac.analysis.sweep.SweepTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path dir;

    @Test
    void errorOnlySweepWritesJsonCsvAndPlot() throws Exception {
        Path csv = dir.resolve("s.csv");
        Path plot = dir.resolve("s.svg");
        var r = CliRunner.run("sweep", "--kinds", "mitchw,drum,fixed", "--n", "8", "--w", "2..4", "--k", "3,4",
                "--samples", "5000", "--no-cost", "--json", "--csv", csv.toString(), "--plot", plot.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode designs = new ObjectMapper().readTree(r.out()).get("designs");
        assertEquals(6, designs.size());
        assertEquals("mitchw:n=8,w=2,sign=c1", designs.get(0).get("spec").asText());
        assertTrue(designs.get(0).get("mred").asDouble() > designs.get(2).get("mred").asDouble());
        assertEquals(0.0, designs.get(5).get("mred").asDouble());
        assertTrue(designs.get(0).get("energy_pj").isNull());
        var lines = Files.readAllLines(csv);
        assertEquals(SweepTable.HEADER, lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(Files.readString(plot).contains("no synthesis cost"));
        // the same sweep again may replace its own CSV
        assertEquals(0, CliRunner.run("sweep", "--kinds", "fixed", "--n", "8", "--samples", "100", "--no-cost",
                "--csv", csv.toString()).status());
        assertEquals(2, Files.readAllLines(csv).size());
    }

    @Test
    void badInputExitsTwo() throws Exception {
        var kinds = CliRunner.run("sweep", "--kinds", "mitchw,booth", "--no-cost");
        assertEquals(2, kinds.status());
        assertTrue(kinds.err().contains("unknown kind 'booth'"), kinds.err());
        var range = CliRunner.run("sweep", "--n", "8", "--w", "0..3", "--no-cost");
        assertEquals(2, range.status());
        assertTrue(range.err().startsWith("approxmac: --w 0..3 is out of range"), range.err());
        assertEquals(2, CliRunner.run("sweep", "--kinds", "mitchw", "--n", "4", "--w", "7", "--no-cost").status());
        Path foreign = dir.resolve("data.csv");
        Files.writeString(foreign, "a,b\n1,2\n");
        var f = CliRunner.run("sweep", "--kinds", "fixed", "--n", "8", "--no-cost", "--csv", foreign.toString());
        assertEquals(2, f.status());
        assertEquals("a,b\n1,2\n", Files.readString(foreign));
        assertEquals(2, CliRunner.run("sweep", "--no-cost", "--csv", dir.resolve("x.txt").toString()).status());
        var set = CliRunner.run("sweep", "--kinds", "drum", "--n", "8", "--set", "iter=1", "--no-cost");
        assertEquals(2, set.status());
        assertEquals("approxmac: --set iter: none of the swept kinds has a parameter 'iter'\n", set.err());
        var word = CliRunner.run("sweep", "--kinds", "trunc", "--n", "8", "--set", "corr=mean", "--no-cost");
        assertEquals(2, word.status());
        assertTrue(word.err().startsWith("approxmac: --set corr=mean: not a value of trunc's corr"), word.err());
        var booth = CliRunner.run("sweep", "--kinds", "fixed", "--n", "8", "--no-cost", "--yosys-booth");
        assertEquals(2, booth.status());
        assertEquals("approxmac: --yosys-booth chooses how the designs are synthesised: it cannot go with --no-cost\n",
                booth.err());
        var bits = CliRunner.run("sweep", "--kinds", "trunc,bf16", "--n", "8", "--magnitude-bits", "4", "--no-cost");
        assertEquals(2, bits.status());
        assertEquals(2, CliRunner.run("sweep", "--kinds", "trunc", "--n", "8", "--magnitude-bits", "9",
                "--no-cost").status());
    }

    @Test
    void setSweepsAnyParameterAndMagnitudeBitsTheOperands() throws Exception {
        var r = CliRunner.run("sweep", "--kinds", "trunc,ilm", "--n", "8", "--w", "4", "--set", "t=6..8",
                "--set", "iter=0,1", "--samples", "5000", "--no-cost", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode designs = new ObjectMapper().readTree(r.out()).get("designs");
        assertEquals(5, designs.size());
        assertEquals("trunc:n=8,t=6,corr=variable,sign=sm", designs.get(0).get("spec").asText());
        assertEquals("ilm:n=8,w=4,iter=1,sign=c1", designs.get(4).get("spec").asText());
        assertTrue(designs.get(0).get("mred").asDouble() < designs.get(2).get("mred").asDouble(),
                "more columns left out, more error");
        var small = new ObjectMapper().readTree(CliRunner.run("sweep", "--kinds", "trunc", "--n", "8", "--set", "t=8",
                "--magnitude-bits", "3", "--samples", "5000", "--no-cost", "--json").out()).get("designs");
        assertEquals(1.0, small.get(0).get("mred").asDouble(), 1e-12, "products below 2^6 are dropped whole");
    }
}
