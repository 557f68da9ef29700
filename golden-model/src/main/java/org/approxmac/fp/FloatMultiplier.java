package org.approxmac.fp;

import java.math.BigInteger;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * Golden model of the {@code bf16} and {@code fp32} multipliers (docs/units.md, "Floating point"): the
 * FP32 pattern of RNE(a * b). For {@code bf16} the product of two 8-bit significands is exact in FP32,
 * so only overflow (to infinity) and underflow (subnormal rounding, or a flush under ftz) round.
 * Operands are the low 16 (bf16) or 32 (fp32) bits of {@code a} and {@code b}.
 * Baseline of Kim et al., "The Effects of Approximate Multiplication on Convolutional Neural
 * Networks", IEEE TETC 2021, Table 4.
 */
public final class FloatMultiplier implements Multiplier {
    private final UnitSpec spec;
    private final FloatUnit unit;

    /** @param spec a {@code bf16} or {@code fp32} spec; a MAC spec stands for its multiplier */
    public FloatMultiplier(UnitSpec spec) {
        this.unit = FloatUnit.of(spec);
        this.spec = spec.multiplier();
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        return unit.multiply(a, b);
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        return BigInteger.valueOf(multiply(a, b));
    }
}
