package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class DutShapeTest {

    @Test
    void pipeSizesFollowTheWidths() {
        DutShape m16 = DutShape.of(UnitSpec.parse("mitchw:n=16,w=6"));
        assertEquals(new DutShape(16, 32, false), m16);
        assertEquals(2, m16.operandBytes());
        assertEquals(4, m16.outputBytes());
        assertEquals(4, m16.recordBytes());
        DutShape mac = DutShape.of(UnitSpec.parse("fixed:n=32,mac"));
        assertEquals(72, mac.outputWidth());
        assertEquals(12, mac.outputBytes(), "above 64 bits: whole 32-bit words");
        assertEquals(9, mac.recordBytes(), "flags byte + two 4-byte operands");
        assertEquals(List.of("clk", "rst", "en", "clr", "a", "b", "acc"), List.copyOf(mac.expectedPorts().keySet()));
        assertEquals(2, DutShape.of(UnitSpec.parse("bf16")).operandBytes());
    }

    @Test
    void batchesConcatenateMemberResults() {
        DutShape batch = DutShape.of(UnitSpec.parse("drum:n=8,k=4")).batch(5);
        assertEquals(80, batch.resultWidth());
        assertEquals(12, batch.outputBytes());
        assertEquals(80, batch.expectedPorts().get("z"));
        assertEquals("-DAPPROXMAC_OPERAND_BITS=8 -DAPPROXMAC_OUTPUT_BITS=80 -DAPPROXMAC_MAC=0 -DAPPROXMAC_LATENCY=0",
                batch.harnessDefines());
    }

    @Test
    void aPipelinedMultiplierIsClockedAndTheHarnessAbsorbsItsLatency() {
        DutShape piped = DutShape.of(UnitSpec.parse("drum:n=8,k=4,stages=3"));
        assertEquals(3, piped.latency());
        assertTrue(piped.clocked());
        assertEquals(List.of("clk", "a", "b", "z"), List.copyOf(piped.expectedPorts().keySet()));
        assertTrue(piped.harnessDefines().endsWith("-DAPPROXMAC_MAC=0 -DAPPROXMAC_LATENCY=3"), piped.harnessDefines());
        DutShape mac = DutShape.of(UnitSpec.parse("drum:n=8,k=4,stages=3,mac"));
        assertEquals(0, mac.latency(), "a MAC's latency is compared by the bridge, cycle by cycle");
        assertEquals(mac, mac.withLatency(2));
        assertFalse(DutShape.of(UnitSpec.parse("drum:n=8,k=4")).clocked());
    }
}
