package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/units.md are what the golden model computes. */
class UnitsDocExamplesTest {
    private static final String DOC = RepositoryReferences.read(RepositoryReferences.ROOT.resolve("docs/units.md"));

    /** "2 883 584" as the page writes it. */
    private static String spaced(long v) {
        return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', ' ');
    }

    @Test
    void productsOfThousandAndThreeThousand() {
        Map<String, Long> stated = Map.of("mitchw:n=16,w=6", 2_883_584L, "mitchell:n=16", 2_973_696L,
                "mitchwu:n=16,w=6", 3_014_656L, "drum:n=16,k=6", 3_032_064L);
        stated.forEach((spec, product) -> {
            assertEquals(product, Units.multiplier(UnitSpec.parse(spec)).multiply(1000, 3000), spec);
            assertTrue(DOC.contains(spaced(product)), "docs/units.md no longer states " + spaced(product));
        });
    }

    private static long signed(String spec, long a, long b) {
        Multiplier m = Units.multiplier(UnitSpec.parse(spec));
        return Bits.signExtend(m.multiply(a & 0xFF, b & 0xFF), 16);
    }

    @Test
    void zeroRulesOfTheSignModes() {
        assertTrue(DOC.contains("z = ~5 = −6"));
        assertEquals(-6, signed("mitchw:n=8,w=6", -1, 5));
        assertEquals(0, signed("mitchw:n=8,w=6", 0, -5));
        assertEquals(1, signed("mitchw:n=8,w=6", -1, -1));
        assertTrue(DOC.contains("0 · (−5) = −1") && DOC.contains("(−1) · 7 = −1"));
        assertEquals(-1, signed("drum:n=8,k=4", 0, -5));
        assertEquals(-1, signed("drum:n=8,k=4", -1, 7));
        assertEquals(0, signed("drum:n=8,k=4", -1, -1));
    }
}
