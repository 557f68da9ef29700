package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CosimAssertionsTest {

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @TestFactory
    Stream<DynamicTest> generatedDesignsPassThroughTheTestFactoryHelper() {
        return CosimAssertions.cosimTests("corners", "mitchw:n=8,w=3,sign=sm", "drum:n=8,k=5,sign=unsigned");
    }

    @Test
    void aMismatchFailsTheTestWithTheFullReport() {
        String buggy = Fixtures.verilog("exact_mul8.v").replace("$signed(a) * $signed(b);",
                "$signed(a) * $signed(b) + $signed({15'd0, a == 8'h01 && b == 8'h01});");
        CosimRequest request = CosimRequest.of(Fixtures.FIXED8, new RtlSource("exact_mul8", buggy, "buggy.v"))
                .withVectors("corners");
        AssertionError e = assertThrows(AssertionError.class, () -> CosimAssertions.assertMatches(request));
        assertTrue(e.getMessage().startsWith("FAIL fixed:n=8,sign=twos (buggy.v)"), e.getMessage());
        assertTrue(e.getMessage().contains("a = 0x01 (1)  b = 0x01 (1)"), e.getMessage());
        assertTrue(e.getMessage().contains("reproduce: approxmac cosim fixed:n=8,sign=twos --vectors pair:0x1,0x1"),
                e.getMessage());
    }

    @Test
    void aPassingRunReturnsItsResult() {
        CosimResult r = CosimAssertions.assertMatches("fixed:n=8,mac", "all");
        assertEquals(CosimRequest.DEFAULT_CYCLES, r.classCounts().get("random"));
        assertEquals(CosimRequest.DEFAULT_CYCLES + r.classCounts().get("corners"), r.vectors());
    }
}
