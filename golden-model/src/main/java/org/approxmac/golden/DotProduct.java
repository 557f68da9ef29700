package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.fp.FloatSumTree;
import org.approxmac.spec.UnitSpec;

/**
 * Bit-exact model of a dot-product unit without an accumulator (docs/units.md, "Dot-product units"):
 * for integer kinds the exact sum of K lane products, as a pattern of {@link UnitSpec#sumWidth()} bits
 * (two's complement for signed operands); for floating kinds the FP32 pattern of the lanes'
 * {@link FloatSumTree} sum. Lane operands are raw N-bit patterns, vector by vector: lane i of the vector at
 * {@code at} is {@code a[at + i]}, {@code b[at + i]}.
 */
public final class DotProduct {
    private final UnitSpec spec;
    private final Multiplier lane;
    private final LaneProducts products;
    private final FloatSumTree tree;
    private final int sumWidth;
    private final long sumMask;

    /** The model of {@code spec}, a dot-product unit (no MAC), its lanes computed by {@code lane}. */
    public DotProduct(UnitSpec spec, Multiplier lane) {
        if (spec.mac()) {
            throw new IllegalArgumentException("not a dot-product unit (it has mac): " + spec);
        }
        this.spec = spec;
        this.lane = lane;
        boolean floating = spec.kind().floating();
        this.products = floating ? null : new LaneProducts(spec, lane);
        this.tree = floating ? new FloatSumTree(spec) : null;
        this.sumWidth = spec.sumWidth();
        this.sumMask = Bits.mask(Math.min(64, sumWidth));
    }

    public UnitSpec spec() {
        return spec;
    }

    /** The multiplier of every lane. */
    public Multiplier lane() {
        return lane;
    }

    /** The lanes K. */
    public int lanes() {
        return spec.lanes();
    }

    /**
     * The sum pattern of the vector at {@code at}, for sums of at most 64 bits (the fast path).
     *
     * @throws UnsupportedOperationException for wider sums: use {@link #sumWide}
     */
    public long sum(long[] a, long[] b, int at) {
        if (sumWidth > 64) {
            throw new UnsupportedOperationException(spec + ": the sum is wider than 64 bits");
        }
        return tree != null ? tree.sum(a, b, at) : products.sum(a, b, at) & sumMask;
    }

    /** The sum pattern of the vector at {@code at}, any width. */
    public BigInteger sumWide(long[] a, long[] b, int at) {
        return tree != null ? BigInteger.valueOf(tree.sum(a, b, at))
                : Bits.pattern(products.sumWide(a, b, at), sumWidth);
    }
}
