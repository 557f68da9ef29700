package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bf16;
import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.exact;
import static org.approxmac.fp.FpReference.flushed;
import static org.approxmac.fp.FpReference.fp32;
import static org.approxmac.fp.FpReference.ftz;
import static org.approxmac.fp.FpReference.multiplyFtz;
import static org.approxmac.fp.FpReference.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.function.LongBinaryOperator;
import org.approxmac.golden.DotProduct;
import org.approxmac.golden.Mac;
import org.approxmac.golden.ProcessingArray;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Floating dot products against an independent reference: Java's float arithmetic (IEEE round to nearest
 * even, gradual underflow) summing the lanes by recursive halving at the largest power of two below K,
 * which must give the same tree as the model's level-by-level pairing.
 */
class FloatSumTreeTest {
    private static final int[] LANES = {1, 2, 3, 4, 5, 6, 7, 9, 16, 33};

    /** The reference sum of products[from, to): split at the largest power of two below the count. */
    private static long treeSum(long[] products, int from, int to, LongBinaryOperator add) {
        int count = to - from;
        if (count == 1) {
            return products[from];
        }
        int left = Integer.highestOneBit(count - 1);
        return add.applyAsLong(treeSum(products, from, from + left, add), treeSum(products, from + left, to, add));
    }

    private static long ieeeAdd(long x, long y) {
        return result(fp32(x) + fp32(y));
    }

    private static long ftzAdd(long x, long y) {
        float fx = flushed(fp32(x));
        float fy = flushed(fp32(y));
        return ftz(fx + fy, () -> exact(fx).add(exact(fy)));
    }

    /** Random operand patterns, a quarter of them drawn from small exponents so that subnormals, ties and cancellations occur. */
    private static long operand(SplittableRandom random, int width) {
        long bits = random.nextLong() & ((1L << width) - 1);
        if (random.nextInt(4) == 0) {
            int fraction = width == 16 ? 7 : 23;
            long exponent = random.nextInt(4) == 0 ? random.nextInt(3) : 120 + random.nextInt(16);
            bits = (bits & ~(0xFFL << fraction)) | exponent << fraction;
        }
        return bits;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16", "bf16:subnormals=ftz", "fp32", "fp32:fused=false", "fp32:subnormals=ftz"})
    void theTreeSumMatchesJavaFloatArithmetic(String kind) {
        boolean ftz = kind.endsWith("ftz");
        boolean bf16 = kind.startsWith("bf16");
        int width = bf16 ? 16 : 32;
        SplittableRandom random = new SplittableRandom(kind.hashCode());
        for (int lanes : LANES) {
            UnitSpec spec = UnitSpec.parse(kind + (lanes == 1 ? "" : ",dot=" + lanes));
            FloatSumTree tree = new FloatSumTree(spec);
            for (int trial = 0; trial < 3000; trial++) {
                long[] a = new long[lanes];
                long[] b = new long[lanes];
                long[] products = new long[lanes];
                for (int i = 0; i < lanes; i++) {
                    a[i] = operand(random, width);
                    b[i] = operand(random, width);
                    float x = bf16 ? bf16(a[i]) : fp32(a[i]);
                    float y = bf16 ? bf16(b[i]) : fp32(b[i]);
                    products[i] = ftz ? multiplyFtz(x, y) : result(x * y);
                }
                long expected = treeSum(products, 0, lanes, ftz ? FloatSumTreeTest::ftzAdd : FloatSumTreeTest::ieeeAdd);
                assertEquals(expected, tree.sum(a, b, 0), () -> spec + " lanes a=" + java.util.Arrays.toString(a)
                        + " b=" + java.util.Arrays.toString(b));
                if (lanes > 1) {
                    assertEquals(expected, Units.dot(spec).sum(a, b, 0));
                    assertEquals(BigInteger.valueOf(expected), Units.dot(spec).sumWide(a, b, 0));
                }
            }
        }
    }

    @Test
    void theSummationOrderIsTheDocumentedTree() {
        long one = 0x3F80; // bf16 1.0
        long twoTo24 = 0x4B80; // bf16 2^24
        UnitSpec spec = UnitSpec.parse("bf16,dot=3");
        DotProduct dot = Units.dot(spec);
        // (2^24 + 1) is a tie rounded to the even 2^24, and + 1 again: 2^24
        assertEquals(bits(0x1p24f), dot.sum(new long[] {twoTo24, one, one}, new long[] {one, one, one}, 0));
        // (1 + 1) + 2^24 = 2^24 + 2, exact
        assertEquals(bits(0x1p24f + 2f), dot.sum(new long[] {one, one, twoTo24}, new long[] {one, one, one}, 0));
    }

    @Test
    void aDotProductMacAddsTheRoundedTreeSum() {
        UnitSpec spec = UnitSpec.parse("bf16,dot=2,mac");
        Mac mac = Units.mac(spec);
        long one = 0x3F80;
        long twoTo24 = 0x4B80;
        // the tree sums 2^24 + 1 to 2^24 first; acc = 1 is then added to it: 2^24 again (a tie)
        assertEquals(bits(0x1p24f), mac.accumulate(bits(1f), new long[] {twoTo24, one}, new long[] {one, one}, 0));
        // the products cancel exactly, so the accumulator is kept: 1 + (+0) = 1
        long minusTwoTo24 = 0xCB80;
        assertEquals(bits(1f), mac.accumulate(bits(1f), new long[] {twoTo24, minusTwoTo24}, new long[] {one, one}, 0));
        assertEquals(BigInteger.valueOf(bits(3f)),
                mac.accumulate(BigInteger.valueOf(bits(1f)), new long[] {one, one}, new long[] {one, one}, 0));
        assertThrows(IllegalStateException.class, () -> mac.accumulate(bits(1f), one, one));
    }

    @Test
    void aFloatingArrayIsItsElementsMacsSideBySide() {
        UnitSpec spec = UnitSpec.parse("bf16,mac,rows=2,cols=3");
        ProcessingArray array = (ProcessingArray) Units.mac(spec);
        Mac single = Units.mac(UnitSpec.parse("bf16,mac"));
        SplittableRandom random = new SplittableRandom(7);
        BigInteger acc = BigInteger.ZERO;
        for (int step = 0; step < 200; step++) {
            long[] a = {operand(random, 16), operand(random, 16)};
            long[] b = {operand(random, 16), operand(random, 16), operand(random, 16)};
            BigInteger next = array.accumulate(acc, a, b, 0);
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    long expected = single.accumulate(array.elementAccumulator(acc, r, c).longValue(), a[r], b[c]);
                    assertEquals(expected, array.elementAccumulator(next, r, c).longValue());
                }
            }
            acc = next;
        }
        assertEquals(6 * 32, spec.outputWidth());
    }
}
