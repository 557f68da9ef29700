package org.approxmac.fp;

import org.approxmac.spec.UnitSpec;

/**
 * The sum of a floating-point dot product's K lane products (docs/units.md, "Dot-product units"): each
 * lane's product is the kind's multiplier's FP32 result, and the products are added by a balanced tree
 * of FP32 adders, each sum rounded to nearest even. Level by level, values 2j and 2j+1 are added in that
 * order; an odd last value passes to the next level unchanged. So K = 3 gives (p0 + p1) + p2 and K = 5
 * gives ((p0 + p1) + (p2 + p3)) + p4, each + one rounding.
 */
public final class FloatSumTree {
    private final FloatUnit unit;
    private final int lanes;

    /** The tree of {@code spec}, a {@code bf16} or {@code fp32} spec of {@link UnitSpec#lanes()} lanes. */
    public FloatSumTree(UnitSpec spec) {
        this(FloatUnit.of(spec), spec.lanes());
    }

    /** The tree of {@code lanes} products of {@code unit}'s multiplier, any number of lanes (an experiment's). */
    public FloatSumTree(FloatUnit unit, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("a tree of " + lanes + " lanes");
        }
        this.unit = unit;
        this.lanes = lanes;
    }

    public int lanes() {
        return lanes;
    }

    /** The FP32 pattern of the tree's sum of the vector at {@code at}: lane i is {@code a[at + i]}, {@code b[at + i]}. */
    public long sum(long[] a, long[] b, int at) {
        long[] level = new long[lanes];
        for (int i = 0; i < lanes; i++) {
            level[i] = unit.multiply(a[at + i], b[at + i]);
        }
        int count = lanes;
        while (count > 1) {
            int next = 0;
            for (int j = 0; j + 1 < count; j += 2) {
                level[next++] = unit.add(level[j], level[j + 1]);
            }
            if (count % 2 == 1) {
                level[next++] = level[count - 1];
            }
            count = next;
        }
        return level[0];
    }

    /** RNE(acc + the tree's sum): a dot-product MAC's step, the sum rounded before it is added. */
    public long accumulate(long acc, long[] a, long[] b, int at) {
        return unit.add(acc, sum(a, b, at));
    }
}
