package org.approxmac.synth;

import java.util.HashMap;
import java.util.Map;
import org.approxmac.spec.UnitSpec;

/**
 * The activity simulation's inputs: a test bench around the measurement wrapper and its stimulus
 * file. Every cycle gets a new operand pair from the {@link OperandDistribution} (seeded); a MAC is
 * held in reset for two cycles, then accumulates with {@code en = 1, clr = 0} for the rest of the run.
 * The value dump starts after the warm-up and spans {@code cycles} rising clock edges.
 *
 * @param like         the unit's spec (operand width and format, MAC or multiplier)
 * @param distribution operand distribution
 * @param seed         the stimulus seed
 * @param warmup       cycles simulated before the dump starts (at least 4: reset and pipeline fill)
 * @param cycles       measured cycles
 */
public record ActivityBench(UnitSpec like, OperandDistribution distribution, long seed, int warmup, int cycles) {

    /** The simulated clock period (any value works for a zero-delay simulation). */
    static final int PERIOD_NS = 10;

    public ActivityBench {
        java.util.Objects.requireNonNull(like);
        java.util.Objects.requireNonNull(distribution);
        checkLengths(warmup, cycles);
    }

    /** Validates the warm-up and measured lengths. */
    static void checkLengths(int warmup, int cycles) {
        if (warmup < 4) {
            throw new IllegalArgumentException("warm-up must be at least 4 cycles, got " + warmup);
        }
        if (cycles < 1 || cycles > 10_000_000) {
            throw new IllegalArgumentException("simulation length must be 1..10000000 cycles, got " + cycles);
        }
    }

    /** The test bench's Verilog. */
    public String testbench() {
        Map<String, Object> v = new HashMap<>();
        v.put("wrapper", MeasurementWrapper.MODULE);
        v.put("mac", like.mac());
        v.put("nMsb", like.n() - 1);
        v.put("stimMsb", 2 * like.n() - 1);
        v.put("outMsb", like.outputWidth() - 1);
        v.put("lastCycle", warmup + cycles - 1);
        v.put("warmup", warmup);
        v.put("cycles", cycles);
        v.put("halfPeriod", PERIOD_NS / 2);
        return ScriptTemplate.TESTBENCH.render(v);
    }

    /** One hexadecimal {a, b} word per simulated cycle, for {@code $readmemh}. */
    public String stimulus() {
        SplitMix64 rng = new SplitMix64(seed);
        int n = like.n();
        int digits = (n + 3) / 4;
        StringBuilder sb = new StringBuilder((2 * digits + 1) * (warmup + cycles));
        for (int i = 0; i < warmup + cycles; i++) {
            long a = distribution.draw(like, rng);
            long b = distribution.draw(like, rng);
            sb.append(new java.math.BigInteger(Long.toUnsignedString(a)).shiftLeft(n)
                    .or(new java.math.BigInteger(Long.toUnsignedString(b))).toString(16)).append('\n');
        }
        return sb.toString();
    }
}
