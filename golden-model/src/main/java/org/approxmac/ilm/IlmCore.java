package org.approxmac.ilm;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.UnsignedCore;

/**
 * Unsigned core of the truncated iterative logarithmic multiplier (docs/units.md, "The ILM core"):
 * each operand is truncated to its leading one and the w - 1 bits below it, then the product of the
 * truncated operands is approximated by a basic block and {@code iterations} error-correction blocks.
 *
 * <p>A basic block on a, b (both non-zero) with characteristics ka = lead(a), kb = lead(b) and residues
 * ra = a - 2^ka, rb = b - 2^kb gives 2^(ka+kb) + ra 2^kb + rb 2^ka = a 2^kb + rb 2^ka and leaves out
 * exactly ra rb, the next block's input. A block with a zero input adds nothing (and so do all after
 * it: the product is then exact).
 *
 * <p>Papers: Z. Babić, A. Avramović, P. Bulić, "An iterative logarithmic multiplier", Microprocessors and
 * Microsystems 35(1), 2011 (the iteration); H. Kim, M. S. Kim, A. A. Del Barrio, N. Bagherzadeh, "A
 * cost-efficient iterative truncated logarithmic multiplication for convolutional neural networks",
 * IEEE ARITH 2019 (operand truncation).
 *
 * <pre>
 *  x --&gt; leading one kx --&gt; x_t = x with the bits below kx-w+1 cleared     (Mitch-w's truncation)
 *  y --&gt; (same)        --&gt; y_t
 *  a = x_t, b = y_t, P = 0
 *  repeat iterations + 1 times while a != 0 and b != 0:
 *      ka = lead(a), kb = lead(b)
 *      P += (a &lt;&lt; kb) + ((b - 2^kb) &lt;&lt; ka)
 *      a -= 2^ka, b -= 2^kb
 * </pre>
 */
public final class IlmCore implements UnsignedCore {
    /** The most error-correction iterations a core takes. */
    public static final int MAX_ITERATIONS = 8;

    private final int n;
    private final int kept;
    private final int iterations;

    /**
     * @param n          operand width, 1..64
     * @param kept       bits kept per operand, w (1..n)
     * @param iterations error-correction iterations after the basic block (0..{@value #MAX_ITERATIONS})
     */
    public IlmCore(int n, int kept, int iterations) {
        if (n < 1 || n > 64 || kept < 1 || kept > n || iterations < 0 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("ilm core needs 1 <= w <= n <= 64 and 0 <= iterations <= "
                    + MAX_ITERATIONS + ", got n=" + n + " w=" + kept + " iterations=" + iterations);
        }
        this.n = n;
        this.kept = kept;
        this.iterations = iterations;
    }

    @Override
    public int width() {
        return n;
    }

    /** x with every bit more than w - 1 places below its leading one cleared (0 stays 0). */
    long truncate(long x) {
        if (x == 0) {
            return 0;
        }
        int dropped = Bits.lead(x) - kept + 1;
        return dropped <= 0 ? x : x & (-1L << dropped);
    }

    @Override
    public long product(long x, long y) {
        long a = truncate(x);
        long b = truncate(y);
        long p = 0; // the sum stays at most x_t * y_t < 2^64: unsigned arithmetic in a long
        for (int block = 0; block <= iterations && a != 0 && b != 0; block++) {
            int ka = Bits.lead(a);
            int kb = Bits.lead(b);
            long ra = a & ~(1L << ka);
            long rb = b & ~(1L << kb);
            p += (a << kb) + (rb << ka);
            a = ra;
            b = rb;
        }
        return p;
    }

    @Override
    public BigInteger productWide(long x, long y) {
        BigInteger a = Bits.unsigned(truncate(x));
        BigInteger b = Bits.unsigned(truncate(y));
        BigInteger p = BigInteger.ZERO;
        for (int block = 0; block <= iterations && a.signum() != 0 && b.signum() != 0; block++) {
            int ka = a.bitLength() - 1;
            int kb = b.bitLength() - 1;
            BigInteger ra = a.clearBit(ka);
            BigInteger rb = b.clearBit(kb);
            p = p.add(a.shiftLeft(kb)).add(rb.shiftLeft(ka));
            a = ra;
            b = rb;
        }
        return p;
    }
}
