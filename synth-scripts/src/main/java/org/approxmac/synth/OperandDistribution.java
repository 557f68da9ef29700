package org.approxmac.synth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatRounder;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;

/**
 * How the activity simulation draws each operand (independently for a and b, a new pair every
 * cycle). Switching activity, hence power, depends on it, so every cost report states it.
 */
public enum OperandDistribution {
    /**
     * Integer kinds: every N-bit pattern equally likely (uniform over the full signed or unsigned
     * range). Floating kinds: a real value uniform on (-1, 1), rounded to nearest FP32 (bf16: that
     * FP32 value's upper 16 bits; the other formats: that FP32 value rounded to nearest even).
     */
    UNIFORM("uniform over the full integer range; floating kinds: uniform real in (-1, 1)"),
    /**
     * CNN-like: an operand is zero with probability 1/2 (ReLU outputs, pruned weights); otherwise its
     * magnitude is log-uniform with a small leading-one position: position p uniform in [0, N/2)
     * (integers) and the bits below it uniform, negative with probability 1/2 for signed encodings.
     * Floating kinds: zero with probability 1/2, else ±u·2^-e with u uniform in [1, 2) and e uniform
     * in [0, 8).
     */
    SPARSE("CNN-like: zero with probability 1/2, else small log-uniform magnitude"
            + " (leading one uniform in the low N/2 bits; FP: 2^-7..2), random sign if signed");

    private final String description;

    OperandDistribution(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The CLI name, e.g. {@code uniform}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OperandDistribution byCliName(String name) {
        return Arrays.stream(values()).filter(d -> d.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("operand distribution '" + name
                        + "' is not one of: " + Arrays.stream(values()).map(OperandDistribution::cliName)
                        .collect(Collectors.joining(", "))));
    }

    /** One operand's raw N-bit pattern (zero-extended) for a unit like {@code spec}. */
    long draw(UnitSpec spec, SplitMix64 rng) {
        if (spec.kind().floating()) {
            return floatPattern(spec, drawReal(rng));
        }
        int n = spec.n();
        long mask = n >= 64 ? -1L : (1L << n) - 1;
        if (this == UNIFORM) {
            return rng.nextBits(n);
        }
        if (rng.nextBoolean()) {
            return 0;
        }
        int p = rng.nextInt(Math.max(1, n / 2));
        long magnitude = (1L << p) | (p == 0 ? 0 : rng.nextBits(p));
        boolean negative = spec.signedOperands() && rng.nextBoolean();
        return (negative ? -magnitude : magnitude) & mask;
    }

    private double drawReal(SplitMix64 rng) {
        if (this == UNIFORM) {
            double m = rng.nextDouble();
            return rng.nextBoolean() ? -m : m;
        }
        if (rng.nextBoolean()) {
            return 0.0;
        }
        double m = (1.0 + rng.nextDouble()) * Math.scalb(1.0, -rng.nextInt(8));
        return rng.nextBoolean() ? -m : m;
    }

    private static long floatPattern(UnitSpec spec, double value) {
        int bits = Float.floatToRawIntBits((float) value);
        if (spec.kind() == Kind.BF16) {
            return (bits >>> 16) & 0xFFFFL;
        }
        if (spec.kind() == Kind.FP32) {
            return bits & 0xFFFF_FFFFL;
        }
        // other formats: the FP32 value rounded to nearest even (|value| < 1 never reaches a finite format's top)
        FloatFormat rounding = FloatUnit.operandFormat(spec).withInfinities();
        return new FloatRounder(rounding, SubnormalMode.IEEE).round(
                FloatFormat.FP32.decode(bits & 0xFFFF_FFFFL, SubnormalMode.IEEE));
    }
}
