package org.approxmac.golden;

import org.approxmac.spec.C1ZeroRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class C1ZeroRuleTest {

    @Test
    void logMultipliersMaskZeroOperandsAndDrumDoesNot() {
        assertEquals(C1ZeroRule.NOT_ZERO_MASK, C1ZeroRule.of(Kind.MITCHW));
        assertEquals(C1ZeroRule.NOT_ZERO_MASK, C1ZeroRule.of(Kind.MITCHWU));
        assertEquals(C1ZeroRule.NOT_ZERO_MASK, C1ZeroRule.of(Kind.MITCHELL));
        assertEquals(C1ZeroRule.NONE, C1ZeroRule.of(Kind.DRUM));
    }

    /** What the rule means for the golden model: 0 * (-5) in c1 is 0 when masked, ~0 = -1 when not. */
    @Test
    void theFactoryAppliesEachKindsRule() {
        for (String text : new String[] {"mitchw:n=8,w=4", "mitchwu:n=8,w=4", "mitchell:n=8", "drum:n=8,k=4"}) {
            UnitSpec spec = UnitSpec.parse(text + ",sign=c1");
            long z = Units.multiplier(spec).multiply(0, -5 & 0xff);
            long expected = C1ZeroRule.of(spec.kind()) == C1ZeroRule.NOT_ZERO_MASK ? 0 : 0xffff;
            assertEquals(expected, z, text);
        }
    }

    @Test
    void kindsWithoutASignWrapperHaveNoRule() {
        for (Kind kind : new Kind[] {Kind.FIXED, Kind.BF16, Kind.FP32}) {
            var e = assertThrows(IllegalArgumentException.class, () -> C1ZeroRule.of(kind));
            assertTrue(e.getMessage().contains("no sign wrapper"), e.getMessage());
        }
    }
}
