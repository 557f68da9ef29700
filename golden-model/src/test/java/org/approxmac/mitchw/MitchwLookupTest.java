package org.approxmac.mitchw;

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
class MitchwLookupTest {

    private static Multiplier reference(UnitSpec spec) {
        return new SignWrapper(spec, new MitchwCore(spec.n(), spec.keptBits()), C1ZeroRule.NOT_ZERO_MASK);
    }

    private static Multiplier lookup(UnitSpec spec) {
        Multiplier reference = reference(spec);
        return MitchwLookup.of(spec, reference, new MitchwCore(spec.n(), spec.keptBits())).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "sm", "unsigned"})
    void exhaustiveAtEightBitsForEveryW(String sign) {
        for (int w = 1; w <= 8; w++) {
            UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=" + w + ",sign=" + sign);
            Agreement.exhaustive(reference(spec), lookup(spec));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "sm", "unsigned"})
    void exhaustiveAtTwelveBits(String sign) {
        UnitSpec spec = UnitSpec.parse("mitchw:n=12,w=4,sign=" + sign);
        Agreement.exhaustive(reference(spec), lookup(spec));
    }

    /** N above the 16-bit window: operands decided by the window and operands that fall back. */
    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=16,w=6,sign=c1", "mitchw:n=17,w=6,sign=c1", "mitchw:n=20,w=3,sign=sm",
        "mitchw:n=24,w=6,sign=unsigned", "mitchw:n=32,w=6,sign=c1", "mitchw:n=32,w=6,sign=sm",
        "mitchw:n=32,w=6,sign=unsigned", "mitchw:n=32,w=1,sign=c1", "mitchw:n=16,w=7,sign=sm"})
    void agreesOnRandomAndCornerOperands(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Agreement.cornersAndRandom(reference(spec), lookup(spec), 300_000, 7);
    }

    @Test
    void operandBitsAboveNAreIgnored() {
        Multiplier fast = lookup(UnitSpec.parse("mitchw:n=16,w=6,sign=c1"));
        assertEquals(fast.multiply(0x1234, 0xFEDC), fast.multiply(0xABCD_0000_1234L, -1L << 16 | 0xFEDC));
        assertEquals(fast.multiplyWide(0x1234, 0xFEDC).longValueExact(), fast.multiply(0x1234, 0xFEDC));
    }

    @Test
    void theFactoryUsesTheLookupWhereItApplies() {
        assertInstanceOf(MitchwLookup.class, Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6,mac")));
        assertInstanceOf(MitchwLookup.class, Units.multiplier(UnitSpec.parse("mitchw:n=32,w=6")));
        // Mitchell keeps every fraction bit: too many log sums to tabulate; above 32 bits: wide products
        assertFalse(Units.multiplier(UnitSpec.parse("mitchell:n=32")) instanceof MitchwLookup);
        assertFalse(Units.multiplier(UnitSpec.parse("mitchw:n=40,w=6")) instanceof MitchwLookup);
        assertTrue(MitchwLookup.of(UnitSpec.parse("mitchell:n=32"), reference(UnitSpec.parse("mitchell:n=32")),
                new MitchwCore(32, 32)).isEmpty());
    }
}
