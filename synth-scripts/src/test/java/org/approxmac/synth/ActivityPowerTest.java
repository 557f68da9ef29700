package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityPowerTest {

    @Test
    void interpolatesEachInstanceLinearlyInItsOutputToggleRate() {
        List<InstancePower> zero = List.of(
                new InstancePower("u1", "INVX1", 0, 0, 1e-9, List.of("n1")),
                new InstancePower("r1", "DFFPOSX1", 4e-5, 0, 2e-9, List.of("q")));
        List<InstancePower> one = List.of(
                new InstancePower("r1", "DFFPOSX1", 6e-5, 1e-5, 2e-9, List.of("q")),
                new InstancePower("u1", "INVX1", 2e-6, 3e-5, 1e-9, List.of("n1")));
        ToggleCounts t = new ToggleCounts(Map.of("n1", 25L, "q", 50L), 100);
        PowerBreakdown p = ActivityPower.combine(zero, one, t, 10);
        assertEquals(0.25 * 2e-6 + 4e-5 + 0.5 * 2e-5, p.internal(), 1e-18);
        assertEquals(0.25 * 3e-5 + 0.5 * 1e-5, p.switching(), 1e-18);
        assertEquals(3e-9, p.leakage(), 1e-21);
        assertEquals(10, p.periodNs());
    }

    @Test
    void savedRunLiesBetweenActivityZeroAndOne() throws IOException {
        List<InstancePower> zero = InstancePower.parse(TestFiles.text("saved/mul8_power0.log"));
        List<InstancePower> one = InstancePower.parse(TestFiles.text("saved/mul8_power1.log"));
        ToggleCounts t;
        try (BufferedReader in = TestFiles.reader("saved/mul8_activity.vcd")) {
            t = ToggleCounts.fromVcd(in, 16);
        }
        PowerBreakdown p = ActivityPower.combine(zero, one, t, 10);
        double p0 = zero.stream().mapToDouble(i -> i.internal() + i.switching() + i.leakage()).sum();
        double p1 = one.stream().mapToDouble(i -> i.internal() + i.switching() + i.leakage()).sum();
        assertTrue(p.total() > p0 && p.total() < p1, p0 + " < " + p.total() + " < " + p1);
    }

    @Test
    void mismatchedRunsAndMissingNetsAreErrors() {
        InstancePower a = new InstancePower("u1", "INVX1", 0, 0, 0, List.of("n1"));
        InstancePower b = new InstancePower("u2", "INVX1", 0, 0, 0, List.of("n1"));
        ToggleCounts t = new ToggleCounts(Map.of("n1", 1L), 1);
        assertThrows(IllegalArgumentException.class, () -> ActivityPower.combine(List.of(a), List.of(b), t, 10));
        assertThrows(IllegalArgumentException.class, () -> ActivityPower.combine(List.of(a), List.of(), t, 10));
        ToggleCounts none = new ToggleCounts(Map.of("other", 1L), 1);
        assertThrows(IllegalArgumentException.class, () -> ActivityPower.combine(List.of(a), List.of(a), none, 10));
    }
}
