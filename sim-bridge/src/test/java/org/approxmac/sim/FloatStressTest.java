package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class FloatStressTest {
    private static final int LEN = 1 << 16;

    /** A chunk of cycles from a fresh stream of {@code seed}. */
    private static long[][] chunk(Stimulus s, long first, long seed, byte[] flags) {
        long[] a = new long[flags.length];
        long[] b = new long[flags.length];
        s.fill(first, new SplittableRandom(seed), a, b, flags);
        return new long[][] {a, b};
    }

    @Test
    void macBlocksCancelEveryMembersAccumulatorAndOverflowAndUnderflow() {
        List<UnitSpec> members = List.of(UnitSpec.parse("fp32,mac"), UnitSpec.parse("fp32:fused=false,mac"));
        byte[] flags = new byte[LEN];
        long[][] ab = chunk(FloatStress.macCycles(members), 0, 5, flags);
        assertTrue((flags[0] & MacSequence.RST) != 0, "a chunk starts with a reset");
        int[] cancelled = new int[members.size()];
        int huge = 0;
        int tiny = 0;
        for (int m = 0; m < members.size(); m++) {
            MacState golden = new MacState(Units.mac(members.get(m)));
            for (int i = 0; i < LEN; i++) {
                float before = Float.intBitsToFloat((int) golden.accumulatorBits());
                golden.clock((flags[i] & MacSequence.RST) != 0, (flags[i] & MacSequence.EN) != 0,
                        (flags[i] & MacSequence.CLR) != 0, ab[0][i], ab[1][i]);
                float after = Float.intBitsToFloat((int) golden.accumulatorBits());
                boolean plainStep = flags[i] == MacSequence.EN;
                if (plainStep && Float.isFinite(before) && Math.abs(before) > 1e-30f
                        && Math.abs(after) <= Math.abs(before) * 0x1p-20f) {
                    cancelled[m]++;
                }
                if (m == 0) {
                    float a = Float.intBitsToFloat((int) ab[0][i]);
                    huge += Math.abs(a) >= 0x1p55f && Float.isFinite(a) ? 1 : 0;
                    tiny += Math.abs(a) <= 0x1p-60f && a != 0 ? 1 : 0;
                }
            }
        }
        assertTrue(Arrays.stream(cancelled).allMatch(c -> c >= 20), "cancellations per member: "
                + Arrays.toString(cancelled));
        assertTrue(huge > LEN / 12, "overflowing operands: " + huge);
        assertTrue(tiny > LEN / 12, "underflowing operands: " + tiny);
    }

    @Test
    void chunksAreReproducibleAndDrawOnlyOperandPatterns() {
        UnitSpec bf16 = UnitSpec.parse("bf16,mac");
        byte[] flags = new byte[LEN];
        long[][] first = chunk(FloatStress.macCycles(List.of(bf16)), 64, 8, flags);
        long[][] again = chunk(FloatStress.macCycles(List.of(bf16)), 64, 8, new byte[LEN]);
        assertArrayEquals(first[0], again[0]);
        assertArrayEquals(first[1], again[1]);
        long[][] products = chunk(FloatStress.multiplierOperands(UnitSpec.parse("bf16")), 0, 8, new byte[LEN]);
        for (long[][] operands : List.of(first, products)) {
            for (long[] side : operands) {
                for (long v : side) {
                    assertEquals(v, v & 0xFFFF, "a bf16 pattern");
                }
            }
        }
    }
}
