package org.approxmac.roba;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.UnsignedCore;

/**
 * Unsigned core of the rounding-based approximate multiplier RoBA (docs/units.md, "The RoBA core"):
 * each operand is rounded to its nearest power of two, x_r and y_r, and the product is approximated by
 * x_r y + x y_r - x_r y_r, which leaves out exactly (x - x_r)(y - y_r). Every product by a power of two
 * is a shift.
 *
 * <p>Paper: R. Zendegani, M. Kamal, M. Bahadori, A. Afzali-Kusha, M. Pedram, "RoBA multiplier: a
 * rounding-based approximate multiplier for high-speed yet energy-efficient digital signal processing",
 * IEEE Trans. VLSI Systems 25(2), 2017.
 *
 * <pre>
 *  x --&gt; leading one p --&gt; x_r = x[p-1] ? 2^(p+1) : 2^p     (a tie, 3 * 2^(p-1), rounds up); 0 --&gt; 0
 *  y --&gt; (same)
 *  P = (y &lt;&lt; log2 x_r) + (x &lt;&lt; log2 y_r) - 2^(log2 x_r + log2 y_r)
 * </pre>
 */
public final class RobaCore implements UnsignedCore {
    private final int n;

    /** @param n operand width, 1..64 */
    public RobaCore(int n) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("roba core needs 1 <= n <= 64, got n=" + n);
        }
        this.n = n;
    }

    @Override
    public int width() {
        return n;
    }

    /** log2 of x rounded to the nearest power of two (ties up); -1 for x = 0. */
    static int roundedPower(long x) {
        if (x == 0) {
            return -1;
        }
        int p = Bits.lead(x);
        return p >= 1 && (x >>> (p - 1) & 1) == 1 ? p + 1 : p;
    }

    @Override
    public long product(long x, long y) {
        if (x == 0 || y == 0) {
            return 0;
        }
        int px = roundedPower(x);
        int py = roundedPower(y);
        // every term is below 2^64 for n <= 32 and so is the result (docs/units.md): unsigned arithmetic in a long
        long power = px + py >= 64 ? 0 : 1L << (px + py); // 2^64 is 0 mod 2^64 (Java would shift by 0)
        return (y << px) + (x << py) - power;
    }

    @Override
    public BigInteger productWide(long x, long y) {
        if (x == 0 || y == 0) {
            return BigInteger.ZERO;
        }
        int px = roundedPower(x);
        int py = roundedPower(y);
        return Bits.unsigned(y).shiftLeft(px).add(Bits.unsigned(x).shiftLeft(py)).subtract(BigInteger.ONE.shiftLeft(px + py));
    }
}
