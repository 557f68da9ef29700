package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.synth.CostResult;
import org.approxmac.synth.EnergySplit;
import org.junit.jupiter.api.Test;

class EnergySplitTableTest {

    private static final EnergySplit SPLIT = new EnergySplit(List.of(
            new EnergySplit.Part(EnergySplit.Kind.REGISTER, "acc", 72, 17.42, 15.94),
            new EnergySplit.Part(EnergySplit.Kind.LOGIC, "OAI21X1", 263, 8.02, 0.001),
            new EnergySplit.Part(EnergySplit.Kind.REGISTER, "unit.keep_one_s1", 1, 0.31, 0.22)));

    @Test
    void oneTablePerDesignWithSharesAndTotals() {
        CostResult a = CostTableTest.result("drum_n32_k6_unsigned_mac_acc72", "drum:n=32,k=6,sign=unsigned,mac", 25.75);
        CostResult b = CostTableTest.result("old_one", "fixed:n=8", 5);
        String t = EnergySplitTable.render(List.of(a, b), r -> r == a ? Optional.of(SPLIT) : Optional.empty());
        String[] lines = t.split("\n");
        assertEquals("", lines[0], "a blank line after the cost table");
        assertTrue(lines[1].startsWith("energy split of drum_n32_k6_unsigned_mac_acc72 (pJ per operation; registers by"
                + " name, logic by cell type;"), lines[1]);
        assertTrue(lines[2].matches(" +part +count +energy_pJ +share +idle_pJ"), lines[2]);
        assertTrue(lines[3].matches(" +register acc +72 bits +17\\.42 +67\\.7 % +15\\.94"), lines[3]);
        assertTrue(lines[4].matches(" +logic OAI21X1 +263 cells +8\\.02 +31\\.1 % +0\\.00"), lines[4]);
        assertTrue(lines[5].matches(" +register unit\\.keep_one_s1 +1 bit +0\\.31 +1\\.2 % +0\\.22"), "singular: " + lines[5]);
        assertTrue(lines[6].matches(" +total +25\\.75 +100\\.0 % +16\\.16"), lines[6]);
        assertTrue(lines[7].contains("unit.<input> are the measurement's operand registers"), lines[7]);
        assertEquals("energy split of old_one: " + EnergySplitTable.NOT_RECORDED, lines[9]);
    }

    @Test
    void aSplitOfAHierarchicalMappingSaysTheLogicIsByModuleInstance() {
        EnergySplit byModule = new EnergySplit(List.of(
                new EnergySplit.Part(EnergySplit.Kind.MODULE, "unit.u_mul.u_core.u_final_shl", 409, 18.52, 0.001),
                new EnergySplit.Part(EnergySplit.Kind.REGISTER, "acc", 72, 17.36, 15.94)));
        CostResult r = CostTableTest.result("drum_n32_k6_unsigned_mac_acc72", "drum:n=32,k=6,sign=unsigned,mac", 35.88);
        String[] lines = EnergySplitTable.render(List.of(r), x -> Optional.of(byModule)).split("\n");
        assertTrue(lines[1].contains("(pJ per operation; registers by name, logic by module instance;"), lines[1]);
        assertTrue(lines[3].matches(" +module unit\\.u_mul\\.u_core\\.u_final_shl +409 cells +18\\.52 +51\\.6 % +0\\.00"),
                lines[3]);
        assertEquals("module", EnergySplitTable.json(Optional.of(byModule)).get(0).get("kind"));
    }

    @Test
    void jsonPartsMostEnergyFirstOrNullWhenNotRecorded() {
        List<Map<String, Object>> parts = EnergySplitTable.json(Optional.of(SPLIT));
        assertEquals(3, parts.size());
        assertEquals(Map.of("kind", "register", "name", "acc", "count", 72, "energy_pj", 17.42, "idle_pj", 15.94),
                parts.get(0));
        assertEquals("logic", parts.get(1).get("kind"));
        assertNull(EnergySplitTable.json(Optional.empty()));
    }
}
