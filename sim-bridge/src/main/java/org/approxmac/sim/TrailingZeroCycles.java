package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

/**
 * The {@code trailing-zeros} class of an integer MAC: for every bit j of the accumulator, cases that
 * bring the accumulator to a value whose lowest 1 is bit j, then add a negative product (and a
 * positive one, and a random one). A borrow or carry out of the low bits then runs through exactly j
 * zeros, which random cycles almost never do for large j (their sums have random low bits); the c1
 * MACs take the one's complement's missing one from the accumulator by a borrow that runs through its
 * trailing zeros (docs/arithmetic.md), so every length of that run is exercised here.
 * <p>
 * Three accumulator values per bit j, each reached from a clear by adding products
 * ({@link AccumulatorReach}): 2^j (nothing above bit j), -2^j (signed MACs: every bit above j set)
 * and 2^j times a random odd number (random bits above j). A value the products cannot reach within
 * {@value AccumulatorReach#MAX_CYCLES} cycles is left out. The negative product is the operand -1
 * times 1 in the spec's sign handling (unsigned MACs: the product of the two largest operands).
 * Single MACs of at most 32-bit operands (an array runs its element's cases on every element, {@link MacPlan});
 * dot products have no such class.
 */
final class TrailingZeroCycles {

    private TrailingZeroCycles() {
    }

    static boolean applies(UnitSpec spec) {
        return spec.mac() && !spec.kind().floating() && !spec.dot() && !spec.array() && spec.n() <= 32;
    }

    static List<MacCycles> cases(UnitSpec spec, long seed) {
        int n = spec.n();
        int width = spec.accumulatorWidth();
        boolean signed = spec.signedOperands();
        long mask = (1L << n) - 1;
        long top = 1L << (n - 1);
        Multiplier golden = Units.multiplier(spec.multiplier());
        long[] negative = signed ? negativeOne(golden, n, mask, top) : new long[] {mask, mask};
        AccumulatorReach reach = new AccumulatorReach(spec, golden);
        SplittableRandom random = new SplittableRandom(seed);
        List<MacCycles> out = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            BigInteger power = BigInteger.ONE.shiftLeft(j);
            List<BigInteger> targets = new ArrayList<>();
            targets.add(power);
            if (signed) {
                targets.add(power.negate());
            }
            int above = Math.max(1, Math.min(width - 1 - j, 62));
            targets.add(power.multiply(BigInteger.valueOf(random.nextLong(1L << Math.min(above, 62)) | 1)));
            for (BigInteger target : targets) {
                Optional<List<long[]>> pairs = reach.pairs(target);
                if (pairs.isEmpty()) {
                    continue;
                }
                MacCycles c = new MacCycles();
                List<long[]> sum = pairs.get();
                for (int k = 0; k < sum.size(); k++) {
                    c.add(k == 0 ? MacSequence.EN | MacSequence.CLR : MacSequence.EN, sum.get(k)[0], sum.get(k)[1]);
                }
                c.add(MacSequence.EN, negative[0], negative[1]);
                c.add(MacSequence.EN, 1, 1);
                long a = signed ? random.nextLong() & mask | top : random.nextLong() & mask;
                c.add(MacSequence.EN, a, random.nextLong() & mask & ~top);
                out.add(c);
            }
        }
        return out;
    }

    /** An operand pair whose product is negative: -1 times 1, -1 read in two's complement, sign-magnitude or c1. */
    private static long[] negativeOne(Multiplier golden, int n, long mask, long top) {
        int bits = 2 * n;
        for (long a : new long[] {mask, top | 1, mask ^ 1}) {
            long pattern = golden.multiply(a, 1);
            if (bits < 64 ? (pattern >>> (bits - 1) & 1) == 1 : pattern < 0) {
                return new long[] {a, 1};
            }
        }
        return new long[] {mask, 1};
    }
}
