package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.approxmac.golden.bench.GoldenWorkload;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class BenchGoldenCommandTest {

    /** The loops themselves are GoldenWorkload's (GoldenWorkloadTest); the default specs are its too. */
    @Test
    void measuresTheSharedWorkloadsDefaultSpecs() throws Exception {
        var r = CliRunner.run("bench", "golden", "--passes", "10", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(GoldenWorkload.PAIRS, o.get("pairs").asInt());
        JsonNode results = o.get("results");
        assertEquals(GoldenWorkload.DEFAULT_SPECS.size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            assertEquals(UnitSpec.parse(GoldenWorkload.DEFAULT_SPECS.get(i)).canonical(),
                    results.get(i).get("spec").asText());
        }
    }

    @Test
    void printsOneRatioPerSpec() throws Exception {
        var r = CliRunner.run("bench", "golden", "mitchw:n=8,w=4", "drum:n=8,k=4", "--passes", "10", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(2, o.get("results").size());
        for (JsonNode t : o.get("results")) {
            double ratio = t.get("ratio").asDouble();
            assertEquals(t.get("golden_ns_per_op").asDouble() / t.get("exact_ns_per_op").asDouble(), ratio, 1e-9);
            assertTrue(ratio > 0);
        }
    }

    @Test
    void badInput() {
        assertEquals(2, CliRunner.run("bench", "golden", "--passes", "1").status());
        var r = CliRunner.run("bench", "golden", "fixed:n=40");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("n <= 32"), r.err());
    }
}
