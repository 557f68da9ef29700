package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.approxmac.synth.CostOptions;
import org.approxmac.synth.OperandDistribution;
import org.junit.jupiter.api.Test;

class ActivityOptionsTest {

    private static ActivityOptions parse(String... args) {
        return OptionsFixture.parse(ActivityOptions::new, args);
    }

    @Test
    void cyclesOutsideTenToOneMillionIsAUsageErrorNamingTheRange() {
        for (String bad : new String[] {"9", "1000001", "-1"}) {
            UsageError e = assertThrows(UsageError.class, () -> parse("--cycles", bad).check());
            assertEquals("--cycles must be 10..1000000, got " + bad, e.getMessage());
        }
        parse("--cycles", "10").check();
        parse("--cycles", "1000000").check();
    }

    @Test
    void unknownDistributionNamesTheOptionAndTheAcceptedValues() {
        UsageError e = assertThrows(UsageError.class, () -> parse("--operands", "gauss").check());
        assertEquals("--operands: operand distribution 'gauss' is not one of: uniform, sparse", e.getMessage());
    }

    @Test
    void defaultsAreCostOptionsDefaultsAndGivenValuesAreApplied() {
        CostOptions base = OptionsFixture.osu018();
        ActivityOptions defaults = parse();
        assertEquals("uniform", defaults.operands());
        assertEquals(base, defaults.applyTo(base));
        CostOptions o = parse("--operands", "sparse", "--cycles", "1000000").applyTo(base);
        assertEquals(OperandDistribution.SPARSE, o.operands());
        assertEquals(1_000_000, o.simCycles());
        assertEquals(10, parse("--cycles", "10").applyTo(base).simCycles());
        assertThrows(UsageError.class, () -> parse("--cycles", "9").applyTo(base));
    }
}
