package org.approxmac.sim;

import java.util.SplittableRandom;

/**
 * The stimulus of a dot-product unit of K lanes from the stimulus of one lane: each lane is filled by
 * the one-lane source (lane 0 from the chunk's random stream, lane l from the l-th stream split off it
 * after lane 0), and lane l is rotated by l * ceil(len / K) vectors within the chunk, so that the
 * deterministic classes (the corner pairs) put different pairs side by side while every lane still
 * sees every pair of the chunk. A MAC's controls are lane 0's. Arrays hold K operands per vector,
 * vector i's lane l at {@code i * K + l}.
 */
final class LaneStimulus implements Stimulus {
    private final Stimulus lane;
    private final int lanes;

    LaneStimulus(Stimulus lane, int lanes) {
        this.lane = lane;
        this.lanes = lanes;
    }

    /** {@code lane} itself when it fills K lanes already (or K is 1), else the K-lane stimulus. */
    static Stimulus of(Stimulus lane, int lanes) {
        if (lane.lanes() == lanes) {
            return lane;
        }
        if (lane.lanes() != 1) {
            throw new IllegalArgumentException("a stimulus of " + lane.lanes() + " lanes for " + lanes + " lanes");
        }
        return new LaneStimulus(lane, lanes);
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
        byte[] own = flags == null ? null : new byte[len];
        int step = (len + lanes - 1) / lanes;
        for (int l = 0; l < lanes; l++) {
            lane.fill(first, l == 0 ? r : r.split(), la, lb, l == 0 ? flags : own);
            int shift = l * step % len;
            for (int i = 0; i < len; i++) {
                int from = i + shift < len ? i + shift : i + shift - len;
                a[i * lanes + l] = la[from];
                b[i * lanes + l] = lb[from];
            }
        }
    }
}
