package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code dot} key and the dot-product models: the exact sum of the kind's lane products. */
class DotProductTest {

    @Test
    void dotIsInTheCanonicalFormOnlyOffItsDefault() {
        UnitSpec one = UnitSpec.parse("mitchw:n=16,w=6,dot=1");
        assertEquals("mitchw:n=16,w=6,sign=c1", one.canonical());
        assertEquals(UnitSpec.parse("mitchw:n=16,w=6"), one);
        UnitSpec dot = UnitSpec.parse("mitchw:n=16,w=6,dot=16");
        assertEquals("mitchw:n=16,w=6,sign=c1,dot=16", dot.canonical());
        assertEquals("mitchw_n16_w6_c1_dot16", dot.identifier());
        assertEquals(dot, UnitSpec.parse(dot.canonical()));
        assertEquals(16, dot.lanes());
        assertTrue(dot.dot());
        assertFalse(one.dot());
        assertEquals(256, dot.aPortWidth());
        assertEquals(256, dot.bPortWidth());
        assertEquals(36, dot.sumWidth());
        assertEquals(36, dot.outputWidth());
        assertEquals("mitchw:n=16,w=6,sign=c1", dot.lane().canonical());
    }

    @Test
    void aDotProductMacsDefaultAccumulatorGrowsWithItsLanes() {
        assertEquals(40, UnitSpec.parse("fixed:n=16,mac").accumulatorWidth());
        assertEquals(44, UnitSpec.parse("fixed:n=16,dot=16,mac").accumulatorWidth());
        assertEquals(42, UnitSpec.parse("fixed:n=16,dot=3,mac").accumulatorWidth());
        assertEquals(128, UnitSpec.parse("drum:n=60,dot=64,mac").accumulatorWidth());
        assertEquals(20, UnitSpec.parse("drum:n=8,dot=9,mac,acc=20").accumulatorWidth());
        UnitSpec mac = UnitSpec.parse("drum:n=8,k=4,dot=9,mac");
        assertEquals("drum:n=8,k=4,sign=c1", mac.multiplier().canonical());
        assertEquals("drum:n=8,k=4,sign=c1,dot=9,mac,acc=28", mac.canonical());
    }

    @Test
    void badLaneCountsAndCombinationsAreOneLineErrorsWithTheAcceptedRange() {
        assertEquals("mitchw: dot=0 is out of range (accepted: 1..64)",
                assertThrows(SpecException.class, () -> UnitSpec.parse("mitchw:dot=0")).getMessage());
        assertEquals("fixed: dot=65 is out of range (accepted: 1..64)",
                assertThrows(SpecException.class, () -> UnitSpec.parse("fixed:dot=65")).getMessage());
        assertEquals("bf16: dot=65 is out of range (accepted: 1..64)",
                assertThrows(SpecException.class, () -> UnitSpec.parse("bf16:dot=65")).getMessage());
        assertEquals("fp32: dot=4 with stages=1 and mac is not available yet (accepted: stages=0 for a dot-product"
                + " MAC; a dot-product unit without mac takes stages)",
                assertThrows(SpecException.class, () -> UnitSpec.parse("fp32:dot=4,stages=1,mac")).getMessage());
        assertEquals("drum:n=16,k=6,sign=c1,dot=4,stages=2", UnitSpec.parse("drum:dot=4,stages=2").canonical(),
                "a bare dot-product unit is pipelined like a multiplier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=12", "fixed:n=12,sign=unsigned", "mitchw:n=12,w=5", "mitchw:n=12,sign=sm",
        "mitchwu:n=12,sign=unsigned", "mitchell:n=12,sign=c1", "drum:n=12,k=5", "drum:n=12,sign=unsigned"})
    void theSumIsTheExactSumOfTheLaneProductsSignExtended(String kind) {
        for (int lanes : new int[] {2, 3, 9, 16, 64}) {
            UnitSpec spec = UnitSpec.parse(kind + ",dot=" + lanes);
            DotProduct dot = Units.dot(spec);
            Multiplier lane = Units.multiplier(spec.lane());
            SplittableRandom r = new SplittableRandom(lanes);
            int n = spec.n();
            for (int v = 0; v < 200; v++) {
                long[] a = new long[lanes + 2];
                long[] b = new long[lanes + 2];
                for (int i = 0; i < a.length; i++) {
                    a[i] = v % 4 == 0 ? (1L << (n - 1)) : r.nextLong() & Bits.mask(n);
                    b[i] = v % 4 == 0 ? (1L << (n - 1)) : r.nextLong() & Bits.mask(n);
                }
                BigInteger exact = BigInteger.ZERO;
                for (int i = 1; i <= lanes; i++) { // the vector at 1: lanes 1..K of the arrays
                    BigInteger p = BigInteger.valueOf(lane.multiply(a[i], b[i]));
                    exact = exact.add(spec.signedOperands() && p.testBit(2 * n - 1) ? p.subtract(
                            BigInteger.ONE.shiftLeft(2 * n)) : p);
                }
                BigInteger pattern = exact.mod(BigInteger.ONE.shiftLeft(spec.sumWidth()));
                assertEquals(pattern, dot.sumWide(a, b, 1), spec::toString);
                assertEquals(pattern.longValueExact(), dot.sum(a, b, 1), spec::toString);
                // the sum never wraps: K products fit the sum width
                assertEquals(exact, spec.signedOperands() ? Bits.signedValue(pattern, spec.sumWidth()) : pattern);
            }
        }
    }

    @Test
    void aDotProductMacAddsTheSumToItsAccumulatorAndOneLaneIsTheSingleMac() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4,dot=5,mac,acc=20");
        Mac mac = Units.mac(spec);
        DotProduct dot = Units.dot(UnitSpec.parse("mitchw:n=8,w=4,dot=5"));
        SplittableRandom r = new SplittableRandom(9);
        MacState state = new MacState(mac);
        BigInteger expected = BigInteger.ZERO;
        for (int cycle = 0; cycle < 500; cycle++) {
            long[] a = r.longs(5, 0, 256).toArray();
            long[] b = r.longs(5, 0, 256).toArray();
            state.clock(false, true, false, a, b, 0);
            expected = expected.add(Bits.signedValue(dot.sumWide(a, b, 0), dot.spec().sumWidth()));
            assertEquals(expected.mod(BigInteger.ONE.shiftLeft(20)), state.accumulator());
            assertEquals(mac.accumulate(BigInteger.valueOf(cycle), a, b, 0).longValueExact(),
                    mac.accumulate(cycle, a, b, 0)); // the fast path agrees with the wide one
        }
        Mac single = Units.mac(UnitSpec.parse("mitchw:n=8,w=4,mac"));
        long[] a = {0x93};
        long[] b = {0x2C};
        assertEquals(single.accumulate(77, 0x93, 0x2C), single.accumulate(77, a, b, 0));
        assertThrows(IllegalStateException.class, () -> mac.accumulate(0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Units.multiplier(UnitSpec.parse("drum:dot=2")));
    }
}
