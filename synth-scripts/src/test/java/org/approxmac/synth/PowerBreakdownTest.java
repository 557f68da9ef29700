package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PowerBreakdownTest {

    @Test
    void dynamicPowerScalesWithClockFrequencyLeakageDoesNot() {
        PowerBreakdown at10 = new PowerBreakdown(4e-3, 2e-3, 1e-6, 10);
        PowerBreakdown at5 = at10.atPeriod(5);
        assertEquals(8e-3, at5.internal(), 1e-15);
        assertEquals(4e-3, at5.switching(), 1e-15);
        assertEquals(1e-6, at5.leakage(), 0);
        assertEquals(5, at5.periodNs());
        assertEquals(at10.dynamicEnergyPerCycle(), at5.dynamicEnergyPerCycle(), 1e-24);
        assertEquals(6e-3 + 1e-6, at10.total(), 1e-15);
    }
}
