package org.approxmac.golden.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class GoldenWorkloadTest {

    private static GoldenWorkload of(String spec) {
        return new GoldenWorkload(Units.multiplier(UnitSpec.parse(spec)));
    }

    @Test
    void goldenLoopComputesTheSameSumAsTheExactLoopForFixed() {
        GoldenWorkload w = of("fixed:n=16,sign=unsigned");
        assertEquals(w.exactLoop(), w.goldenLoop());
        assertTrue(w.exactLoop() > 0);
        GoldenWorkload wide = of("fixed:n=32,sign=unsigned");
        assertEquals(wide.exactLoop(), wide.goldenLoop(), "sums of 64-bit products wrap alike");
    }

    @Test
    void approximateModelsSumDifferentProductsOfTheSameOperands() {
        GoldenWorkload exact = of("fixed:n=16,sign=unsigned");
        GoldenWorkload mitchw = of("mitchw:n=16,w=6,sign=unsigned");
        assertEquals(exact.exactLoop(), mitchw.exactLoop(), "same seeded operands");
        assertNotEquals(mitchw.exactLoop(), mitchw.goldenLoop());
        // Mitch-w never over-estimates an unsigned product
        assertTrue(mitchw.goldenLoop() < mitchw.exactLoop());
    }

    @Test
    void defaultSpecsAreWrittenInCanonicalOrderAndWideProductsAreRefused() {
        // JMH labels its results with these strings, bench golden with the canonical forms
        for (String spec : GoldenWorkload.DEFAULT_SPECS) {
            String canonical = of(spec).multiplier().spec().canonical();
            assertTrue(canonical.startsWith(spec), spec + " vs " + canonical);
        }
        var e = assertThrows(IllegalArgumentException.class, () -> of("mitchw:n=40,w=6"));
        assertTrue(e.getMessage().contains("n <= 32"), e.getMessage());
    }
}
