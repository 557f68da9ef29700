package org.approxmac.hdl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.Rtl;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.blocks.PartialProducts;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Flattening, the delay estimate and pipelining, through the Java evaluator. */
class PipelinerTest {

    private static final MultiplyAdd BOOTH = new MultiplyAdd(PartialProducts.BOOTH_RADIX4, CompressorTree.DADDA,
            CarryPropagateAdder.RIPPLE);

    @Test
    void flatteningKeepsTheFunctionAndLeavesNoInstance() {
        HdlModule tree = BOOTH.build("mul", 8, true, 16, false);
        HdlModule flat = Flattener.flatten(tree, "mul_flat");
        assertTrue(flat.instances().isEmpty());
        assertEquals(tree.ports(), flat.ports());
        Evaluator hierarchical = new Evaluator(tree);
        Evaluator flattened = new Evaluator(flat);
        for (int a = 0; a < 256; a += 3) {
            for (int b = 0; b < 256; b += 5) {
                Map<String, BigInteger> in = Map.of("a", BigInteger.valueOf(a), "b", BigInteger.valueOf(b));
                assertEquals(hierarchical.evaluate(in), flattened.evaluate(in), a + " * " + b);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7})
    void outputsAreTheFunctionOfTheInputsStagesCyclesEarlier(int stages) {
        HdlModule tree = BOOTH.build("mul", 8, false, 16, false);
        HdlModule piped = Pipeliner.pipeline(tree, "mul_piped", "clk", stages, 0);
        assertEquals("clk", piped.ports().get(0).name());
        assertTrue(piped.clocked().size() >= stages, "at least one register per stage");
        assertTrue(piped.clocked().stream().allMatch(r -> r.target().name().matches(".*_s[1-" + stages + "](_\\d+)?")),
                "copies are named <signal>_s<k>");
        Evaluator sim = new Evaluator(piped);
        Deque<Integer> expected = new ArrayDeque<>();
        SplittableRandom random = new SplittableRandom(stages);
        for (int cycle = 0; cycle < 600; cycle++) {
            int a = random.nextInt(256);
            int b = random.nextInt(256);
            expected.addLast(a * b);
            BigInteger z = sim.step(Map.of("a", BigInteger.valueOf(a), "b", BigInteger.valueOf(b))).get("result");
            if (cycle >= stages - 1) {
                // after this edge the output shows the product of the inputs applied stages - 1 edges ago
                int due = expected.removeFirst();
                if (cycle >= stages) {
                    assertEquals(due, z.intValueExact(), "cycle " + cycle);
                }
            }
        }
    }

    @Test
    void everyPathCrossesTheSameNumberOfRegisters() {
        // a output that needs no logic (a plain wire) and a deep one still arrive in the same cycle
        ModuleBuilder m = new ModuleBuilder("two_paths");
        Signal a = m.input("a", 8);
        Signal b = m.input("b", 8);
        Signal sum = m.wire("sum", a.zext(16).mul(b.zext(16)));
        m.assign(m.output("deep", 16), sum.add(Expr.concat(Constant.zero(15), Constant.ones(1))));
        m.assign(m.output("shallow", 8), a);
        HdlModule piped = Pipeliner.pipeline(m.build(), "two_paths_piped", "clk", 3, 0);
        Evaluator sim = new Evaluator(piped);
        int[] as = {5, 200, 17, 255, 0, 99};
        for (int t = 0; t < as.length; t++) {
            Map<String, BigInteger> out = sim.step(Map.of("a", BigInteger.valueOf(as[t]), "b", BigInteger.valueOf(3)));
            if (t >= 2) {
                int src = as[t - 2];
                assertEquals(src, out.get("shallow").intValueExact());
                assertEquals(src * 3 + 1, out.get("deep").intValueExact());
            }
        }
    }

    @Test
    void delayModelCountsGateLevels() {
        ModuleBuilder m = new ModuleBuilder("levels");
        Signal a = m.input("a", 8);
        Signal b = m.input("b", 8);
        Signal and = m.wire("and_ab", a.and(b));
        Signal sum = m.wire("sum", and.add(b));
        Signal picked = m.wire("picked", sum.slice(3, 0));
        m.discard(sum.slice(7, 4), "only the low bits matter here");
        m.assign(m.output("z", 4), picked.not());
        Map<String, Integer> t = DelayModel.arrivals(m.build());
        assertEquals(0, t.get("a"));
        assertEquals(1, t.get("and_ab"));
        assertEquals(1 + 8 + 2, t.get("sum"), "Verilog '+' as the flow maps it: a ripple-like chain");
        assertEquals(t.get("sum"), t.get("picked"), "slicing is wiring");
        assertEquals(t.get("sum") + 1, t.get("z"));
        ModuleBuilder carry = new ModuleBuilder("carry");
        Signal g = carry.input("g", 1);
        Signal p = carry.input("p", 1);
        Signal c = carry.input("c", 1);
        carry.assign(carry.output("out", 1), g.or(p.and(c)));
        assertEquals(1, DelayModel.arrivals(carry.build()).get("out"), "an AND-OR is one complex gate");
    }

    @Test
    void aWideAdderABoundaryCrossesBecomesAChainTheRegistersCut() {
        ModuleBuilder m = new ModuleBuilder("wide_sum");
        Signal a = m.input("a", 40);
        Signal b = m.input("b", 40);
        Signal masked = m.wire("masked", a.and(b.not()));
        m.assign(m.output("z", 40), masked.add(b));
        HdlModule piped = Pipeliner.pipeline(m.build(), "wide_sum_piped", "clk", 3, 0, true);
        assertTrue(piped.assignments().stream().noneMatch(x -> usesPlus(x.value())),
                "every '+' a boundary crosses is expanded into a gate-level chain");
        assertTrue(piped.clocked().stream().anyMatch(r -> r.target().name().startsWith("z_cpa_g_l")),
                "a register cuts the carry chain itself");
        assertTrue(Pipeliner.pipeline(m.build(), "wide_sum_whole", "clk", 3, 0).assignments().stream()
                .anyMatch(x -> usesPlus(x.value())), "without cutAdders the adder stays whole");
        Evaluator sim = new Evaluator(piped);
        SplittableRandom random = new SplittableRandom(40);
        Deque<BigInteger> expected = new ArrayDeque<>();
        BigInteger mask = BigInteger.ONE.shiftLeft(40).subtract(BigInteger.ONE);
        for (int cycle = 0; cycle < 300; cycle++) {
            BigInteger x = BigInteger.valueOf(random.nextLong(1L << 40));
            BigInteger y = BigInteger.valueOf(random.nextLong(1L << 40));
            expected.addLast(x.and(y.not().and(mask)).add(y).and(mask));
            BigInteger z = sim.step(Map.of("a", x, "b", y)).get("z");
            if (cycle >= 2) {
                BigInteger due = expected.removeFirst();
                if (cycle >= 3) {
                    assertEquals(due, z, "cycle " + cycle);
                }
            }
        }
    }

    @Test
    void anAdderWithinOneStageStaysVerilogPlus() {
        // the boundary of a 1-stage split falls inside the long multiplier behind the adder
        ModuleBuilder m = new ModuleBuilder("sum_then_product");
        Signal a = m.input("a", 8);
        Signal b = m.input("b", 8);
        Signal c = m.input("c", 8);
        Signal sum = m.wire("sum", a.add(b));
        m.assign(m.output("z", 16), sum.zext(16).mul(c.zext(16)));
        HdlModule piped = Pipeliner.pipeline(m.build(), "sum_then_product_piped", "clk", 1, 0, true);
        assertTrue(piped.assignments().stream().anyMatch(x -> x.target().name().equals("sum") && usesPlus(x.value())));
        assertTrue(piped.internals().stream().noneMatch(s -> s.name().contains("_cpa_")));
    }

    private static boolean usesPlus(Expr e) {
        return e.verilog().contains(" + ");
    }

    @Test
    void refusesWhatCannotBePipelined() {
        HdlModule tree = BOOTH.build("mul", 4, false, 8, false);
        assertThrows(IllegalArgumentException.class, () -> Pipeliner.pipeline(tree, "p", "clk", 0, 0));
        HdlException clk = assertThrows(HdlException.class, () -> Pipeliner.pipeline(tree, "p", "a", 1, 0));
        assertTrue(clk.getMessage().contains("already has a port 'a'"), clk.getMessage());
        HdlModule mac = Rtl.module(UnitSpec.parse("mitchw:n=8,mac"), "m");
        HdlException registers = assertThrows(HdlException.class, () -> Flattener.flatten(mac, "f"));
        assertTrue(registers.getMessage().contains("only combinational"), registers.getMessage());
    }
}
