package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered Verilog, checked by the real tools: every canonical design and a sample of other
 * parameters (n = 12, 24, odd n, w from 1 to n, k from 3 to n, every sign mode) passes
 * {@code verilator --lint-only -Wall} silently and the Yosys hierarchy/proc/check, and simulates in
 * Verilator in agreement with the golden model (corner and stratified random vectors; MACs under
 * random rst/en/clr). Each set is simulated in one Verilator build.
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

    @Test
    void canonicalDesignsLintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        for (UnitSpec spec : CanonicalDesigns.specs()) {
            GeneratedDesign d = Rtl.generate(spec);
            HdlTools.assertLintClean(dir, d.moduleName(), d.verilog());
        }
    }

    @Test
    void sampleDesignsLintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        for (UnitSpec spec : sample()) {
            GeneratedDesign d = Rtl.generate(spec);
            HdlTools.assertLintClean(dir, d.moduleName(), d.verilog());
        }
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
        List<VerilatorHarness.Dut> duts = new ArrayList<>();
        for (UnitSpec s : sweep()) {
            duts.add(new VerilatorHarness.Dut(Rtl.generate(s), Rtl.module(s, s.identifier())));
        }
        HdlTools.assertLintClean(new VerilatorHarness(duts, dir).writeSources(), "sim_top");
    }

    @Test
    void canonicalDesignsSimulateLikeTheGoldenModel(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX));
        simulate(CanonicalDesigns.specs(), dir);
    }

    @Test
    void sampleDesignsSimulateLikeTheGoldenModel(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX));
        simulate(sample(), dir);
    }

    /** Builds all specs into one simulator and checks ~300+ cycles per design against the golden model. */
    private static void simulate(List<UnitSpec> specs, Path dir) {
        List<VerilatorHarness.Dut> duts = new ArrayList<>();
        for (UnitSpec s : specs) {
            duts.add(new VerilatorHarness.Dut(Rtl.generate(s), Rtl.module(s, s.identifier())));
        }
        VerilatorHarness harness = new VerilatorHarness(duts, dir);
        harness.build();
        Random rnd = new Random(2021);
        List<List<long[]>> operands = new ArrayList<>();
        int cycles = 0;
        for (UnitSpec s : specs) {
            List<long[]> pairs = Vectors.pairs(s.n(), 300, s.canonical().hashCode());
            operands.add(pairs);
            cycles = Math.max(cycles, pairs.size());
        }
        List<List<Map<String, BigInteger>>> inputs = new ArrayList<>();
        for (int t = 0; t < cycles; t++) {
            List<Map<String, BigInteger>> cycle = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                long[] v = operands.get(i).get(t % operands.get(i).size());
                cycle.add(Map.of("a", BigInteger.valueOf(v[0]), "b", BigInteger.valueOf(v[1]),
                        "rst", bit(rnd.nextInt(50) == 0), "en", bit(rnd.nextInt(5) != 0),
                        "clr", bit(rnd.nextInt(12) == 0)));
            }
            inputs.add(cycle);
        }
        List<List<Map<String, BigInteger>>> outputs = harness.run(inputs);
        for (int i = 0; i < specs.size(); i++) {
            UnitSpec s = specs.get(i);
            Multiplier golden = Units.multiplier(s);
            MacState mac = s.mac() ? Golden.mac(s) : null;
            for (int t = 0; t < cycles; t++) {
                Map<String, BigInteger> in = inputs.get(t).get(i);
                long a = in.get("a").longValue();
                long b = in.get("b").longValue();
                if (mac != null) {
                    mac.clock(in.get("rst").signum() != 0, in.get("en").signum() != 0, in.get("clr").signum() != 0, a, b);
                    assertEquals(mac.accumulator(), outputs.get(t).get(i).get("acc"), s + " cycle " + t);
                } else {
                    assertEquals(Golden.product(golden, a, b), outputs.get(t).get(i).get("z"),
                            s + " a=" + a + " b=" + b);
                }
            }
        }
    }

    private static BigInteger bit(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }
}
