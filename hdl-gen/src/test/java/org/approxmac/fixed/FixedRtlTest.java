package org.approxmac.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.approxmac.hdl.ModuleEval;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.spec.Kind;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class FixedRtlTest {

    @Test
    void exactProductsExhaustively() {
        int n = 6;
        ModuleEval twos = new ModuleEval(FixedRtl.build("t", n, SignMode.TWOS));
        ModuleEval unsigned = new ModuleEval(FixedRtl.build("u", n, SignMode.UNSIGNED));
        long mask = (1L << (2 * n)) - 1;
        for (long a = 0; a < (1L << n); a++) {
            for (long b = 0; b < (1L << n); b++) {
                long sa = a >= (1L << (n - 1)) ? a - (1L << n) : a;
                long sb = b >= (1L << (n - 1)) ? b - (1L << n) : b;
                assertEquals((sa * sb) & mask, twos.out("z", "a", a, "b", b));
                assertEquals(a * b, unsigned.out("z", "a", a, "b", b));
            }
        }
    }

    @Test
    void everyArchitectureMultipliesAndAccumulatesExactly() {
        int n = 5;
        for (String arch : Kind.FIXED.descriptor().param("arch").orElseThrow().choices()) {
            UnitSpec spec = UnitSpec.parse("fixed:n=" + n + ",arch=" + arch + ",adder=sklansky");
            ModuleEval mul = new ModuleEval(FixedRtl.build(spec, "m"));
            for (long a = 0; a < (1L << n); a++) {
                for (long b = 0; b < (1L << n); b++) {
                    long sa = a >= (1L << (n - 1)) ? a - (1L << n) : a;
                    long sb = b >= (1L << (n - 1)) ? b - (1L << n) : b;
                    assertEquals((sa * sb) & 1023, mul.out("z", "a", a, "b", b), arch + ": " + a + " * " + b);
                }
            }
            UnitSpec macSpec = UnitSpec.parse("fixed:n=" + n + ",arch=" + arch + ",mac,acc=14");
            Evaluator mac = new Evaluator(FixedRtl.build(macSpec, "mac"));
            long acc = 0;
            java.util.SplittableRandom r = new java.util.SplittableRandom(3);
            for (int t = 0; t < 300; t++) {
                long a = r.nextLong(1L << n);
                long b = r.nextLong(1L << n);
                boolean clr = t % 37 == 0;
                long sa = a >= (1L << (n - 1)) ? a - (1L << n) : a;
                long sb = b >= (1L << (n - 1)) ? b - (1L << n) : b;
                acc = ((clr ? 0 : acc) + sa * sb) & ((1L << 14) - 1);
                var out = mac.step(java.util.Map.of("a", BigInteger.valueOf(a), "b", BigInteger.valueOf(b),
                        "en", BigInteger.ONE, "clr", clr ? BigInteger.ONE : BigInteger.ZERO));
                assertEquals(acc, out.get("acc").longValueExact(), arch + " cycle " + t);
            }
        }
    }

    /**
     * A pipelined radix-4 MAC whose stage split leaves the multiplier whole (all stages in the final adder)
     * computes the hard multiple with Verilog '+', which maps faster than the ripple block a register could
     * cut; one whose split cuts the multiplier has the block.
     */
    @Test
    void pipelinedRadix4MacsCutTheHardMultipleOnlyWhereTheSplitCutsTheMultiplier() {
        for (int stages = 1; stages <= 4; stages++) {
            UnitSpec spec = UnitSpec.parse("fixed:n=32,arch=radix4,stages=" + stages + ",mac");
            String verilog = org.approxmac.hdl.Rtl.generate(spec).verilog();
            boolean multiplierCut = !verilog.contains("// Stages: 0 in the multiplier");
            assertEquals(multiplierCut, verilog.contains("u_multiple_adder"), "stages=" + stages);
            assertEquals(!multiplierCut, verilog.contains("assign multiplicand_x3 = multiplicand_x1 + multiplicand_x2;"),
                    "stages=" + stages);
        }
        // the delay model puts S = 1 and 2 in the final adder, S = 3 and 4 in both
        assertTrue(org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=32,arch=radix4,stages=2,mac")).verilog()
                .contains("// Stages: 0 in the multiplier"));
        assertTrue(org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=32,arch=radix4,stages=4,mac")).verilog()
                .contains("u_multiple_adder"));
    }

    /**
     * A pipelined radix-4 multiplier is cut from a datapath whose hard multiple 3a is its gate-level final
     * adder's kind (ripple carry for plus), so no Verilog '+' is left for a stage to hold whole; the
     * combinational multiplier keeps '+'.
     */
    @Test
    void pipelinedRadix4MultipliersComputeTheHardMultipleWithACuttableAdder() {
        for (String adder : new String[] {"plus", "bk"}) {
            for (int stages = 1; stages <= 3; stages++) {
                String verilog = org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=16,arch=radix4,adder=" + adder
                        + ",stages=" + stages)).verilog();
                assertTrue(verilog.contains("u_core_u_multiple_adder_sum"), adder + " stages=" + stages);
                assertTrue(verilog.lines().noneMatch(l -> l.trim().startsWith("assign") && l.contains(" + ")),
                        adder + " stages=" + stages);
            }
        }
        assertTrue(org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=16,arch=radix4")).verilog()
                .contains("assign multiplicand_x3 = multiplicand_x1 + multiplicand_x2;"));
        assertThrows(IllegalArgumentException.class,
                () -> FixedRtl.pipelinedDatapath(UnitSpec.parse("fixed:n=16,arch=radix4,stages=2"), "m"));
        assertThrows(IllegalArgumentException.class,
                () -> FixedRtl.pipelinedDatapath(UnitSpec.parse("fixed:n=16,arch=radix4,dot=4"), "m"));
        // a pipelined dot product keeps its own datapath (its lanes' ports and tree)
        assertTrue(org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=8,dot=5,stages=2")).verilog()
                .contains("input  wire [39:0] a,"));
    }

    /** A pipelined multiplier or dot product resolves auto as a pipelined unit, not as its combinational datapath. */
    @Test
    void pipelinedMultipliersAndDotProductsTakeThePipelinedAuto() {
        String n16 = org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=16,stages=2")).verilog();
        assertTrue(n16.contains("// Architecture: radix-4 Booth partial products"), "n=16");
        assertTrue(n16.lines().noneMatch(l -> l.contains("multiplicand_x3")), "no hard multiple at n = 16");
        String n32 = org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=32,stages=4")).verilog();
        assertTrue(n32.contains("// Architecture: AND-array partial products"), "n=32");
        assertTrue(n32.lines().noneMatch(l -> l.contains("multiplicand_x3")), "no hard multiple at n = 32");
        String dot = org.approxmac.hdl.Rtl.generate(UnitSpec.parse("fixed:n=8,dot=5,stages=2")).verilog();
        assertTrue(dot.contains("radix-4 Booth partial products of every lane"), "dot product");
    }

    @Test
    void autoChoosesRadix4RowsWithTheHardMultipleAtEveryWidth() {
        assertEquals("radix4", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=16")));
        assertEquals("radix4", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=3,mac")));
        assertEquals("radix4", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=17,mac")));
        assertEquals("star", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=8,arch=star")));
        assertEquals("booth", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=8,arch=booth")));
        // pipelined: the rows without a carry chain in front of the tree
        assertEquals("booth", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=16,stages=2,mac")));
        assertEquals("dadda", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=17,stages=2,mac")));
        assertEquals("radix4", FixedRtl.resolvedArchitecture(UnitSpec.parse("fixed:n=32,stages=2,mac,arch=radix4")));
        assertTrue(FixedRtl.describe(UnitSpec.parse("fixed:n=32,mac"))
                .startsWith("radix-4 (hard multiple 3a) partial products, Dadda"));
        assertTrue(FixedRtl.describe(UnitSpec.parse("fixed:n=32,mac,arch=dadda"))
                .startsWith("AND-array partial products, Dadda"));
        assertTrue(FixedRtl.describe(UnitSpec.parse("fixed:n=8,arch=star,mac")).startsWith("Verilog '*'"));
    }

    @Test
    void rejectsApproximateSignModes() {
        assertThrows(IllegalArgumentException.class, () -> FixedRtl.build("x", 8, SignMode.C1));
    }
}
