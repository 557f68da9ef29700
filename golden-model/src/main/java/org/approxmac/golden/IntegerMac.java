package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;

/**
 * The MAC wrapper of the integer kinds (docs/units.md, "The MAC contract"): acc + product mod 2^A, the 2N-bit
 * product sign-extended to A bits (zero-extended for unsigned operands); a dot-product MAC adds the exact
 * sum of its K lane products instead.
 */
public final class IntegerMac implements Mac {
    private final UnitSpec spec;
    private final Multiplier multiplier;
    private final int productWidth;
    private final int accumulatorWidth;
    private final boolean signExtend;
    private final long accumulatorMask;
    private final LaneProducts lanes;

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
        this.lanes = new LaneProducts(spec, multiplier);
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
        requireOneLane();
        BigInteger p = multiplier.multiplyWide(a, b);
        BigInteger addend = signExtend ? Bits.signedValue(p, productWidth) : p;
        return Bits.pattern(acc.add(addend), accumulatorWidth);
    }

    @Override
    public long accumulate(long acc, long a, long b) {
        if (accumulatorWidth > 64) {
            throw new UnsupportedOperationException(spec + ": accumulator is wider than 64 bits");
        }
        requireOneLane();
        long p = multiplier.multiply(a, b);
        long addend = signExtend ? Bits.signExtend(p, productWidth) : p;
        return (acc + addend) & accumulatorMask;
    }

    @Override
    public BigInteger accumulate(BigInteger acc, long[] a, long[] b, int at) {
        return Bits.pattern(acc.add(lanes.sumWide(a, b, at)), accumulatorWidth);
    }

    @Override
    public long accumulate(long acc, long[] a, long[] b, int at) {
        if (accumulatorWidth > 64) {
            throw new UnsupportedOperationException(spec + ": accumulator is wider than 64 bits");
        }
        return (acc + lanes.sum(a, b, at)) & accumulatorMask;
    }

    private void requireOneLane() {
        if (lanes.lanes() != 1) {
            throw new IllegalStateException(spec + " has " + lanes.lanes() + " lanes: accumulate a vector of lanes");
        }
    }
}
