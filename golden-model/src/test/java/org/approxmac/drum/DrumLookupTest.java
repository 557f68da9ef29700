package org.approxmac.drum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Agreement;
import org.approxmac.spec.C1ZeroRule;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.SignWrapper;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The look-up form must agree with the reference sign wrapper + core on every operand pair. */
class DrumLookupTest {

    private static Multiplier reference(UnitSpec spec) {
        return new SignWrapper(spec, new DrumCore(spec.n(), spec.intParam("k")), C1ZeroRule.NONE);
    }

    private static Multiplier lookup(UnitSpec spec) {
        Multiplier reference = reference(spec);
        return DrumLookup.of(spec, reference, new DrumCore(spec.n(), spec.intParam("k"))).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "sm", "unsigned"})
    void exhaustiveAtEightBitsForEveryW(String sign) {
        for (int k = 3; k <= 8; k++) {
            UnitSpec spec = UnitSpec.parse("drum:n=8,k=" + k + ",sign=" + sign);
            Agreement.exhaustive(reference(spec), lookup(spec));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "sm", "unsigned"})
    void exhaustiveAtTwelveBits(String sign) {
        UnitSpec spec = UnitSpec.parse("drum:n=12,k=5,sign=" + sign);
        Agreement.exhaustive(reference(spec), lookup(spec));
    }

    /** N above the 16-bit window: operands decided by the window and operands that fall back. */
    @ParameterizedTest
    @ValueSource(strings = {"drum:n=16,k=6,sign=c1", "drum:n=17,k=6,sign=c1", "drum:n=17,k=3,sign=sm",
        "drum:n=18,k=8,sign=unsigned", "drum:n=20,k=4,sign=sm", "drum:n=24,k=6,sign=unsigned",
        "drum:n=32,k=6,sign=c1", "drum:n=32,k=6,sign=sm", "drum:n=32,k=6,sign=unsigned", "drum:n=32,k=8,sign=c1",
        "drum:n=32,k=3,sign=c1", "drum:n=32,k=12,sign=c1", "drum:n=32,k=32,sign=unsigned"})
    void agreesOnRandomAndCornerOperands(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Agreement.cornersAndRandom(reference(spec), lookup(spec), 300_000, 7);
    }

    @Test
    void operandBitsAboveNAreIgnored() {
        Multiplier fast = lookup(UnitSpec.parse("drum:n=16,k=6,sign=c1"));
        assertEquals(fast.multiply(0x1234, 0xFEDC), fast.multiply(0xABCD_0000_1234L, -1L << 16 | 0xFEDC));
        assertEquals(fast.multiplyWide(0x1234, 0xFEDC).longValueExact(), fast.multiply(0x1234, 0xFEDC));
    }

    @Test
    void theFactoryUsesTheLookupWhereItApplies() {
        assertInstanceOf(DrumLookup.class, Units.multiplier(UnitSpec.parse("drum:n=16,k=6,mac")));
        assertInstanceOf(DrumLookup.class, Units.multiplier(UnitSpec.parse("drum:n=32,k=6")));
        // products wider than 64 bits stay with the reference
        assertFalse(Units.multiplier(UnitSpec.parse("drum:n=40,k=6")) instanceof DrumLookup);
        assertTrue(DrumLookup.of(UnitSpec.parse("drum:n=40,k=6"), reference(UnitSpec.parse("drum:n=40,k=6")),
                new DrumCore(40, 6)).isEmpty());
    }
}
