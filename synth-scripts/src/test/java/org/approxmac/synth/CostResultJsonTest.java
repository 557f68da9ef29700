package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostResultJsonTest {

    static CostResult sample(String key) {
        return new CostResult("fixed:n=8,sign=twos", "fixed_mul8", "fixed_mul8.v", "osu018", "osu018_stdcells",
                "ab".repeat(32), 16149, "osu018 units", 405, 32, Map.of("XOR2X1", 45, "AND2X1", 21), 3.49, 10, 3.71,
                2.5, 1.2, 3.5e-5, 37.1, 12.9, "uniform", 1, 8, 1000,
                Map.of("yosys", "Yosys 0.23", "sta", "2.0.17"), Map.of("synthesis", 1.5), key);
    }

    @Test
    void roundTripsAndIsStable() {
        CostResult r = sample("k1");
        String json = CostResultJson.write(r);
        assertEquals(r, CostResultJson.read(json));
        assertEquals(json, CostResultJson.write(CostResultJson.read(json)));
        assertTrue(json.indexOf("\"AND2X1\"") < json.indexOf("\"XOR2X1\""), "map entries sorted");
        assertTrue(json.indexOf("\"area\"") < json.indexOf("\"cells\""), "fields sorted");
        for (String key : new String[] {"spec", "area", "area_unit", "cells", "delay_ns", "power_mw", "energy_pj",
            "pdp_pj"}) {
            assertTrue(json.contains("\"" + key + "\" : "), key + " in " + json);
        }
    }

    @Test
    void oneObjectWithADesignsArrayHoldingOneObjectPerResult() {
        String json = CostResultJson.writeAll(List.of(sample("a"), sample("b")));
        assertTrue(json.strip().startsWith("{\n  \"designs\" : [ {"), json);
        assertTrue(json.strip().endsWith("} ]\n}"), json);
        assertEquals(2, json.split("\"cache_key\"").length - 1);
    }

    @Test
    void rejectsForeignJson() {
        assertThrows(IllegalArgumentException.class, () -> CostResultJson.read("{\"area\": \"big\"}"));
    }
}
