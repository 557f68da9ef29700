package org.approxmac.drum;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.UnsignedCore;

/**
 * Unsigned DRUM-k core (docs/units.md, "The DRUM-k core"): each operand is reduced to a k-bit segment that
 * starts at its leading one and ends in a forced 1 (which makes the truncation unbiased); the
 * segments are multiplied exactly and the product is shifted back.
 *
 * <p>Paper: S. Hashemi, R. I. Bahar, S. Reda, "DRUM: A dynamic range unbiased multiplier for
 * approximate applications", ICCAD 2015.
 *
 * <pre>
 *  x --&gt; leading-one detector j --&gt; x &lt; 2^k ? (s = x, t = 0)
 *                                          : (s = x[j : j-k+2] . 1,  t = j-k+1)
 *  y --&gt; (same)
 *  P = (s_x * s_y) &lt;&lt; (t_x + t_y)          k x k exact multiplier, then a shifter
 * </pre>
 */
public final class DrumCore implements UnsignedCore {
    private final int n;
    private final int k;

    /**
     * @param n operand width, 1..64
     * @param k segment width, 3..n
     */
    public DrumCore(int n, int k) {
        if (n < 1 || n > 64 || k < 3 || k > n) {
            throw new IllegalArgumentException("drum core needs 3 <= k <= n <= 64, got n=" + n + " k=" + k);
        }
        this.n = n;
        this.k = k;
    }

    @Override
    public int width() {
        return n;
    }

    /** The k-bit segment of x (x itself when x &lt; 2^k). */
    long segment(long x) {
        if (fitsSegment(x)) {
            return x;
        }
        return (x >>> shift(x)) | 1L;
    }

    /** The shift t of x: 0 when x &lt; 2^k, else lead(x) - k + 1. */
    int shift(long x) {
        return fitsSegment(x) ? 0 : Bits.lead(x) - k + 1;
    }

    private boolean fitsSegment(long x) {
        return k >= 64 || (x >>> k) == 0;
    }

    @Override
    public long product(long x, long y) {
        // the literal formula; the fast form is DrumLookup, which tabulates s << t per operand
        // segments are below 2^k <= 2^32 here: the 64-bit product is exact as an unsigned value
        return (segment(x) * segment(y)) << (shift(x) + shift(y));
    }

    @Override
    public BigInteger productWide(long x, long y) {
        return Bits.unsigned(segment(x)).multiply(Bits.unsigned(segment(y))).shiftLeft(shift(x) + shift(y));
    }
}
