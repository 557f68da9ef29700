package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sequence file written for a MAC mismatch replays it exactly: the replay fails on its last cycle
 * (and on the chunk's earlier mismatches), and passes on correct RTL.
 */
class MacReproducerTest {

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @Test
    void reproducerOfAMismatchFailsOnItsLastCycleAndPassesOnCorrectRtl() {
        UnitSpec mac = Fixtures.FIXED8_MAC;
        RtlSource good = Fixtures.rtl("exact_mac8.v", "exact_mac8");
        RtlSource noClear = new RtlSource("exact_mac8", good.verilog().replace("(clr ? 24'd0 : acc)", "acc"), "mutant");
        SimModel bad = Fixtures.builder().build(noClear, DutShape.of(mac));
        MacPlan plan = MacPlan.parse("all", mac, 100_000, 3);
        CosimResult r = Fixtures.cosim().mac(bad, Fixtures.exactMac(mac), plan, Cosim.Progress.NONE);
        assertFalse(r.passed());
        for (int k = 0; k < 3; k++) {
            Mismatch m = r.firstMismatches().get(k);
            long earlier = r.firstMismatches().stream().filter(o -> o.vectorClass().equals(m.vectorClass())
                    && o.index() / Cosim.CHUNK == m.index() / Cosim.CHUNK && o.index() <= m.index()).count();
            String text = SequenceFile.write(plan.reproducer(m, 0), mac, "reproducer");
            MacCycles replay = SequenceFile.parse(text, mac, "r.seq");
            assertTrue(replay.size() <= Cosim.CHUNK, "at most one chunk");
            assertEquals(MacSequence.RST, replay.flags(0) & MacSequence.RST, "starts with the chunk's reset");
            CosimResult again = Fixtures.cosim().mac(bad, Fixtures.exactMac(mac), MacPlan.sequence(replay),
                    Cosim.Progress.NONE);
            // the replay fails on its last cycle, and on the earlier mismatches of the chunk, nowhere else
            assertEquals(earlier, again.mismatches(), m.toString());
            Mismatch last = again.firstMismatches().get(again.firstMismatches().size() - 1);
            assertEquals(replay.size() - 1, last.index());
            assertEquals(m.expected(), last.expected());
            assertEquals(m.actual(), last.actual());
            assertTrue(Fixtures.cosim().mac(Fixtures.builder().build(good, DutShape.of(mac)), Fixtures.exactMac(mac),
                    MacPlan.sequence(replay), Cosim.Progress.NONE).passed());
        }
    }
}
