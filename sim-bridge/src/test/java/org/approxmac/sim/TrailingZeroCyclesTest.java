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
}
