package org.approxmac.synth;

import java.math.BigInteger;
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
        v.put("aMsb", like.aPortWidth() - 1);
        v.put("bMsb", like.bPortWidth() - 1);
        v.put("stimMsb", like.aPortWidth() + like.bPortWidth() - 1);
        v.put("outMsb", like.outputWidth() - 1);
        v.put("lastCycle", warmup + cycles - 1);
        v.put("warmup", warmup);
        v.put("cycles", cycles);
        v.put("halfPeriod", PERIOD_NS / 2);
        return ScriptTemplate.TESTBENCH.render(v);
    }

    /**
     * One hexadecimal {a, b} word per simulated cycle, for {@code $readmemh}; a dot-product unit's ports
     * hold K lanes, each lane's pair drawn in turn (a_0, b_0, a_1, b_1, ...; one lane draws as a
     * multiplier does); an array's a holds R row operands and b C column operands, drawn in the same
     * interleaved order while both last.
     */
    public String stimulus() {
        SplitMix64 rng = new SplitMix64(seed);
        int n = like.n();
        int aOperands = like.aOperands();
        int bOperands = like.bOperands();
        int digits = (n + 3) / 4;
        StringBuilder sb = new StringBuilder(((aOperands + bOperands) * digits + 1) * (warmup + cycles));
        for (int i = 0; i < warmup + cycles; i++) {
            BigInteger a = BigInteger.ZERO;
            BigInteger b = BigInteger.ZERO;
            for (int l = 0; l < Math.max(aOperands, bOperands); l++) {
                if (l < aOperands) {
                    a = a.or(new BigInteger(Long.toUnsignedString(distribution.draw(like, rng))).shiftLeft(l * n));
                }
                if (l < bOperands) {
                    b = b.or(new BigInteger(Long.toUnsignedString(distribution.draw(like, rng))).shiftLeft(l * n));
                }
            }
            sb.append(a.shiftLeft(bOperands * n).or(b).toString(16)).append('\n');
        }
        return sb.toString();
    }
}
