package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void benchCosimPrintsBothThroughputsAndTheirRatio() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
        var r = CliRunner.run("bench", "cosim", "mitchw:n=8,w=6", "--count", "200000", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        double limit = o.get("limit_vectors_per_second").asDouble();
        double bridge = o.get("bridge_vectors_per_second").asDouble();
        assertTrue(limit > 0 && bridge > 0);
        assertEquals(bridge / limit, o.get("ratio").asDouble(), 1e-3);
        assertTrue(o.get("bridge_passed").asBoolean());
        assertEquals(200000, o.get("vectors").asLong());
    }

    @Test
    void macSpecsAreRejected() {
        var r = CliRunner.run("bench", "cosim", "fixed:n=8,mac", "--count", "1000");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("needs a multiplier"), r.err());
    }
}
