package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.approxmac.hdl.user.UserRtlException;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals(CosimRequest.DEFAULT_CYCLES + r.classCounts().get("corners") + r.classCounts().get("long-sums")
                + r.classCounts().get("trailing-zeros"), r.vectors());
        // n = 8, A = 24: 12 runs of 2^(24 - 16 + 2) = 1024 cycles, each run's first cycle a clear, plus chunk resets
        assertTrue(r.classCounts().get("long-sums") >= 12 * 1024, r.classCounts().toString());
        // A = 24: three accumulator values per bit (2^j, -2^j, random above j), each of at least 4 cycles
        assertTrue(r.classCounts().get("trailing-zeros") >= 3 * 24 * 4, r.classCounts().toString());
    }

    /** The fixture multiplier with the operand width a parameter and a wrong product where a = 5. */
    private static Path parameterisedBuggyMultiplier(Path dir) throws IOException {
        Path rtl = dir.resolve("rtl");
        Files.createDirectories(rtl);
        Files.writeString(rtl.resolve("bug.vh"), "`define BUG(x) ((x) == 5 ? 1 : 0)\n");
        return Files.writeString(rtl.resolve("pmul.v"), """
                `include "bug.vh"
                module pmul #(parameter N = 4) (input [N-1:0] a, input [N-1:0] b, output [2*N-1:0] z);
                    wire signed [2*N-1:0] p = $signed(a) * $signed(b);
                    assign z = p + `BUG(a);
                endmodule
                """);
    }

    @Test
    void userRtlFailsWithAReproducerNamingItsFilesTopAndOverrides(@TempDir Path dir) throws IOException {
        Path file = parameterisedBuggyMultiplier(dir);
        AssertionError e = assertThrows(AssertionError.class,
                () -> CosimAssertions.userRtl("fixed:n=8", "pmul", file).parameter("N", 8).vectors("corners").assertMatches());
        Path abs = file.toAbsolutePath().normalize();
        assertTrue(e.getMessage().startsWith("FAIL fixed:n=8,sign=twos (" + abs + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("reproduce: approxmac cosim fixed:n=8,sign=twos --rtl " + abs
                + " --top pmul -G N=8 --vectors pair:0x5,0x0"), e.getMessage());
    }

    @Test
    void userRtlWhosePortsDoNotFitIsRejectedBeforeVerilatorRuns(@TempDir Path dir) throws IOException {
        Path file = parameterisedBuggyMultiplier(dir);
        UserRtlCosim unit = CosimAssertions.userRtl("fixed:n=8", "pmul", file); // N = 4 by default
        UserRtlException e = assertThrows(UserRtlException.class, unit::request);
        assertTrue(e.getMessage().contains("pmul.v:2: port 'a' is 4 bits wide, expected 8 (input [7:0] a)"),
                e.getMessage());
    }

    @Test
    void theCiDefaultIsCornersPlusAMillionStratifiedVectors() {
        VectorPlan p = VectorPlan.parse(CosimAssertions.CI_VECTORS, UnitSpec.parse("drum:n=16,k=6"), 1);
        assertEquals(CornerOperands.pairCount(UnitSpec.parse("drum:n=16,k=6")) + 1_000_000, p.total());
    }
}
