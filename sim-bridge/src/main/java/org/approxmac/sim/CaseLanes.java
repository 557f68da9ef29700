package org.approxmac.sim;

import java.util.SplittableRandom;

/**
 * A single MAC's constructed cycles ({@link FloatMacCases}: cancellations, ties, overflow, ...) spread over
 * the lanes of a floating dot-product MAC or an array, so that each case still means what its class says:
 * <ul>
 *   <li>{@link Spread#ONE_LANE} (dot-product MACs): cycle i's pair goes to lane i mod K, every other lane
 *       multiplies +0 by +0, so the tree's sum is the case's (rounded) product and the accumulator sees the
 *       case's addition, through every lane's multiplier and every position of the adder tree in turn;</li>
 *   <li>{@link Spread#BROADCAST} (arrays): every row takes the case's a and every column its b, so every
 *       processing element runs the case.</li>
 * </ul>
 * The controls are the case's.
 */
final class CaseLanes implements Stimulus {

    /** How a one-lane case fills K operand pairs. */
    enum Spread { ONE_LANE, BROADCAST }

    private final Stimulus single;
    private final int lanes;
    private final Spread spread;

    CaseLanes(Stimulus single, int lanes, Spread spread) {
        if (single.lanes() != 1) {
            throw new IllegalArgumentException("a one-lane source is spread, not one of " + single.lanes() + " lanes");
        }
        this.single = single;
        this.lanes = lanes;
        this.spread = spread;
    }

    @Override
    public int lanes() {
        return lanes;
    }

    @Override
    public void fill(long first, SplittableRandom r, long[] a, long[] b, byte[] flags) {
        int len = a.length / lanes;
        long[] la = new long[len];
        long[] lb = new long[len];
        single.fill(first, r, la, lb, flags);
        for (int i = 0; i < len; i++) {
            int at = i * lanes;
            if (spread == Spread.BROADCAST) {
                java.util.Arrays.fill(a, at, at + lanes, la[i]);
                java.util.Arrays.fill(b, at, at + lanes, lb[i]);
            } else {
                java.util.Arrays.fill(a, at, at + lanes, 0L);
                java.util.Arrays.fill(b, at, at + lanes, 0L);
                int lane = (int) ((first + i) % lanes);
                a[at + lane] = la[i];
                b[at + lane] = lb[i];
            }
        }
    }
}
