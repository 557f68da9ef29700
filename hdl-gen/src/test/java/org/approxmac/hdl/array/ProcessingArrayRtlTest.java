package org.approxmac.hdl.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
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
 * The generated processing-element arrays, evaluated in Java ({@link Evaluator}) against the golden
 * model: every integer kind, shared and unshared conversion, square and oblong arrays, random control
 * and operand sequences with the corners first (the Verilator co-simulations repeat this on the Verilog).
 */
class ProcessingArrayRtlTest {

    /** Both conversions of each core: one-hot and detector-and-shifter log values and segments, k = n. */
    private static final String[] KINDS = {
        "mitchw:n=8,w=4", "mitchw:n=8,w=5,sign=sm", "mitchw:n=8,w=1,sign=unsigned", "mitchwu:n=8,w=5",
        "mitchwu:n=8,w=2,sign=sm", "mitchell:n=8", "mitchell:n=8,sign=c1", "drum:n=8,k=4", "drum:n=8,k=8,sign=sm",
        "drum:n=8,k=5,sign=unsigned", "drum:n=32,k=17", "mitchw:n=16,w=6,adder=bk"};

    @ParameterizedTest
    @ValueSource(strings = {"rows=2,cols=2", "rows=2,cols=3", "rows=3,cols=1", "rows=1,cols=4"})
    void sharedAndUnsharedArraysFollowTheGoldenArrayCycleByCycle(String size) {
        for (String kind : KINDS) {
            for (String share : new String[] {"", ",share=none"}) {
                check(UnitSpec.parse(kind + ",mac," + size + share), 120);
            }
        }
    }

    @Test
    void fixedArraysHaveAWholeMultiplierPerElement() {
        for (String kind : new String[] {"fixed:n=8", "fixed:n=8,arch=star,sign=unsigned", "fixed:n=8,arch=wallace"}) {
            UnitSpec spec = UnitSpec.parse(kind + ",mac,rows=2,cols=3");
            assertFalse(spec.sharedOperands(), spec::toString);
            check(spec, 120);
        }
    }

    @Test
    void fourByFourMitchw6AndDrum6AtSixteenBits() {
        for (String kind : new String[] {"mitchw:n=16,w=6", "drum:n=16,k=6", "mitchw:n=16,w=6,sign=sm"}) {
            check(UnitSpec.parse(kind + ",mac,rows=4,cols=4"), 60);
            check(UnitSpec.parse(kind + ",mac,rows=4,cols=4,share=none"), 30);
        }
    }

    @Test
    void sharedArrayConvertsEachOperandOncePerRowAndColumn() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=16,w=6,mac,rows=3,cols=4");
        HdlModule top = Rtl.module(spec, "arr");
        assertEquals(3 + 4, instancesOf(top, "arr_convert"));
        assertEquals(12, instancesOf(top, "arr_pe"));
        HdlModule unshared = Rtl.module(UnitSpec.parse("mitchw:n=16,w=6,mac,rows=3,cols=4,share=none"), "arr");
        assertEquals(0, instancesOf(unshared, "arr_convert"));
        assertEquals(12, instancesOf(unshared, "arr_pe"));
        assertTrue(Rtl.architecture(spec).contains("converted once"), Rtl.architecture(spec));
    }

    @Test
    void sharedC1ElementsAccumulateTheOnesComplementAsNegationAndBorrowAsSingleMacsDo() {
        for (String kind : new String[] {"mitchw:n=16,w=6", "drum:n=16,k=6", "mitchell:n=8,sign=c1"}) {
            HdlModule top = Rtl.module(UnitSpec.parse(kind + ",mac,rows=2,cols=2"), "arr");
            HdlModule element = top.instances().stream().map(i -> i.module()).filter(m -> m.name().equals("arr_pe"))
                    .findFirst().orElseThrow();
            HdlModule combination = element.instances().stream().map(i -> i.module())
                    .filter(m -> m.name().equals("arr_pe_mul")).findFirst().orElseThrow();
            assertTrue(combination.ports().stream().anyMatch(p -> p.name().equals("invert")), kind
                    + ": the combination hands over (magnitude, invert)");
            assertTrue(element.instances().stream().anyMatch(i -> i.module().name().equals("arr_pe_borrow")), kind);
        }
        HdlModule sm = Rtl.module(UnitSpec.parse("mitchw:n=16,w=6,sign=sm,mac,rows=2,cols=2"), "arr");
        HdlModule smElement = sm.instances().stream().map(i -> i.module()).filter(m -> m.name().equals("arr_pe"))
                .findFirst().orElseThrow();
        assertFalse(smElement.instances().stream().anyMatch(i -> i.module().name().equals("arr_pe_borrow")),
                "sign-magnitude elements add the negated product");
    }

    private static long instancesOf(HdlModule top, String module) {
        return top.instances().stream().filter(i -> i.module().name().equals(module)).count();
    }

    private static void check(UnitSpec spec, int cycles) {
        MacState golden = new MacState(Units.mac(spec));
        Evaluator rtl = new Evaluator(Rtl.module(spec, spec.identifier()));
        int n = spec.n();
        int lines = Math.max(spec.rows(), spec.cols());
        SplittableRandom r = new SplittableRandom(spec.canonical().hashCode());
        long mask = (1L << n) - 1;
        long[] corners = {0, 1, 2, mask >>> 1, (mask >>> 1) + 1, (mask >>> 1) + 2, mask, mask - 1, 3, mask >>> 2};
        for (int cycle = 0; cycle < cycles; cycle++) {
            long[] a = new long[lines];
            long[] b = new long[lines];
            for (int i = 0; i < lines; i++) {
                a[i] = cycle < 30 ? corners[(cycle + 3 * i) % corners.length] : r.nextLong() & mask;
                b[i] = cycle < 30 ? corners[(cycle / corners.length + 7 * i) % corners.length] : r.nextLong() & mask;
            }
            boolean rst = cycle == 0 || r.nextInt(40) == 0;
            boolean en = r.nextInt(6) != 0;
            boolean clr = r.nextInt(12) == 0;
            Map<String, BigInteger> in = new HashMap<>();
            in.put("a", packed(a, spec.rows(), n));
            in.put("b", packed(b, spec.cols(), n));
            in.put("rst", rst ? BigInteger.ONE : BigInteger.ZERO);
            in.put("en", en ? BigInteger.ONE : BigInteger.ZERO);
            in.put("clr", clr ? BigInteger.ONE : BigInteger.ZERO);
            BigInteger acc = rtl.step(in).get("acc");
            golden.clock(rst, en, clr, a, b, 0);
            int c = cycle;
            assertEquals(golden.accumulator(), acc, () -> spec + " cycle " + c);
        }
    }

    private static BigInteger packed(long[] operands, int count, int n) {
        BigInteger v = BigInteger.ZERO;
        for (int i = count - 1; i >= 0; i--) {
            v = v.shiftLeft(n).or(BigInteger.valueOf(operands[i]));
        }
        return v;
    }
}
