package org.approxmac.sim;

import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;

/**
 * MAC cycles that step through every ordered pair of corner operands ({@link CornerOperands#pairs})
 * before the random operands of the {@link MacSequence} take over: the first C^2 cycles (C corner
 * operands) take their operands from the pairs, every cycle takes rst/en/clr from the MacSequence.
 */
final class CornerPairCycles implements Stimulus {
    private final MacSequence sequence;
    private final Stimulus corners;
    private final long pairs;

    CornerPairCycles(UnitSpec spec) {
        this.sequence = new MacSequence(spec);
        this.corners = CornerOperands.pairs(spec);
        this.pairs = (long) CornerOperands.of(spec).length * CornerOperands.of(spec).length;
    }

    /** How many cycles walk the corner pairs. */
    long pairs() {
        return pairs;
    }

    @Override
    public void fill(long first, SplittableRandom r, long[] a, long[] b, byte[] flags) {
        sequence.fill(first, r, a, b, flags);
        int walk = (int) Math.max(0, Math.min(a.length, pairs - first));
        long[] ca = new long[walk];
        long[] cb = new long[walk];
        corners.fill(first, r, ca, cb, null);
        System.arraycopy(ca, 0, a, 0, walk);
        System.arraycopy(cb, 0, b, 0, walk);
    }
}
