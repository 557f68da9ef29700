package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.golden.DotProduct;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Floating dot-product units and MACs, evaluated in Java ({@link Evaluator}) against the golden tree
 * ({@link FloatSumTree}): both formats and subnormal modes, K from 2 to 9 (the Verilator co-simulations
 * repeat this on the rendered Verilog).
 */
class FloatDotRtlTest {

    private static long[] operands(FloatSampler sampler, int lanes) {
        long[] x = new long[lanes];
        for (int i = 0; i < lanes; i++) {
            x[i] = sampler.next();
        }
        return x;
    }

    private static BigInteger packed(long[] lanes, int width) {
        BigInteger v = BigInteger.ZERO;
        for (int i = lanes.length - 1; i >= 0; i--) {
            v = v.shiftLeft(width).or(BigInteger.valueOf(lanes[i]));
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,dot=2", "bf16,dot=3", "bf16:subnormals=ftz,dot=5", "fp32,dot=4",
        "fp32:subnormals=ftz,dot=3", "bf16,dot=9"})
    void theUnitIsTheGoldenTree(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        DotProduct golden = Units.dot(spec);
        Evaluator rtl = new Evaluator(Rtl.module(spec, spec.identifier()));
        FloatSampler sampler = new FloatSampler(FloatUnit.of(spec).operandFormat(), 5);
        int width = spec.n();
        for (int v = 0; v < 600; v++) {
            long[] a = operands(sampler, spec.lanes());
            long[] b = operands(sampler, spec.lanes());
            BigInteger z = rtl.evaluate(Map.of("a", packed(a, width), "b", packed(b, width))).get("z");
            assertEquals(golden.sum(a, b, 0), z.longValue(), () -> text + " a=" + java.util.Arrays.toString(a)
                    + " b=" + java.util.Arrays.toString(b));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,dot=4,mac", "fp32:fused=false,dot=3,mac", "bf16:subnormals=ftz,dot=2,mac"})
    void theMacAddsTheTreeSumEveryEnabledCycle(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        MacState golden = new MacState(Units.mac(spec));
        Evaluator rtl = new Evaluator(Rtl.module(spec, spec.identifier()));
        FloatSampler sampler = new FloatSampler(FloatUnit.of(spec).operandFormat(), 9);
        SplittableRandom random = new SplittableRandom(4);
        for (int cycle = 0; cycle < 600; cycle++) {
            long[] a = operands(sampler, spec.lanes());
            long[] b = operands(sampler, spec.lanes());
            boolean rst = cycle == 0 || random.nextInt(50) == 0;
            boolean en = random.nextInt(8) != 0;
            boolean clr = random.nextInt(8) == 0;
            Map<String, BigInteger> in = new HashMap<>();
            in.put("a", packed(a, spec.n()));
            in.put("b", packed(b, spec.n()));
            in.put("rst", BigInteger.valueOf(rst ? 1 : 0));
            in.put("en", BigInteger.valueOf(en ? 1 : 0));
            in.put("clr", BigInteger.valueOf(clr ? 1 : 0));
            BigInteger acc = rtl.step(in).get("acc");
            golden.clock(rst, en, clr, a, b, 0);
            int c = cycle;
            assertEquals(golden.accumulator(), acc, () -> text + " cycle " + c);
        }
    }

    @Test
    void oneMultiplierAndOneAdderModuleServeTheWholeTree() {
        UnitSpec spec = UnitSpec.parse("bf16,dot=9,mac");
        HdlModule top = Rtl.module(spec, "dut");
        long lanes = top.instances().stream().filter(i -> i.module().name().equals("dut_lane")).count();
        long adders = top.instances().stream().filter(i -> i.module().name().equals("dut_add")).count();
        assertEquals(9, lanes);
        assertEquals(9, adders, "8 in the tree, one accumulating");
        assertTrue(Rtl.architecture(spec).contains("balanced tree of 8 FP32 adders"), Rtl.architecture(spec));
    }
}
