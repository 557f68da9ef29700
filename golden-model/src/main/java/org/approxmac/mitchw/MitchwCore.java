package org.approxmac.mitchw;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.UnsignedCore;

/**
 * Unsigned Mitch-w core (docs/units.md, "The Mitch-w core"): Mitchell's logarithmic multiplication keeping w
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
 * The truncated core never over-estimates: P(x, y) &lt;= x*y. {@link MitchwVariant#AUTHORS_VHDL} (kind
 * {@code mitchwu}) changes two steps: the fraction keeps K-1 bits and a forced 1, and the antilog
 * gives 0 when c &lt; N. {@link MitchwVariant#DR_ALM} (kind {@code dralm}) keeps the forced 1 and the full
 * antilog and adds 1 to S. {@link MitchwVariant#setOneAdder} (kind {@code almsoa}) keeps every fraction bit
 * and forms S with a set-one adder (its m lowest bits 1, a carry of the AND of the bits m-1 into the rest).
 *
 * <p>This class is the literal transcription; the fast forms the golden model uses are
 * {@link MitchwLookup} and {@link MitchwFloatForm}, derived from it. N &gt; 32 uses
 * {@link #productWide}, which keeps the fraction carry apart so that nothing overflows up to N = 64.
 */
public final class MitchwCore implements UnsignedCore {

    private final int n;
    private final int fractionBits;
    private final MitchwVariant variant;

    /**
     * docs/units.md's Mitch-w core ({@link MitchwVariant#TRUNCATED}).
     *
     * @param n    operand width, 1..64
     * @param kept bits kept per operand w, 1..n
     */
    public MitchwCore(int n, int kept) {
        this(n, kept, MitchwVariant.TRUNCATED);
    }

    /**
     * @param n       operand width, 1..64
     * @param kept    bits per operand log w (leading one + K = w-1 fraction bits), 1..n; at least 2
     *                with a forced fraction bit
     * @param variant which Mitch-w function
     */
    public MitchwCore(int n, int kept, MitchwVariant variant) {
        if (n < 1 || n > 64 || kept < 1 || kept > n) {
            throw new IllegalArgumentException("mitchw core needs 1 <= w <= n <= 64, got n=" + n + " w=" + kept);
        }
        if (variant.forcedFractionBit() && kept < 2) {
            throw new IllegalArgumentException("a forced fraction bit needs w >= 2, got w=" + kept);
        }
        if (variant.setOneBits() > kept - 1) {
            throw new IllegalArgumentException("a set-one adder of " + variant.setOneBits() + " bits needs as many"
                    + " fraction bits, got w=" + kept);
        }
        this.n = n;
        this.fractionBits = kept - 1;
        this.variant = variant;
    }

    @Override
    public int width() {
        return n;
    }

    /** Which Mitch-w function the core computes. */
    public MitchwVariant variant() {
        return variant;
    }

    /** K = w - 1, the fraction bits kept. */
    public int fractionBits() {
        return fractionBits;
    }

    /**
     * L(x) = k * 2^K + fK for a non-zero operand (N &lt;= 32): characteristic k = lead(x), and the top K
     * bits of the fraction below the leading one (or, with a forced fraction bit, its top K-1 bits
     * and a 1).
     */
    public long logValue(long x) {
        int k = Bits.lead(x);
        return ((long) k << fractionBits) | fraction(x, k);
    }

    /** The K fraction bits of an operand's log value. */
    long fraction(long x, int characteristic) {
        if (variant.forcedFractionBit()) {
            return truncatedFraction(x, characteristic, fractionBits - 1) << 1 | 1;
        }
        return truncatedFraction(x, characteristic, fractionBits);
    }

    /** The fraction below the leading one, left-aligned in N-1 bits and truncated to its top bits. */
    private long truncatedFraction(long x, int characteristic, int bits) {
        long aligned = (x << (n - 1 - characteristic)) & Bits.mask(n - 1);
        return aligned >>> (n - 1 - bits);
    }

    /**
     * The antilog of a log-domain sum S: c = S &gt;&gt; K, m = 2^K + (S mod 2^K), shifted by c - K; 0
     * when the variant flushes products with c &lt; N.
     */
    public long antilog(long s) {
        int c = (int) (s >>> fractionBits);
        if (variant.flushBelowN() && c < n) {
            return 0;
        }
        long mantissa = (1L << fractionBits) | (s & Bits.mask(fractionBits));
        return c >= fractionBits ? mantissa << (c - fractionBits) : mantissa >>> (fractionBits - c);
    }

    @Override
    public long product(long x, long y) {
        if (x == 0 || y == 0) {
            return 0;
        }
        return antilog(variant.logSum(logValue(x), logValue(y)));
    }

    @Override
    public BigInteger productWide(long x, long y) {
        if (x == 0 || y == 0) {
            return BigInteger.ZERO;
        }
        int kx = Bits.lead(x);
        int ky = Bits.lead(y);
        long fx = fraction(x, kx);
        long fy = fraction(y, ky);
        // fx, fy < 2^K <= 2^63: the sum fits in 64 unsigned bits
        long fractionSum = variant.logSum(fx, fy); // fx, fy < 2^63 (odd with compensation): no overflow
        int c = kx + ky + (int) (fractionSum >>> fractionBits);
        if (variant.flushBelowN() && c < n) {
            return BigInteger.ZERO;
        }
        long fraction = fractionSum & Bits.mask(fractionBits);
        BigInteger mantissa = Bits.unsigned(fraction).setBit(fractionBits);
        return c >= fractionBits ? mantissa.shiftLeft(c - fractionBits) : mantissa.shiftRight(fractionBits - c);
    }
}
