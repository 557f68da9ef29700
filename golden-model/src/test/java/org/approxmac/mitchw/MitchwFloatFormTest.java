package org.approxmac.mitchw;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The floating-point form must agree with the reference sign wrapper + core on every operand pair. */
class MitchwFloatFormTest {

    private static MitchwCore core(UnitSpec spec) {
        return new MitchwCore(spec.n(), spec.keptBits());
    }

    private static Multiplier reference(UnitSpec spec) {
        return new SignWrapper(spec, core(spec), C1ZeroRule.NOT_ZERO_MASK);
    }

    private static Multiplier floatForm(UnitSpec spec) {
        return MitchwFloatForm.of(spec, core(spec), MitchwVariant.TRUNCATED).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "sm", "unsigned"})
    void exhaustiveAtEightBitsForEveryW(String sign) {
        for (int w = 1; w <= 8; w++) {
            UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=" + w + ",sign=" + sign);
            Agreement.exhaustive(reference(spec), floatForm(spec));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchell:n=12,sign=c1", "mitchell:n=12,sign=sm", "mitchw:n=12,w=9,sign=unsigned"})
    void exhaustiveAtTwelveBits(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Agreement.exhaustive(reference(spec), floatForm(spec));
    }

    /** Up to the widest operands it accepts, where the products approach 2^62 (c1, sm) or 2^62 (unsigned 31). */
    @ParameterizedTest
    @ValueSource(strings = {"mitchell:n=32,sign=sm", "mitchell:n=32,sign=c1", "mitchell:n=31,sign=unsigned",
        "mitchell:n=16,sign=sm", "mitchw:n=32,w=20,sign=c1", "mitchw:n=24,w=12,sign=sm", "mitchw:n=32,w=6,sign=sm"})
    void agreesOnRandomAndCornerOperands(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Agreement.cornersAndRandom(reference(spec), floatForm(spec), 300_000, 11);
    }

    @Test
    void theLargestProductsAreExact() {
        // sm: the most negative 32-bit operand has magnitude 2^31, its square 2^62
        Multiplier sm = floatForm(UnitSpec.parse("mitchell:n=32,sign=sm"));
        assertEquals(1L << 62, sm.multiply(0x8000_0000L, 0x8000_0000L));
        assertEquals(reference(UnitSpec.parse("mitchell:n=32,sign=sm")).multiply(0x7FFF_FFFFL, 0x8000_0000L),
                sm.multiply(0x7FFF_FFFFL, 0x8000_0000L));
        // c1: -1 is magnitude 1 and 0 clears the product: (-1)*5 = ~5, 0*(-5) = 0
        Multiplier c1 = floatForm(UnitSpec.parse("mitchell:n=32,sign=c1"));
        assertEquals(~5L & -1L, c1.multiply(0xFFFF_FFFFL, 5));
        assertEquals(0, c1.multiply(0, 0xFFFF_FFFBL));
    }

    @Test
    void appliesOnlyWhereEveryProductFitsALongAndTheVariantIsUnitsMitchw() {
        UnitSpec unsigned32 = UnitSpec.parse("mitchell:n=32,sign=unsigned");
        assertTrue(MitchwFloatForm.of(unsigned32, core(unsigned32), MitchwVariant.TRUNCATED).isEmpty());
        UnitSpec wide = UnitSpec.parse("mitchell:n=33");
        assertTrue(MitchwFloatForm.of(wide, core(wide), MitchwVariant.TRUNCATED).isEmpty());
        UnitSpec authorsVhdl = UnitSpec.parse("mitchwu:n=16,w=6");
        assertTrue(MitchwFloatForm.of(authorsVhdl, new MitchwCore(16, 6, MitchwVariant.AUTHORS_VHDL),
                MitchwVariant.AUTHORS_VHDL).isEmpty());
    }

    @Test
    void theFactoryUsesItWhereNoLookupFormApplies() {
        assertInstanceOf(MitchwFloatForm.class, Units.multiplier(UnitSpec.parse("mitchell:n=32")));
        assertInstanceOf(MitchwFloatForm.class, Units.multiplier(UnitSpec.parse("mitchell:n=16,mac")));
        assertInstanceOf(MitchwLookup.class, Units.multiplier(UnitSpec.parse("mitchw:n=32,w=6")));
    }
}
