package org.approxmac.sim;

import java.util.List;
import java.util.SplittableRandom;
import org.approxmac.fp.FloatCorners;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatSampler;
import org.approxmac.fp.FloatUnit;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

/**
 * Stress stimuli for the floating-point units. Multipliers: operand pairs from the golden model's
 * {@link FloatSampler} (corners, zeros, infinities, NaNs, subnormals, numbers of moderate magnitude,
 * uniform patterns). MACs: blocks of {@value #BLOCK} cycles of random, corner, cancelling (a*b equal
 * or close to -acc), overflowing, underflowing and tiny cancelling operands, under rst (every chunk's
 * first cycle, then 1 in 500), en (7 in 8) and clr (1 in 40).
 */
final class FloatStress {
    static final int BLOCK = 64;
    static final int BLOCK_KINDS = 6;

    private FloatStress() {
    }

    /** FloatSampler operand pairs of the multiplier spec's operand format. */
    static Stimulus multiplierOperands(UnitSpec spec) {
        FloatFormat format = FloatUnit.of(spec).operandFormat();
        return (first, r, a, b, flags) -> {
            FloatSampler sampler = new FloatSampler(format, r.nextLong());
            for (int i = 0; i < a.length; i++) {
                a[i] = sampler.next();
                b[i] = sampler.next();
            }
        };
    }

    /**
     * The MAC blocks for a batch of MACs of one operand format. A cancelling block cancels the
     * accumulator of one member, the members taking turns block by block, so every member's own
     * accumulator is cancelled exactly (the others', equal up to rounding and subnormal handling,
     * nearly); the generator clocks its own golden registers to know them.
     */
    static Stimulus macCycles(List<UnitSpec> members) {
        FloatFormat format = FloatUnit.of(members.get(0)).operandFormat();
        return (first, r, a, b, flags) -> new Chunk(format, members, r).fill(first, a, b, flags);
    }

    /** One chunk's generator state: its random streams and the members' golden registers. */
    private static final class Chunk {
        private final FloatFormat format;
        private final SplittableRandom random;
        private final FloatSampler sampler;
        private final List<Long> corners;
        private final List<MacState> registers;

        Chunk(FloatFormat format, List<UnitSpec> members, SplittableRandom random) {
            this.format = format;
            this.random = random;
            this.sampler = new FloatSampler(format, random.nextLong());
            this.corners = FloatCorners.of(format);
            this.registers = members.stream().map(s -> new MacState(Units.mac(s))).toList();
        }

        void fill(long first, long[] a, long[] b, byte[] flags) {
            for (int i = 0; i < a.length; i++) {
                long block = (first + i) / BLOCK;
                long[] ab = operands(block, registers.get((int) (block / BLOCK_KINDS % registers.size())));
                boolean rst = i == 0 || random.nextInt(500) == 0;
                boolean en = random.nextInt(8) != 0;
                boolean clr = random.nextInt(40) == 0;
                for (MacState register : registers) {
                    register.clock(rst, en, clr, ab[0], ab[1]);
                }
                a[i] = ab[0];
                b[i] = ab[1];
                flags[i] = (byte) ((rst ? MacSequence.RST : 0) | (en ? MacSequence.EN : 0)
                        | (clr ? MacSequence.CLR : 0));
            }
        }

        /** Random, corners, cancelling, overflowing, underflowing, tiny cancelling, by block. */
        private long[] operands(long block, MacState target) {
            float acc = Float.intBitsToFloat((int) target.accumulatorBits());
            return switch ((int) (block % BLOCK_KINDS)) {
                case 0 -> new long[] {sampler.next(), sampler.next()};
                case 1 -> new long[] {corners.get(random.nextInt(corners.size())),
                        corners.get(random.nextInt(corners.size()))};
                case 2 -> cancelling(acc, 0);
                case 3 -> new long[] {sampler.near(60, 4), sampler.near(60, 4)};
                case 4 -> new long[] {sampler.near(-70, 8), sampler.near(-70, 8)};
                default -> cancelling(acc, -60);
            };
        }

        /** a near 2^scale and b = -acc / a in the operand format, moved by up to one unit (exact for a = 1). */
        private long[] cancelling(float acc, int scale) {
            long a = random.nextInt(4) == 0 ? format.powerOfTwo(false, 0) : sampler.near(scale, 3);
            long b = fromFloat(-acc / toFloat(a)) + random.nextInt(-1, 2);
            return new long[] {a, b & format.mask()};
        }

        private float toFloat(long pattern) {
            return Float.intBitsToFloat((int) (pattern << (32 - format.width())));
        }

        private long fromFloat(float x) {
            return (Float.floatToRawIntBits(x) & 0xFFFF_FFFFL) >>> (32 - format.width());
        }
    }
}
