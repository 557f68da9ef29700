package org.approxmac.booth;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * The broken-Booth multiplier (docs/units.md, "The broken-Booth multiplier"; Farshchi, Abrishami,
 * Fakhraie, CADS 2013): a radix-4 (modified) Booth multiplier of two N-bit two's-complement operands whose
 * partial-product bits right of a vertical breaking line at column v are left out.
 * <pre>
 *  digit i = -2 b[2i+1] + b[2i] + b[2i-1]          (b[-1] = 0, b sign-extended above N-1)
 *  row i   = |digit| * a, one's-complemented when the digit is negative, at column 2i;
 *            a negation bit (1 for a negative digit) at column 2i
 *  z       = a * b - (every row bit and negation bit at a column below v)      (2N bits)
 * </pre>
 * With v at most N no sign bit of a row lies right of the line, so what is left out is a sum of bits of
 * positive weight: z &lt;= a * b, and a * b - z &lt; (ceil(N/2) + 1) 2^v.
 */
public final class BrokenBoothMultiplier implements Multiplier {
    private final UnitSpec spec;
    private final int n;
    private final int breakingLine;
    private final int digits;
    private final long productMask;

    public BrokenBoothMultiplier(UnitSpec spec) {
        this(spec, spec.n(), spec.intParam("vbl"));
    }

    private BrokenBoothMultiplier(UnitSpec spec, int n, int breakingLine) {
        if (n < 2 || n > 64 || breakingLine < 0 || breakingLine > n) {
            throw new IllegalArgumentException("a broken-Booth multiplier needs 2 <= n <= 64 and 0 <= v <= n, got n="
                    + n + " v=" + breakingLine);
        }
        this.spec = spec;
        this.n = n;
        this.breakingLine = breakingLine;
        this.digits = (n + 1) / 2;
        this.productMask = Bits.mask(2 * n);
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        if (n > 32) {
            throw new UnsupportedOperationException(spec + ": product is wider than 64 bits, use multiplyWide");
        }
        long x = Bits.signExtend(a, n);
        long y = Bits.signExtend(b, n);
        return (x * y - omitted(x, y)) & productMask;
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        if (n <= 32) {
            return Bits.unsigned(multiply(a, b));
        }
        BigInteger x = BigInteger.valueOf(Bits.signExtend(a, n));
        long y = Bits.signExtend(b, n);
        return Bits.pattern(x.multiply(BigInteger.valueOf(y)).subtract(omittedWide(x, y)), 2 * n);
    }

    /** The Booth digit i of the sign-extended multiplier y: -2 y[2i+1] + y[2i] + y[2i-1]. */
    static int digit(long y, int i) {
        long high = y >> Math.min(63, 2 * i + 1) & 1;
        long mid = y >> Math.min(63, 2 * i) & 1;
        long low = i == 0 ? 0 : y >> Math.min(63, 2 * i - 1) & 1;
        return (int) (-2 * high + mid + low);
    }

    /** The value of the bits right of the breaking line (N &lt;= 32: every row bit below column 32 fits). */
    private long omitted(long x, long y) {
        long sum = 0;
        for (int i = 0; i < digits && 2 * i < breakingLine; i++) {
            int d = digit(y, i);
            long row = Math.abs(d) * x;
            if (d < 0) {
                row = ~row;
                sum += 1L << (2 * i); // the negation bit
            }
            sum += (row & Bits.mask(breakingLine - 2 * i)) << (2 * i);
        }
        return sum;
    }

    private BigInteger omittedWide(BigInteger x, long y) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < digits && 2 * i < breakingLine; i++) {
            int d = digit(y, i);
            BigInteger row = x.multiply(BigInteger.valueOf(Math.abs(d)));
            if (d < 0) {
                row = row.not();
                sum = sum.add(BigInteger.ONE.shiftLeft(2 * i));
            }
            sum = sum.add(row.and(Bits.maskWide(breakingLine - 2 * i)).shiftLeft(2 * i));
        }
        return sum;
    }
}
