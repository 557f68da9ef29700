package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code trailing-zeros} class, replayed on the golden MAC: each case starts with a clear, and just
 * before its negative product the accumulator's lowest 1 is at a bit j; every bit of the accumulator is
 * such a j for some case (the c1 and sign-magnitude MACs of two kinds, a fixed one and an unsigned one).
 */
class TrailingZeroCyclesTest {

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=8,w=4,mac", "drum:n=8,k=4,mac", "mitchw:n=16,w=6,sign=sm,mac", "fixed:n=8,mac",
            "drum:n=16,k=6,sign=unsigned,mac", "mitchw:n=32,w=6,mac"})
    void everyAccumulatorBitIsTheLowestOneOfSomeCase(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Mac golden = Units.mac(spec);
        int width = spec.accumulatorWidth();
        BigInteger modulus = BigInteger.ONE.shiftLeft(width);
        BitSet lowestOnes = new BitSet();
        List<MacCycles> cases = TrailingZeroCycles.cases(spec, 1);
        for (MacCycles c : cases) {
            assertTrue((c.flags(0) & MacSequence.CLR) != 0, text + ": a case starts with a clear");
            BigInteger acc = BigInteger.ZERO;
            // the last three cycles are the negative product, 1 x 1 and a random product
            for (int i = 0; i < c.size() - 3; i++) {
                acc = golden.accumulate(i == 0 ? BigInteger.ZERO : acc, c.a(i), c.b(i)).mod(modulus);
            }
            assertTrue(acc.signum() != 0, text + ": the accumulator is not 0 before the negative product");
            lowestOnes.set(acc.getLowestSetBit());
        }
        assertEquals(width, lowestOnes.cardinality(), text + ": lowest ones reached " + lowestOnes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=8,w=4,mac", "drum:n=12,k=5,sign=sm,mac", "fixed:n=16,mac", "mitchw:n=32,w=6,mac"})
    void reachedValuesAreTheTargets(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Mac golden = Units.mac(spec);
        BigInteger modulus = BigInteger.ONE.shiftLeft(spec.accumulatorWidth());
        AccumulatorReach reach = new AccumulatorReach(spec);
        int reached = 0;
        for (int j = 0; j < spec.accumulatorWidth(); j += 3) {
            for (BigInteger target : List.of(BigInteger.ONE.shiftLeft(j), BigInteger.ONE.shiftLeft(j).negate(),
                    BigInteger.valueOf(12345).shiftLeft(j))) {
                Optional<List<long[]>> pairs = reach.pairs(target);
                if (pairs.isEmpty()) {
                    continue;
                }
                BigInteger acc = BigInteger.ZERO;
                for (long[] p : pairs.get()) {
                    acc = golden.accumulate(acc, p[0], p[1]).mod(modulus);
                }
                assertEquals(target.mod(modulus), acc, text + ": target " + target);
                assertTrue(pairs.get().size() <= AccumulatorReach.MAX_CYCLES, text);
                reached++;
            }
        }
        assertTrue(reached > spec.accumulatorWidth() / 2, text + ": reached only " + reached + " targets");
    }
    @org.junit.jupiter.api.Test
    void anArrayRunsItsElementsCasesOnEveryRowAndColumn() {
        UnitSpec array = UnitSpec.parse("mitchw:n=8,w=4,mac,rows=2,cols=3");
        UnitSpec element = array.element();
        MacPlan plan = MacPlan.parse("corners", array, 0, 1);
        MacPlan.Part part = plan.parts().stream().filter(p -> p.label().equals("trailing-zeros")).findFirst()
                .orElseThrow(() -> new AssertionError("no trailing-zeros class in " + plan.labels()));
        DirectedCycles single = new DirectedCycles(TrailingZeroCycles.cases(element, 1));
        assertEquals(single.count(), part.count(), "the element's cases, once each");
        int lanes = part.stimulus().lanes();
        assertEquals(3, lanes, "one lane per row or column, the larger count");
        int len = (int) Math.min(part.count(), 500);
        long[] a = new long[len * lanes];
        long[] b = new long[len * lanes];
        byte[] flags = new byte[len];
        part.stimulus().fill(0, new java.util.SplittableRandom(1), a, b, flags);
        long[] sa = new long[len];
        long[] sb = new long[len];
        byte[] sflags = new byte[len];
        single.fill(0, new java.util.SplittableRandom(1), sa, sb, sflags);
        for (int i = 0; i < len; i++) {
            assertEquals(sflags[i], flags[i], "cycle " + i + ": the case's controls");
            for (int lane = 0; lane < lanes; lane++) {
                assertEquals(sa[i], a[i * lanes + lane], "cycle " + i + ", row " + lane);
                assertEquals(sb[i], b[i * lanes + lane], "cycle " + i + ", column " + lane);
            }
        }
    }
}
