package org.approxmac.fp;

import java.math.BigInteger;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * Golden model of one step of the {@code bf16} and {@code fp32} MACs (docs/units.md, "Floating point" and
 * "MAC wrapper"): acc &lt;- RNE_fp32(acc + a*b), the exact product added with a single rounding
 * ({@code bf16}, {@code fp32:fused=true}) or rounded to FP32 first ({@code fp32:fused=false}). A
 * dot-product MAC ({@code dot=K}) adds its lanes' {@link FloatSumTree} sum: acc &lt;- RNE(acc + sum).
 * The accumulator is an FP32 pattern; for {@code ieee} the fused step equals
 * {@code Math.fma(a, b, acc)} on the decoded values.
 */
public final class FloatMac implements Mac {
    private final UnitSpec spec;
    private final FloatUnit unit;
    private final FloatMultiplier multiplier;
    private final FloatSumTree tree;

    /** @param spec a {@code bf16} or {@code fp32} MAC spec */
    public FloatMac(UnitSpec spec) {
        if (!spec.mac()) {
            throw new IllegalArgumentException(spec.canonical() + " is not a MAC spec");
        }
        this.spec = spec;
        this.unit = FloatUnit.of(spec);
        this.multiplier = new FloatMultiplier(spec);
        this.tree = new FloatSumTree(spec);
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
        return BigInteger.valueOf(accumulate(acc.longValue() & unit.resultFormat().mask(), a, b));
    }

    @Override
    public long accumulate(long acc, long a, long b) {
        if (tree.lanes() != 1) {
            throw new IllegalStateException(spec + " has " + tree.lanes() + " lanes: accumulate a vector of lanes");
        }
        return unit.multiplyAdd(acc, a, b);
    }

    /** A dot-product MAC's step: RNE(acc + the lanes' tree sum) ({@link FloatSumTree}); one lane: the step above. */
    @Override
    public BigInteger accumulate(BigInteger acc, long[] a, long[] b, int at) {
        return BigInteger.valueOf(accumulate(acc.longValue() & unit.resultFormat().mask(), a, b, at));
    }

    @Override
    public long accumulate(long acc, long[] a, long[] b, int at) {
        return tree.lanes() == 1 ? accumulate(acc, a[at], b[at]) : tree.accumulate(acc, a, b, at);
    }
}
