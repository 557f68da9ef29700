package org.approxmac.sim;

import java.math.BigInteger;
import org.approxmac.golden.DotProduct;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * The golden output of one vector of a combinational unit: a multiplier's product of one lane, or a
 * dot-product unit's sum of K lanes. Lane operands are given as arrays, the vector's lane i at
 * {@code at + i}.
 */
interface VectorGolden {

    UnitSpec spec();

    /** The output pattern, for outputs of at most 64 bits. */
    long output(long[] a, long[] b, int at);

    /** The output pattern, any width. */
    BigInteger outputWide(long[] a, long[] b, int at);

    static VectorGolden of(Multiplier m) {
        return new VectorGolden() {
            @Override
            public UnitSpec spec() {
                return m.spec();
            }

            @Override
            public long output(long[] a, long[] b, int at) {
                return m.multiply(a[at], b[at]);
            }

            @Override
            public BigInteger outputWide(long[] a, long[] b, int at) {
                return m.multiplyWide(a[at], b[at]);
            }
        };
    }

    static VectorGolden of(DotProduct d) {
        return new VectorGolden() {
            @Override
            public UnitSpec spec() {
                return d.spec();
            }

            @Override
            public long output(long[] a, long[] b, int at) {
                return d.sum(a, b, at);
            }

            @Override
            public BigInteger outputWide(long[] a, long[] b, int at) {
                return d.sumWide(a, b, at);
            }
        };
    }
}
