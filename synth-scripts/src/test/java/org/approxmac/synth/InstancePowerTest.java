package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstancePowerTest {

    @Test
    void parsesEveryInstanceOfSavedRunAndSumsToDesignTotals() {
        List<InstancePower> p = InstancePower.parse(TestFiles.text("saved/mul8_power1.log"));
        assertEquals(405, p.size());
        // OpenSTA's own design totals (internal, switching, leakage) from the same run; it sums in float
        assertEquals(0.005515840370208025, p.stream().mapToDouble(InstancePower::internal).sum(), 1e-6 * 0.0055);
        assertEquals(0.0026445910334587097, p.stream().mapToDouble(InstancePower::switching).sum(), 1e-6 * 0.0026);
        assertEquals(3.529376968458564e-8, p.stream().mapToDouble(InstancePower::leakage).sum(), 1e-6 * 3.5e-8);
        InstancePower flop = p.stream().filter(i -> i.instance().equals("_730_")).findFirst().orElseThrow();
        assertEquals("DFFPOSX1", flop.cell());
        assertEquals(List.of("z[0]"), flop.outputNets());
        assertTrue(p.stream().allMatch(i -> i.outputNets().size() == 1));
    }

    @Test
    void activityZeroRunKeepsClockPowerOnly() {
        List<InstancePower> p = InstancePower.parse(TestFiles.text("saved/mul8_power0.log"));
        assertEquals(405, p.size());
        assertEquals(0.0, p.stream().mapToDouble(InstancePower::switching).sum());
        double flopInternal = p.stream().filter(i -> i.cell().equals("DFFPOSX1"))
                .mapToDouble(InstancePower::internal).sum();
        assertEquals(0.0007084968383423984, flopInternal, 1e-6 * 0.0007);
    }

    @Test
    void truncatedOutputIsRejected() {
        String partial = "approxmac_instance _1_ INVX1 1e-6 2e-6 3e-11 n1\nError: power.tcl, 12 unknown command\n";
        assertThrows(IllegalArgumentException.class, () -> InstancePower.parse(partial));
    }

    @Test
    void unconnectedOutputsGiveNoNets() {
        List<InstancePower> p = InstancePower.parse("approxmac_instance _1_ DFFPOSX1 1e-6 0 3e-11 \n"
                + "approxmac_design 0 0 0 0\n");
        assertEquals(List.of(), p.get(0).outputNets());
    }
}
