package org.approxmac.hdl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered Verilog, checked by the real tools: every canonical design, a sample of other
 * parameters (n = 12, 24, odd n, w from 1 to n, k from 3 to n, every sign mode), a sweep of every w
 * and k at n = 11 and 12, and every bf16/fp32 multiplier and MAC variant
 * ({@link org.approxmac.fp.FloatRtl}) pass {@code verilator --lint-only -Wall} silently and the
 * Yosys hierarchy/proc/check. (Simulation against the golden model is sim-bridge's:
 * DesignsCosimTest and GeneratedRtlCosimTest.)
 */
class RtlToolsTest {

    static List<UnitSpec> sample() {
        return List.of("mitchw:n=12,w=1,sign=c1", "mitchw:n=12,w=12,sign=sm", "mitchw:n=24,w=7,sign=unsigned",
                        "mitchw:n=13,w=4,sign=c1", "mitchell:n=9,sign=c1", "mitchell:n=24,sign=unsigned",
                        "drum:n=13,k=3,sign=sm", "drum:n=12,k=12,sign=c1", "drum:n=24,k=10,sign=unsigned",
                        "drum:n=7,k=4,sign=c1", "fixed:n=12,sign=unsigned", "fixed:n=13,sign=twos,mac,acc=30",
                        "mitchw:n=5,w=3,sign=sm,mac", "drum:n=24,k=6,sign=sm,mac,acc=48",
                        "mitchw:n=12,w=6,sign=unsigned,mac,acc=24", "drum:n=40,k=8,sign=c1,mac,acc=100")
                .stream().map(UnitSpec::parse).toList();
    }

    static List<UnitSpec> floatingPoint() {
        return List.of("bf16", "bf16:subnormals=ftz", "fp32", "fp32:subnormals=ftz", "bf16,mac",
                "bf16:subnormals=ftz,mac", "fp32,mac", "fp32:subnormals=ftz,mac", "fp32:fused=false,mac",
                "fp32:fused=false,subnormals=ftz,mac", "bf16,dot=3", "fp32:subnormals=ftz,dot=2,mac",
                "bf16:subnormals=ftz,dot=5,mac", "bf16,mac,rows=2,cols=3").stream().map(UnitSpec::parse).toList();
    }

    @Test
    void canonicalDesignsLintClean(@TempDir Path dir) {
        assertEachLintsClean(dir, CanonicalDesigns.specs());
    }

    @Test
    void sampleDesignsLintClean(@TempDir Path dir) {
        assertEachLintsClean(dir, sample());
    }

    @Test
    void floatingPointDesignsLintClean(@TempDir Path dir) {
        assertEachLintsClean(dir, floatingPoint());
    }

    /** Every w of mitchw and every k of drum for n = 12 and n = 11, sign modes rotating. */
    static List<UnitSpec> sweep() {
        List<UnitSpec> out = new ArrayList<>();
        String[] signs = {"c1", "sm", "unsigned"};
        for (int n : new int[] {11, 12}) {
            for (int w = 1; w <= n; w++) {
                out.add(UnitSpec.parse("mitchw:n=" + n + ",w=" + w + ",sign=" + signs[w % 3]));
            }
            for (int k = 3; k <= n; k++) {
                out.add(UnitSpec.parse("drum:n=" + n + ",k=" + k + ",sign=" + signs[k % 3]));
            }
        }
        return out;
    }

    @Test
    void parameterSweepLintsCleanInOneBatch(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        HdlTools.assertLintCleanTogether(dir, sweep());
    }

    /**
     * Every kind pipelined, S = 1..4: multipliers and MACs of the six integer variants at n = 8, 16 and
     * 32, and the bf16 and fp32 multipliers and MACs (fused and not).
     */
    static List<UnitSpec> pipelined() {
        List<String> bases = new ArrayList<>();
        for (int n : new int[] {8, 16, 32}) {
            for (String b : List.of("fixed:n=%d,sign=twos", "fixed:n=%d,sign=unsigned,arch=dadda", "mitchw:n=%d,w=6,sign=c1",
                    "mitchwu:n=%d,w=6,sign=sm", "mitchell:n=%d,sign=sm", "drum:n=%d,k=6,sign=c1")) {
                bases.add(String.format(b, n));
                bases.add(String.format(b, n) + ",mac");
            }
        }
        bases.addAll(List.of("bf16", "fp32:subnormals=ftz", "bf16,mac", "fp32,mac", "fp32:fused=false,mac"));
        List<UnitSpec> out = new ArrayList<>();
        for (String base : bases) {
            for (int stages = 1; stages <= 4; stages++) {
                String spec = base.endsWith(",mac") ? base.replace(",mac", ",stages=" + stages + ",mac")
                        : base + (base.contains(":") ? "," : ":") + "stages=" + stages;
                out.add(UnitSpec.parse(spec));
            }
        }
        return out;
    }

    @Test
    void pipelinedDesignsOfEveryKindLintCleanInOneBatch(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        List<UnitSpec> specs = pipelined();
        org.junit.jupiter.api.Assertions.assertEquals(164, specs.size());
        HdlTools.assertLintCleanTogether(dir, specs);
    }

    private static void assertEachLintsClean(Path dir, List<UnitSpec> specs) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        for (UnitSpec spec : specs) {
            GeneratedDesign d = Rtl.generate(spec);
            HdlTools.assertLintClean(dir, d.moduleName(), d.verilog());
        }
    }
}
