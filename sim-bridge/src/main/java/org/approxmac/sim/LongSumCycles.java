package org.approxmac.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;

/**
 * The {@code long-sums} class of an integer MAC: long runs without a clear, so the accumulator's top
 * bits, its carries into them and its wrap-around mod 2^A are exercised, which random cycles (with
 * their frequent clears and resets) seldom reach. One case per ordered pair of the extreme operand
 * patterns {@code 100..0}, {@code 011..1} and {@code 111..1} (the largest product magnitudes of every
 * sign handling: two's complement, sign-magnitude, one's complement and unsigned), each repeated with
 * en = 1 for 2^(A - 2N + 2) cycles (at most {@value #MAX_RUN}), enough to wrap the accumulator once
 * the product is near its largest; and as many runs of random operands whose two top bits are set.
 * Each case starts with clr.
 */
final class LongSumCycles {
    /** The longest run of one case (a case must fit a co-simulation chunk). */
    static final int MAX_RUN = 4000;

    private LongSumCycles() {
    }

    static List<MacCycles> cases(UnitSpec spec, long seed) {
        int n = spec.n();
        long ones = n == 64 ? -1L : (1L << n) - 1;
        long top = 1L << (n - 1);
        long[] extremes = {top, ones ^ top, ones};
        int slack = spec.accumulatorWidth() - 2 * n + 2;
        int run = slack >= 12 ? MAX_RUN : Math.min(MAX_RUN, 1 << Math.max(slack, 0));
        List<MacCycles> out = new ArrayList<>();
        for (long a : extremes) {
            for (long b : extremes) {
                MacCycles c = new MacCycles();
                c.add(MacSequence.EN | MacSequence.CLR, a, b);
                for (int k = 1; k < run; k++) {
                    c.add(MacSequence.EN, a, b);
                }
                out.add(c);
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        long high = top | (top >>> 1);
        for (int i = 0; i < extremes.length; i++) {
            MacCycles c = new MacCycles();
            c.add(MacSequence.EN | MacSequence.CLR, r.nextLong() & ones | high, r.nextLong() & ones | high);
            for (int k = 1; k < run; k++) {
                c.add(MacSequence.EN, r.nextLong() & ones | high, r.nextLong() & ones | high);
            }
            out.add(c);
        }
        return out;
    }
}
