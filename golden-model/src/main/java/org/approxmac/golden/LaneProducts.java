package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;

/**
 * The exact sum of one vector's lane products (docs/units.md, "Dot-product units"): lane i multiplies
 * {@code a[at + i]} by {@code b[at + i]} with the kind's multiplier, and its product, sign-extended for
 * signed operands (zero-extended for unsigned), is added exactly. Written once, for the dot-product
 * unit and the dot-product MAC.
 */
final class LaneProducts {
    private final Multiplier lane;
    private final int lanes;
    private final int productWidth;
    private final boolean signExtend;

    LaneProducts(UnitSpec spec, Multiplier lane) {
        this.lane = lane;
        this.lanes = spec.lanes();
        this.productWidth = spec.productWidth();
        this.signExtend = spec.signedOperands();
    }

    int lanes() {
        return lanes;
    }

    Multiplier lane() {
        return lane;
    }

    /** The sum mod 2^64 (exact below 2^63 in magnitude): the fast path for products of at most 64 bits. */
    long sum(long[] a, long[] b, int at) {
        long sum = 0;
        for (int i = at; i < at + lanes; i++) {
            long p = lane.multiply(a[i], b[i]);
            sum += signExtend ? Bits.signExtend(p, productWidth) : p;
        }
        return sum;
    }

    /** The exact sum as a (possibly negative) integer. */
    BigInteger sumWide(long[] a, long[] b, int at) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = at; i < at + lanes; i++) {
            BigInteger p = lane.multiplyWide(a[i], b[i]);
            sum = sum.add(signExtend ? Bits.signedValue(p, productWidth) : p);
        }
        return sum;
    }
}
