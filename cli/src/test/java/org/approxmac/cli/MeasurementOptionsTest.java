package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.approxmac.synth.CostOptions;
import org.junit.jupiter.api.Test;

class MeasurementOptionsTest {

    private static MeasurementOptions parse(String... args) {
        return OptionsFixture.parse(MeasurementOptions::new, args);
    }

    @Test
    void clockOutsideItsRangeIsAUsageErrorNamingTheRange() {
        for (String bad : new String[] {"0.009", "100001", "0", "NaN"}) {
            UsageError e = assertThrows(UsageError.class, () -> parse("--clock", bad).check());
            assertEquals("--clock must be 0.01..100000 ns, got " + Double.parseDouble(bad), e.getMessage());
        }
        parse("--clock", "0.01").check();
        parse("--clock", "100000").check();
    }

    @Test
    void defaultsAreCostOptionsDefaultsAndGivenValuesAreApplied() {
        CostOptions base = OptionsFixture.osu018();
        CostOptions d = parse().applyTo(base);
        assertEquals(CostOptions.DEFAULT_SEED, d.seed());
        assertEquals(CostOptions.DEFAULT_CLOCK_NS, d.clockNs());
        CostOptions o = parse("--seed", "7", "--clock", "2.5").applyTo(base);
        assertEquals(7, o.seed());
        assertEquals(2.5, o.clockNs());
    }
}
