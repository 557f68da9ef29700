package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCostsTest {
    @TempDir
    Path dir;

    @Test
    void sweepWithCostsMarksTheParetoFront() throws Exception {
        Assumptions.assumeTrue(ToolGate.enabled(Tool.YOSYS, Tool.OPENSTA, Tool.IVERILOG),
                "tool tests skipped on request");
        Path plot = dir.resolve("pareto.svg");
        var r = CliRunner.run("sweep", "--kinds", "mitchw,fixed", "--n", "4", "--w", "2", "--samples", "2000",
                "--cache", dir.resolve("cache").toString(), "--jobs", "2", "--json", "--plot", plot.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode designs = new ObjectMapper().readTree(r.out()).get("designs");
        assertEquals(2, designs.size());
        for (JsonNode d : designs) {
            assertTrue(d.get("energy_pj").asDouble() > 0 && d.get("area").asDouble() > 0, d.toString());
            assertTrue(d.get("cost_failure").isNull());
        }
        JsonNode exact = designs.get(1);
        assertEquals("fixed:n=4,sign=twos", exact.get("spec").asText());
        assertTrue(exact.get("pareto_optimal").asBoolean(), "nothing beats an exact unit's MRED of 0");
        JsonNode approx = designs.get(0);
        boolean approxDominated = approx.get("energy_pj").asDouble() >= exact.get("energy_pj").asDouble();
        assertEquals(!approxDominated, approx.get("pareto_optimal").asBoolean());
        String svg = Files.readString(plot);
        assertTrue(svg.contains("Energy vs MRED (2 designs)") && svg.contains("Pareto-optimal"));
    }
}
