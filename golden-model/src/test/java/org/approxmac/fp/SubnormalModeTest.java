package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SubnormalModeTest {

    @Test
    void readsTheSpecParameter() {
        assertEquals(SubnormalMode.IEEE, SubnormalMode.of(UnitSpec.parse("bf16")));
        assertEquals(SubnormalMode.FTZ, SubnormalMode.of(UnitSpec.parse("fp32:subnormals=ftz,mac")));
        assertEquals("ftz", SubnormalMode.FTZ.specName());
    }

    @Test
    void rejectsUnknownNames() {
        var e = assertThrows(IllegalArgumentException.class, () -> SubnormalMode.bySpecName("daz"));
        assertEquals("subnormals must be ieee|ftz, got daz", e.getMessage());
    }
}
