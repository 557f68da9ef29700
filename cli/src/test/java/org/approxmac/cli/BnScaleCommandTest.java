package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BnScaleCommandTest {
    @Test
    void mitchW6GivesThePapersScales() throws Exception {
        var r = CliRunner.run("bn-scale", "mitchw:n=32,w=6", "--samples", "200000", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        double e = o.get("mean_rel_error").asDouble();
        assertEquals(0.941, o.get("bn_mean_scale").asDouble(), 0.0015);
        assertEquals(0.885, o.get("bn_var_scale").asDouble(), 0.0025);
        assertEquals((1 + e) * (1 + e), o.get("bn_var_scale").asDouble(), 1e-12);
        assertTrue(o.get("how_to_apply").asText().contains("running variance by (1 + e)^2"));
    }

    @Test
    void textNamesBothScalesAndHowToApplyThem() {
        var r = CliRunner.run("bn-scale", "fixed:n=8", "--samples", "1000");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("1 + e     = 1.00000"), r.out());
        assertTrue(r.out().contains("(1 + e)^2 = 1.00000"));
        assertTrue(r.out().contains("multiply that layer's stored running mean by (1 + e)"));
        assertEquals(2, CliRunner.run("bn-scale", "mitchw:n=8", "--samples", "0").status());
    }
}
