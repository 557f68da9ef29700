package org.approxmac.fixed;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * The exact fixed-point multiplier: the 2N-bit product of two N-bit two's-complement (or unsigned)
 * integers. The paper's baseline (Kim et al., IEEE TETC 2021, Table 4).
 */
public final class FixedMultiplier implements Multiplier {
    private final UnitSpec spec;
    private final int n;
    private final boolean signed;
    private final long productMask;

    public FixedMultiplier(UnitSpec spec) {
        this.spec = spec;
        this.n = spec.n();
        this.signed = spec.sign() == SignMode.TWOS;
        this.productMask = Bits.mask(2 * n);
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        if (n > 32) {
            throw new UnsupportedOperationException(spec + ": product is wider than 64 bits, use multiplyWide");
        }
        if (signed) {
            return (Bits.signExtend(a, n) * Bits.signExtend(b, n)) & productMask;
        }
        long m = Bits.mask(n);
        // unsigned N <= 32: the product is below 2^64, exact as an unsigned 64-bit value
        return ((a & m) * (b & m)) & productMask;
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        BigInteger x = operand(a);
        BigInteger y = operand(b);
        return Bits.pattern(x.multiply(y), 2 * n);
    }

    private BigInteger operand(long a) {
        BigInteger pattern = Bits.unsigned(a).and(Bits.maskWide(n));
        return signed ? Bits.signedValue(pattern, n) : pattern;
    }
}
