package org.approxmac.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed list of MAC cases laid out as a {@link Stimulus}. Cosim cuts a class into chunks of
 * {@value Cosim#CHUNK} cycles that may run on different simulator processes, so a case must not
 * straddle two chunks: every chunk starts with a reset cycle, cases follow whole, and a case that
 * does not fit the rest of a chunk starts the next one (the gap is filled with idle cycles, en = 0).
 * Each case starts by setting the accumulator itself (clr or rst), so it does not depend on what
 * ran before it. The random stream is not used: the cycles are the same on every run.
 */
final class DirectedCycles implements Stimulus {
    private final MacCycles cycles = new MacCycles();

    /** @param cases the cases, each shorter than a chunk */
    DirectedCycles(List<MacCycles> cases) {
        this(cases, Cosim.CHUNK);
    }

    DirectedCycles(List<MacCycles> cases, int chunk) {
        for (MacCycles c : cases) {
            if (c.size() >= chunk) {
                throw new IllegalArgumentException("a case of " + c.size() + " cycles does not fit a chunk");
            }
            int used = cycles.size() % chunk;
            if (used != 0 && used + c.size() > chunk) {
                while (cycles.size() % chunk != 0) {
                    cycles.add(0, 0, 0);
                }
                used = 0;
            }
            if (used == 0) {
                cycles.add(MacSequence.RST, 0, 0);
            }
            cycles.addAll(c);
        }
    }

    /** The number of cycles, reset and idle cycles included. */
    long count() {
        return cycles.size();
    }

    @Override
    public void fill(long first, SplittableRandom r, long[] a, long[] b, byte[] flags) {
        cycles.copyTo((int) first, a, b, flags, a.length);
    }
}
