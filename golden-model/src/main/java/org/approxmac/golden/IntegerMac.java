package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;

/**
 * The MAC wrapper of the integer kinds (docs/units.md, "The MAC contract"): acc + product mod 2^A, the 2N-bit
 * product sign-extended to A bits (zero-extended for unsigned operands).
 */
public final class IntegerMac implements Mac {
    private final UnitSpec spec;
    private final Multiplier multiplier;
    private final int productWidth;
    private final int accumulatorWidth;
    private final boolean signExtend;
    private final long accumulatorMask;

    public IntegerMac(UnitSpec spec, Multiplier multiplier) {
        if (!spec.mac() || spec.kind().floating()) {
            throw new IllegalArgumentException("not an integer MAC spec: " + spec);
        }
        this.spec = spec;
        this.multiplier = multiplier;
        this.productWidth = spec.productWidth();
        this.accumulatorWidth = spec.accumulatorWidth();
        this.signExtend = spec.sign().signed();
        this.accumulatorMask = Bits.mask(accumulatorWidth);
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public Multiplier multiplier() {
        return multiplier;
    }

    @Override
    public BigInteger accumulate(BigInteger acc, long a, long b) {
        BigInteger p = multiplier.multiplyWide(a, b);
        BigInteger addend = signExtend ? Bits.signedValue(p, productWidth) : p;
        return Bits.pattern(acc.add(addend), accumulatorWidth);
    }

    @Override
    public long accumulate(long acc, long a, long b) {
        if (accumulatorWidth > 64) {
            throw new UnsupportedOperationException(spec + ": accumulator is wider than 64 bits");
        }
        long p = multiplier.multiply(a, b);
        long addend = signExtend ? Bits.signExtend(p, productWidth) : p;
        return (acc + addend) & accumulatorMask;
    }
}
