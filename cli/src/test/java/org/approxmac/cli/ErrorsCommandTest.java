package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ErrorsCommandTest {

    @Test
    void jsonHasTheDocumentedKeysAndPaperFigures() throws Exception {
        var r = CliRunner.run("errors", "mitchw:n=32,w=6", "--samples", "200000", "--seed", "1", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        for (String k : new String[] {"spec", "samples", "mean_rel_error", "var_rel_error", "min_rel_error",
            "max_rel_error", "mred", "wcre", "mae", "wce", "ep", "nmed", "bn_mean_scale", "bn_var_scale"}) {
            assertTrue(o.has(k), k);
        }
        assertEquals("mitchw:n=32,w=6,sign=c1", o.get("spec").asText());
        assertEquals(200000, o.get("samples").asLong());
        double e = o.get("mean_rel_error").asDouble();
        assertEquals(-0.059, e, 0.001);
        assertEquals(1 + e, o.get("bn_mean_scale").asDouble(), 1e-12);
        assertEquals((1 + e) * (1 + e), o.get("bn_var_scale").asDouble(), 1e-12);
    }

    @Test
    void textReportAndExhaustive() {
        var r = CliRunner.run("errors", "drum:n=8,k=4", "--exhaustive");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("exhaustive"));
        assertTrue(r.out().contains("(65536 vectors"));
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        var r = CliRunner.run("errors", "mitchw:n=16", "--exhaustive");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("approxmac: --exhaustive needs an integer kind with n <= 12"));
        var s = CliRunner.run("errors", "mitchw:n=16", "--samples", "0");
        assertEquals(2, s.status());
        assertEquals("approxmac: --samples 0 is out of range (accepted: 1..10000000000)\n", s.err());
        var t = CliRunner.run("errors", "mitchw:n=16", "--samples", "x");
        assertEquals(2, t.status());
        var u = CliRunner.run("errors", "mitchw:n=16", "--samples", "5", "--exhaustive");
        assertEquals(2, u.status());
    }
}
