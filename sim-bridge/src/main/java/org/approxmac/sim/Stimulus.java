package org.approxmac.sim;

import java.util.SplittableRandom;

/**
 * Where the operands of a co-simulation come from, chunk by chunk. {@link Cosim} cuts a run into
 * chunks and asks for each with the chunk's own random stream (derived from the seed and the chunk
 * number only), so a chunk's contents do not depend on which process simulates it. The default
 * sources are the corner pairs and the stratified sampler of a {@link VectorPlan} for multipliers
 * and the {@link MacSequence} for MACs. Several writer threads fill chunks at once: keep any state
 * a chunk needs local to {@link #fill}.
 */
interface Stimulus {

    /**
     * Fills vectors (or MAC cycles) {@code first .. first + a.length - 1} of the run.
     *
     * @param first index of the chunk's first vector within its class
     * @param r     the chunk's random stream
     * @param a     operand a per vector
     * @param b     operand b per vector
     * @param flags rst/en/clr per cycle ({@link MacSequence#RST} etc.) for a MAC, null for a multiplier
     */
    void fill(long first, SplittableRandom r, long[] a, long[] b, byte[] flags);

    /**
     * The operand pairs per vector this source fills: 1 for the classes of one lane, which {@link
     * LaneStimulus} spreads over a dot-product unit's K lanes; K for a source that gives every lane
     * itself (a sequence file of K lanes).
     */
    default int lanes() {
        return 1;
    }
}
