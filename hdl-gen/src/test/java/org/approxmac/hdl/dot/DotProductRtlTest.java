package org.approxmac.hdl.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.DotProduct;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated dot-product units, evaluated in Java ({@link Evaluator}) against the golden model:
 * every integer kind and sign handling, K = 2, 3, 4, 9, 16, n = 8, on the lanes' corner operands and
 * random vectors (the Verilator co-simulations repeat this on the rendered Verilog).
 */
class DotProductRtlTest {

    private static final String[] LANE_KINDS = {
        "fixed:n=8", "fixed:n=8,sign=unsigned", "fixed:n=8,arch=dadda", "fixed:n=8,arch=star",
        "fixed:n=8,arch=wallace,adder=ks", "fixed:n=8,arch=booth_wallace,sign=unsigned",
        "mitchw:n=8,w=4", "mitchw:n=8,w=3,sign=sm", "mitchw:n=8,sign=unsigned", "mitchwu:n=8,w=5",
        "mitchell:n=8", "mitchell:n=8,sign=c1", "drum:n=8,k=4", "drum:n=8,k=5,sign=sm", "drum:n=8,sign=unsigned"};

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 9, 16})
    void everyKindsDotProductIsTheExactSumOfItsGoldenLaneProducts(int lanes) {
        for (String kind : LANE_KINDS) {
            UnitSpec spec = UnitSpec.parse(kind + ",dot=" + lanes);
            DotProduct golden = Units.dot(spec);
            Evaluator rtl = new Evaluator(Rtl.module(spec, spec.identifier()));
            SplittableRandom r = new SplittableRandom(lanes * 31L + kind.hashCode());
            for (int v = 0; v < 300; v++) {
                long[] a = operands(r, lanes, v);
                long[] b = operands(r, lanes, v + 7);
                BigInteger z = rtl.evaluate(ports(spec, a, b)).get("z");
                assertEquals(golden.sumWide(a, b, 0), z, () -> spec + " a=" + hex(a) + " b=" + hex(b));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 16})
    void dotProductMacsAccumulateTheExactSumEveryEnabledCycle(int lanes) {
        for (String kind : new String[] {"fixed:n=8", "fixed:n=8,arch=star,adder=bk", "mitchw:n=8,w=4",
                "drum:n=8,k=4,sign=unsigned", "mitchwu:n=8,w=5,sign=sm"}) {
            for (String acc : new String[] {"", ",acc=16"}) {
                UnitSpec spec = UnitSpec.parse(kind + ",dot=" + lanes + ",mac" + acc);
                MacState golden = new MacState(Units.mac(spec));
                Evaluator rtl = new Evaluator(Rtl.module(spec, spec.identifier()));
                SplittableRandom r = new SplittableRandom(lanes + kind.hashCode());
                for (int cycle = 0; cycle < 200; cycle++) {
                    long[] a = operands(r, lanes, cycle);
                    long[] b = operands(r, lanes, cycle + 3);
                    boolean rst = cycle == 0 || r.nextInt(40) == 0;
                    boolean en = r.nextInt(6) != 0;
                    boolean clr = r.nextInt(12) == 0;
                    Map<String, BigInteger> in = ports(spec, a, b);
                    in.put("rst", bit(rst));
                    in.put("en", bit(en));
                    in.put("clr", bit(clr));
                    BigInteger acc2 = rtl.step(in).get("acc");
                    golden.clock(rst, en, clr, a, b, 0);
                    int c = cycle;
                    assertEquals(golden.accumulator(), acc2, () -> spec + " cycle " + c);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 16})
    void signedProductsOfEveryExtremeSumWithoutOverflow(int lanes) {
        // every lane at the most negative operand: the largest sum a signed dot product can reach
        for (String kind : new String[] {"fixed:n=8", "fixed:n=8,arch=star", "mitchw:n=8,w=8,sign=sm"}) {
            UnitSpec spec = UnitSpec.parse(kind + ",dot=" + lanes);
            Evaluator rtl = new Evaluator(Rtl.module(spec, spec.identifier()));
            long[] min = new long[lanes];
            long[] max = new long[lanes];
            java.util.Arrays.fill(min, 0x80);
            java.util.Arrays.fill(max, 0x7F);
            DotProduct golden = Units.dot(spec);
            BigInteger most = golden.sumWide(min, min, 0);
            assertEquals(BigInteger.valueOf(lanes * 128L * 128L), most, spec::toString); // powers of two: exact
            assertEquals(most, rtl.evaluate(ports(spec, min, min)).get("z"));
            BigInteger least = golden.sumWide(min, max, 0);
            assertTrue(Bits.signedValue(least, spec.sumWidth()).signum() < 0);
            assertEquals(least, rtl.evaluate(ports(spec, min, max)).get("z"));
        }
    }

    /** Lane operands: the first vectors hold the 8-bit corners in rotation, then random patterns. */
    private static long[] operands(SplittableRandom r, int lanes, int v) {
        long[] corners = {0, 1, 2, 0x7F, 0x80, 0x81, 0xFF, 0xFE, 0x40, 0xC0};
        long[] x = new long[lanes];
        for (int i = 0; i < lanes; i++) {
            x[i] = v < 40 ? corners[(v + 3 * i) % corners.length] : r.nextLong() & 0xFF;
        }
        return x;
    }

    private static Map<String, BigInteger> ports(UnitSpec spec, long[] a, long[] b) {
        Map<String, BigInteger> in = new HashMap<>();
        in.put("a", packed(a, spec.n()));
        in.put("b", packed(b, spec.n()));
        return in;
    }

    private static BigInteger packed(long[] lanes, int n) {
        BigInteger v = BigInteger.ZERO;
        for (int i = lanes.length - 1; i >= 0; i--) {
            v = v.shiftLeft(n).or(BigInteger.valueOf(lanes[i]));
        }
        return v;
    }

    private static BigInteger bit(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }

    private static String hex(long[] x) {
        StringBuilder sb = new StringBuilder();
        for (long v : x) {
            sb.append(Long.toHexString(v)).append(' ');
        }
        return sb.toString().trim();
    }

    /** Unused modules would be a waste: the lane multiplier is built once and instantiated per lane. */
    @org.junit.jupiter.api.Test
    void oneLaneMultiplierModuleServesEveryLane() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4,dot=9");
        String verilog = Rtl.generate(spec).verilog();
        assertEquals(9, verilog.split("mitchw_n8_w4_c1_dot9_lane u_lane", -1).length - 1);
        assertEquals(1, verilog.split("module mitchw_n8_w4_c1_dot9_lane ", -1).length - 1);
        HdlModule top = Rtl.module(spec, "t");
        assertEquals(72, top.port("a").width());
        assertEquals(20, top.port("z").width());
    }
    /** c1 lanes of sparse cores add negations and borrows (one negation module for every lane); others do not. */
    @org.junit.jupiter.api.Test
    void sparseC1LanesAddNegationsAndBorrowsOthersTheirProducts() {
        String c1 = Rtl.generate(UnitSpec.parse("drum:n=8,k=4,dot=3,mac")).verilog();
        assertEquals(3, c1.split("drum_n8_k4_c1_dot3_mac_acc26_negate u_lane", -1).length - 1, c1);
        assertEquals(1, c1.split("module drum_n8_k4_c1_dot3_mac_acc26_negate ", -1).length - 1);
        assertTrue(c1.contains("output wire invert"), "the lane hands over (magnitude, invert)");
        assertTrue(c1.contains("c1 products added as negations and borrows"), "the header says so");
        for (String other : new String[] {"drum:n=8,k=4,sign=sm,dot=3", "trunc:n=8,t=5,corr=constant,dot=3",
            "mitchw:n=8,w=4,sign=unsigned,dot=3"}) {
            String v = Rtl.generate(UnitSpec.parse(other)).verilog();
            assertFalse(v.contains("_negate u_lane"), other);
        }
    }
}
