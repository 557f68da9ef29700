package org.approxmac.sim;

import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;

/**
 * Random MAC stimulus: per cycle the control bits rst (1 in 64 cycles), en (7 in 8) and clr (1 in
 * 16), drawn independently so every combination occurs, and operands from the stratified sampler
 * (7 in 8) or the corner values (1 in 8). A sequence starts with a reset, so the register's power-up
 * value never matters and each chunk of cycles stands alone.
 */
final class MacSequence implements Stimulus {
    static final int RST = 1;
    static final int EN = 2;
    static final int CLR = 4;

    private final OperandSampler sampler;
    private final long[] corners;

    MacSequence(UnitSpec spec) {
        this.sampler = new OperandSampler(spec);
        this.corners = CornerOperands.of(spec);
    }

    /** Fills one chunk of cycles (the same for every chunk index: only the random stream differs). */
    @Override
    public void fill(long first, SplittableRandom r, long[] a, long[] b, byte[] flags) {
        for (int i = 0; i < flags.length; i++) {
            int f = 0;
            if (i == 0 || r.nextInt(64) == 0) {
                f |= RST;
            }
            if (r.nextInt(8) != 0) {
                f |= EN;
            }
            if (r.nextInt(16) == 0) {
                f |= CLR;
            }
            flags[i] = (byte) f;
            a[i] = operand(r);
            b[i] = operand(r);
        }
    }

    private long operand(SplittableRandom r) {
        return r.nextInt(8) == 0 ? corners[r.nextInt(corners.length)] : sampler.next(r);
    }
}
