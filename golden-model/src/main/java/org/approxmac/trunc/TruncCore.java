package org.approxmac.trunc;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.UnsignedCore;

/**
 * Unsigned core of the truncated multiplier (docs/units.md, "The truncated multiplier core"): the exact
 * AND-array product of two N-bit magnitudes with the partial products of the {@code t} least significant
 * columns left out, plus a correction for them.
 * <pre>
 *  kept       = sum of x_i y_j 2^(i+j) over i + j &gt;= t        (= x y - dropped)
 *  none       P = kept
 *  constant   P = kept + C when x != 0 and y != 0, C = the dropped bits' mean for uniform operands rounded
 *                 to a multiple of 2^t (floor((t + 1) / 4) 2^t for t &lt;= N)
 *  variable   P = kept + 2^t * (the number of x_i y_j = 1 with i + j = t - 1)
 * </pre>
 * Every product of a zero operand is 0, and every P fits 2N bits (the kept part and both corrections grow
 * with every operand bit, so all-ones operands give the largest P, below 2^2N).
 *
 * <p>Papers: M. J. Schulte, E. E. Swartzlander, "Truncated multiplication with correction constant", VLSI
 * Signal Processing VI, 1993; E. J. King, E. E. Swartzlander, "Data-dependent truncation scheme for parallel
 * multipliers", Asilomar 1997.
 */
public final class TruncCore implements UnsignedCore {
    private final int n;
    private final int t;
    private final Correction correction;
    private final BigInteger constant;

    /**
     * @param n operand width, 1..64
     * @param t columns left out, 0..2n-2 (column 2n-2 is the product's highest column of partial products)
     * @param correction what stands in for them
     */
    public TruncCore(int n, int t, Correction correction) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("trunc core needs 1 <= n <= 64, got n=" + n);
        }
        if (t < 0 || t > Math.max(0, 2 * n - 2)) {
            throw new IllegalArgumentException("trunc core needs 0 <= t <= 2n-2=" + (2 * n - 2) + ", got t=" + t);
        }
        this.n = n;
        this.t = t;
        this.correction = correction;
        this.constant = correctionConstant(n, t);
    }

    @Override
    public int width() {
        return n;
    }

    /** How many partial products column c of an N x N product holds (c = 0..2N-2). */
    public static int columnHeight(int n, int c) {
        return c < n ? c + 1 : 2 * n - 1 - c;
    }

    /**
     * The constant of constant correction: the mean of the dropped bits for uniform operands (each partial
     * product is 1 with probability 1/4), sum of columnHeight(c) 2^c / 4 over c &lt; t, rounded half up to a
     * multiple of 2^t; floor((t + 1) / 4) 2^t when t &lt;= N.
     */
    public static BigInteger correctionConstant(int n, int t) {
        if (t == 0) {
            return BigInteger.ZERO;
        }
        BigInteger fourTimesMean = BigInteger.ZERO;
        for (int c = 0; c < t; c++) {
            fourTimesMean = fourTimesMean.add(BigInteger.valueOf(columnHeight(n, c)).shiftLeft(c));
        }
        // round(mean / 2^t) = floor((4 mean + 2^(t+1)) / 2^(t+2))
        return fourTimesMean.add(BigInteger.ONE.shiftLeft(t + 1)).shiftRight(t + 2).shiftLeft(t);
    }

    /** The partial products x_i y_j of columns i + j &lt; t: what the core leaves out (below t 2^t). */
    static BigInteger dropped(long x, long y, int t) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < Math.min(t, 64); i++) {
            if (Bits.bit(x, i)) {
                sum = sum.add(Bits.unsigned(y & Bits.mask(t - i)).shiftLeft(i));
            }
        }
        return sum;
    }

    /** {@link #dropped} for n &lt;= 32. */
    private long droppedLong(long x, long y) {
        long sum = 0; // mod 2^64; the true value is at most x y
        for (int i = 0; i < Math.min(t, n); i++) {
            if ((x >>> i & 1) != 0) {
                sum += (y & Bits.mask(t - i)) << i;
            }
        }
        return sum;
    }

    /** How many partial products x_i y_j with i + j = t - 1 are 1 (0 for t = 0). */
    static int topDroppedColumn(long x, long y, int t) {
        int count = 0;
        for (int i = Math.max(0, t - 64); i < Math.min(t, 64); i++) {
            if (Bits.bit(x, i) && Bits.bit(y, t - 1 - i)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public long product(long x, long y) {
        if (n > 32) {
            throw new IllegalArgumentException("product(long, long) is for n <= 32; use productWide");
        }
        if (x == 0 || y == 0) {
            return 0;
        }
        // x y may exceed 2^63 but P < 2^64: arithmetic mod 2^64 gives its bits
        long kept = x * y - droppedLong(x, y);
        return switch (correction) {
            case NONE -> kept;
            case CONSTANT -> kept + constant.longValue();
            case VARIABLE -> kept + ((long) topDroppedColumn(x, y, t) << t);
        };
    }

    @Override
    public BigInteger productWide(long x, long y) {
        if (x == 0 || y == 0) {
            return BigInteger.ZERO;
        }
        BigInteger kept = Bits.unsigned(x).multiply(Bits.unsigned(y)).subtract(dropped(x, y, t));
        return switch (correction) {
            case NONE -> kept;
            case CONSTANT -> kept.add(constant);
            case VARIABLE -> kept.add(BigInteger.valueOf(topDroppedColumn(x, y, t)).shiftLeft(t));
        };
    }
}
