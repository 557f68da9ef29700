package org.approxmac.mitchw;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.UnsignedCore;

/**
 * Unsigned Mitch-w core (UNITS.md, "Mitch-w core"): Mitchell's logarithmic multiplication keeping w
 * bits of each operand (the leading one and K = w-1 fraction bits). Mitchell's original multiplier is
 * the case w = n.
 *
 * <p>Papers: J. N. Mitchell, IRE Trans. Electronic Computers 1962; M. S. Kim et al., "Efficient
 * Mitchell's approximate log multipliers for convolutional neural networks", IEEE TC 2019.
 *
 * <pre>
 *  x --&gt; leading-one detector --&gt; characteristic kx ----------+
 *   \--&gt; left-align fraction --&gt; truncate to K bits --&gt; fx --+--&gt; L(x) = kx.fx
 *                                                              |        (+)  log-domain adder
 *  y --&gt; (same) -------------------------------------------&gt; L(y) = ky.fy
 *                                   S = L(x) + L(y);  c = S &gt;&gt; K;  m = 1.(S mod 2^K)
 *  antilog: P = c &gt;= K ? m &lt;&lt; (c-K) : m &gt;&gt; (K-c)
 * </pre>
 * The carry out of the fraction sum is kept separately, so the arithmetic never overflows for n up
 * to 64. The core never over-estimates: P(x, y) &lt;= x*y.
 */
public final class MitchwCore implements UnsignedCore {
    private final int n;
    private final int fractionBits;

    /**
     * @param n    operand width, 1..64
     * @param kept bits kept per operand w, 1..n
     */
    public MitchwCore(int n, int kept) {
        if (n < 1 || n > 64 || kept < 1 || kept > n) {
            throw new IllegalArgumentException("mitchw core needs 1 <= w <= n <= 64, got n=" + n + " w=" + kept);
        }
        this.n = n;
        this.fractionBits = kept - 1;
    }

    @Override
    public int width() {
        return n;
    }

    /** K = w - 1, the fraction bits kept. */
    public int fractionBits() {
        return fractionBits;
    }

    /** The characteristic k = lead(x) of a non-zero operand. */
    static int characteristic(long x) {
        return Bits.lead(x);
    }

    /** The fraction below the leading one, left-aligned in N-1 bits and truncated to its top K bits. */
    long truncatedFraction(long x, int characteristic) {
        long aligned = (x << (n - 1 - characteristic)) & Bits.mask(n - 1);
        return aligned >>> (n - 1 - fractionBits);
    }

    @Override
    public long product(long x, long y) {
        if (x == 0 || y == 0) {
            return 0;
        }
        int kx = characteristic(x);
        int ky = characteristic(y);
        long fractionSum = truncatedFraction(x, kx) + truncatedFraction(y, ky);
        int c = kx + ky + (int) (fractionSum >>> fractionBits);
        long mantissa = (1L << fractionBits) + (fractionSum & Bits.mask(fractionBits));
        return c >= fractionBits ? mantissa << (c - fractionBits) : mantissa >>> (fractionBits - c);
    }

    @Override
    public BigInteger productWide(long x, long y) {
        if (x == 0 || y == 0) {
            return BigInteger.ZERO;
        }
        int kx = characteristic(x);
        int ky = characteristic(y);
        long fx = truncatedFraction(x, kx);
        long fy = truncatedFraction(y, ky);
        // fx, fy < 2^K <= 2^63: the sum fits in 64 unsigned bits
        long fractionSum = fx + fy;
        int carry = (int) (fractionSum >>> fractionBits);
        int c = kx + ky + carry;
        long fraction = fractionSum & Bits.mask(fractionBits);
        BigInteger mantissa = Bits.unsigned(fraction).setBit(fractionBits);
        return c >= fractionBits ? mantissa.shiftLeft(c - fractionBits) : mantissa.shiftRight(fractionBits - c);
    }
}
