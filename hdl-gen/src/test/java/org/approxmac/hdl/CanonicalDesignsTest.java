package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CanonicalDesignsTest {

    @Test
    void coversThePapersUnitsForThreeWidthsTheAuthorsVhdlVariantAndTheFloatingPointMacs() {
        List<UnitSpec> specs = CanonicalDesigns.specs();
        assertEquals(34, specs.size());
        assertEquals(34, specs.stream().map(UnitSpec::identifier).distinct().count());
        assertEquals(20, specs.stream().filter(UnitSpec::mac).count());
        assertEquals(4, specs.stream().filter(s -> s.latency() == 4).count(), "the integer Table-4 MACs pipelined");
        assertTrue(specs.stream().anyMatch(s -> s.canonical().equals("mitchw:n=16,w=6,sign=c1,mac,acc=40")));
        assertTrue(specs.stream().anyMatch(s -> s.canonical().equals("drum:n=32,k=6,sign=c1")));
        assertTrue(specs.stream().anyMatch(s -> s.canonical().equals("mitchwu:n=16,w=6,sign=c1,mac,acc=40")));
        assertTrue(specs.stream().anyMatch(s -> s.canonical().equals("bf16:subnormals=ieee,mac")));
        assertTrue(specs.stream().anyMatch(s -> s.canonical().equals("fp32:fused=true,subnormals=ieee,mac")));
        assertTrue(specs.stream().anyMatch(s -> s.canonical().equals("fixed:n=32,sign=twos,stages=4,mac,acc=72")));
    }
}
