package org.approxmac.sim;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import org.approxmac.golden.Bits;
import org.approxmac.spec.C1ZeroRule;
import org.approxmac.spec.Kind;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * The second, independent oracle: an analytic bound on each integer product against the exact
 * product, derived from docs/units.md rather than from the golden model's code, so that a golden-model
 * bug cannot hide behind a matching RTL bug. See docs/cosim.md for the derivations.
 *
 * <p>Operands are first reduced to the magnitudes the sign wrapper feeds the core: unsigned
 * {@code x = a}; sm/twos {@code x = |a|}; c1 {@code x = a < 0 ? ~a : a}. The core product p is then
 * recovered from z (sm/twos {@code p = -z}, c1 {@code p = ~z} when the operand signs differ) and must
 * lie within bounds of the exact magnitude product {@code X = x * y}:
 * <ul>
 * <li>fixed: {@code p = X}.</li>
 * <li>mitchw/mitchell, K = w - 1 fraction bits: {@code p <= X} and
 *     {@code 9 (2^K + 1)^2 (p + 1) > 8 * 4^K * X} — Mitchell's piecewise-linear antilogarithm is
 *     never above the true product and at worst 8/9 of it (at fractions 1/2, 1/2); truncating an
 *     operand to K fraction bits keeps more than {@code 2^K / (2^K + 1)} of it; the final shift
 *     floors, losing less than 1. Zero rules: p = 0 when a magnitude is 0 (unsigned, sm); c1 gives
 *     z = 0 when a raw operand is 0 and treats the magnitude 0 of a = -1 as 1.</li>
 * <li>drum, d = 2^(k-1): {@code (d - 1)^2 X <= d^2 p <= (d + 1)^2 X} — a segment with forced LSB is
 *     within 2^t of the operand, and the operand is at least 2^(t+k-1); the k x k product is exact.
 *     No zero masking: p = 0 whenever a magnitude is 0 (c1 then gives z = ~0 = -1).</li>
 * <li>ilm, K = w - 1, i correction iterations: {@code p <= X} and
 *     {@code 4^(i+1) (2^K + 1)^2 p >= (4^(i+1) - 1) 4^K X} — every block leaves out the product of the
 *     residues, which is below a quarter of the block's input product, so i + 1 blocks keep more than
 *     {@code 1 - 4^-(i+1)} of the truncated operands' product, and truncation keeps more than
 *     {@code 2^K / (2^K + 1)} of each operand. Zero rules as for mitchw.</li>
 * <li>roba: {@code 8 X <= 9 p <= 10 X} — p = X - (x - x_r)(y - y_r), and rounding to the nearest power of
 *     two moves an operand by at most a third of it (a tie, 3 * 2^(k-1), rounds up by exactly a third); both
 *     operands rounded up give the worst shortfall, X/9, opposite directions an excess below X/9. No zero
 *     masking: p = 0 whenever a magnitude is 0.</li>
 * <li>trunc, t columns left out, Dmax(t) = the sum of column heights h(c) 2^c over c &lt; t: an additive bound
 *     {@code X - low <= p <= X + high} — none: low = Dmax(t), high = 0; constant: low = Dmax(t) - C,
 *     high = C; variable: low = Dmax(t - 1), high = h(t - 1) 2^(t-1). p = 0 whenever a magnitude is 0.</li>
 * </ul>
 * Floating kinds have no bound here (their golden model is exact IEEE arithmetic), nor has
 * {@code mitchwu} (co-simulation checks it bit for bit only).
 */
public final class ErrorBound {
    private static final double SCREEN = 1e-9;
    /** The kinds with a derived bound; any other kind (a new one too) is checked bit for bit only. */
    private static final Set<Kind> BOUNDED = EnumSet.of(Kind.FIXED, Kind.MITCHW, Kind.MITCHELL, Kind.DRUM, Kind.ILM,
            Kind.ROBA, Kind.TRUNC);

    private final Kind kind;
    private final SignMode sign;
    private final int n;
    private final int productWidth;
    private final int k; // K = w-1 for mitchw, k for drum
    private final BigInteger lowNum;
    private final BigInteger lowDen;
    private final BigInteger highNum;
    private final BigInteger highDen;
    private final boolean fastPath;
    private final boolean signed;
    private final boolean c1;
    private final long operandMask;
    private final long productMask;
    private final int signShift;
    private final double lowScreen;
    private final double highScreen;
    /** trunc: p may lie this far below / above the exact product (0 for the other kinds). */
    private final BigInteger lowSlack;
    private final BigInteger highSlack;
    private final boolean slackFitsLong;

    private ErrorBound(UnitSpec spec) {
        this.kind = spec.kind();
        this.sign = spec.sign();
        this.n = spec.n();
        this.productWidth = spec.productWidth();
        BigInteger[] slack = kind == Kind.TRUNC ? truncSlack(spec) : new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO};
        lowSlack = slack[0];
        highSlack = slack[1];
        slackFitsLong = lowSlack.bitLength() < 62 && highSlack.bitLength() < 62;
        switch (kind) {
            case MITCHW, MITCHELL -> {
                k = spec.keptBits() - 1;
                BigInteger twoK = BigInteger.ONE.shiftLeft(k);
                // p + 1 > X * 8 * 4^K / (9 (2^K+1)^2); p <= X
                lowNum = BigInteger.valueOf(8).multiply(twoK.pow(2));
                lowDen = BigInteger.valueOf(9).multiply(twoK.add(BigInteger.ONE).pow(2));
                highNum = BigInteger.ONE;
                highDen = BigInteger.ONE;
            }
            case ILM -> {
                k = spec.intParam("w") - 1;
                BigInteger blocks = BigInteger.ONE.shiftLeft(2 * (spec.intParam("iter") + 1)); // 4^(i+1)
                lowNum = blocks.subtract(BigInteger.ONE).multiply(BigInteger.ONE.shiftLeft(2 * k));
                lowDen = blocks.multiply(BigInteger.ONE.shiftLeft(k).add(BigInteger.ONE).pow(2));
                highNum = BigInteger.ONE;
                highDen = BigInteger.ONE;
            }
            case ROBA -> {
                k = 0;
                lowNum = BigInteger.valueOf(8);
                lowDen = BigInteger.valueOf(9);
                highNum = BigInteger.TEN;
                highDen = BigInteger.valueOf(9);
            }
            case DRUM -> {
                k = spec.intParam("k");
                BigInteger d = BigInteger.ONE.shiftLeft(k - 1);
                lowNum = d.subtract(BigInteger.ONE).pow(2);
                lowDen = d.pow(2);
                highNum = d.add(BigInteger.ONE).pow(2);
                highDen = d.pow(2);
            }
            default -> {
                k = 0;
                lowNum = BigInteger.ONE;
                lowDen = BigInteger.ONE;
                highNum = BigInteger.ONE;
                highDen = BigInteger.ONE;
            }
        }
        signed = sign != SignMode.UNSIGNED;
        c1 = sign == SignMode.C1;
        fastPath = n <= 31 || n == 32 && signed;
        operandMask = Bits.mask(n);
        productMask = Bits.mask(Math.min(64, productWidth));
        signShift = 64 - n;
        lowScreen = lowNum.doubleValue() / lowDen.doubleValue() * (1 + SCREEN);
        highScreen = highNum.doubleValue() / highDen.doubleValue() * (1 - SCREEN);
    }

    /** Dmax(t) = sum of h(c) 2^c over c &lt; t, h(c) the partial products of column c of an N x N product. */
    private static BigInteger droppedMax(int n, int t) {
        BigInteger sum = BigInteger.ZERO;
        for (int c = 0; c < t; c++) {
            sum = sum.add(BigInteger.valueOf(c < n ? c + 1 : 2 * n - 1 - c).shiftLeft(c));
        }
        return sum;
    }

    /** {low, high} slack of a truncated multiplier, from docs/cosim.md (not from the golden model's code). */
    private static BigInteger[] truncSlack(UnitSpec spec) {
        int n = spec.n();
        int t = spec.intParam("t");
        BigInteger dmax = droppedMax(n, t);
        return switch (spec.param("corr")) {
            case "none" -> new BigInteger[] {dmax, BigInteger.ZERO};
            case "constant" -> {
                // C = round(Dmax / 4 / 2^t) 2^t: the dropped bits' mean, each partial product 1 with probability 1/4
                BigInteger c = t == 0 ? BigInteger.ZERO
                        : dmax.add(BigInteger.ONE.shiftLeft(t + 1)).shiftRight(t + 2).shiftLeft(t);
                yield new BigInteger[] {dmax.subtract(c), c};
            }
            default -> t == 0 ? new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO}
                    : new BigInteger[] {droppedMax(n, t - 1),
                            BigInteger.valueOf(t - 1 < n ? t : 2 * n - t).shiftLeft(t - 1)};
        };
    }

    /**
     * The bound of an integer spec; empty for floating kinds, for {@code mitchwu}, whose decoder
     * flushes every product with a characteristic sum below N to 0 (no relative bound holds there), for
     * kinds nobody has derived a bound for yet (docs/adding-a-kind.md), and for dot-product units (the
     * bound is one product's).
     */
    public static Optional<ErrorBound> of(UnitSpec spec) {
        // a dot product's sum is checked against the golden model only: the bound is one product's
        boolean bounded = BOUNDED.contains(spec.kind()) && !spec.dot();
        return bounded ? Optional.of(new ErrorBound(spec.multiplier())) : Optional.empty();
    }

    /**
     * Null when product pattern {@code z} (2N bits, zero-extended) of operands {@code a}, {@code b}
     * (N-bit patterns) is within the bound, else a phrase stating the violated bound.
     */
    public String violation(long a, long b, BigInteger z) {
        long ma = Bits.mask(n);
        a &= ma;
        b &= ma;
        boolean negA = signed && (a >>> (n - 1) & 1) == 1;
        boolean negB = signed && (b >>> (n - 1) & 1) == 1;
        BigInteger x = magnitude(a, negA);
        BigInteger y = magnitude(b, negB);
        boolean notZeroMask = kind.descriptor().zeroRule() == C1ZeroRule.NOT_ZERO_MASK; // the kind's own rule
        if (notZeroMask && sign == SignMode.C1) {
            if (a == 0 || b == 0) {
                return z.signum() == 0 ? null : "c1 Mitch-w gives 0 when an operand is all zeros";
            }
            x = x.max(BigInteger.ONE);
            y = y.max(BigInteger.ONE);
        }
        BigInteger p = coreProduct(z, negA != negB);
        BigInteger exact = x.multiply(y);
        return check(p, exact);
    }

    /**
     * {@link #violation(long, long, BigInteger)} for products of at most 64 bits: where the magnitude
     * product fits a long (N &lt;= 31, or 32 signed) it is computed exactly, the ratio bounds are
     * screened in double with a margin, and anything not clearly inside is decided exactly.
     */
    public String violation(long a, long b, long z) {
        if (fastPath) {
            long x = a & operandMask;
            long y = b & operandMask;
            boolean negative = false;
            if (signed) {
                long sa = x << signShift >> signShift;
                long sb = y << signShift >> signShift;
                x = sa >= 0 ? sa : c1 ? ~sa : -sa;
                y = sb >= 0 ? sb : c1 ? ~sb : -sb;
                negative = (sa ^ sb) < 0;
            }
            if (x > 0 && y > 0) {
                long p = (negative ? c1 ? ~z : -z : z) & productMask;
                long exact = x * y; // < 2^62
                boolean inside = switch (kind) {
                    case FIXED -> p == exact;
                    case MITCHW, MITCHELL -> p <= exact && p + 1 > exact * lowScreen;
                    case ILM -> p <= exact && p >= exact * lowScreen;
                    case TRUNC -> slackFitsLong && p >= exact - lowSlack.longValue()
                            && p <= exact + highSlack.longValue();
                    default -> p >= exact * lowScreen && p <= exact * highScreen;
                };
                if (inside) {
                    return null;
                }
            }
        }
        return violation(a, b, BigInteger.valueOf(z).and(BigInteger.ONE.shiftLeft(productWidth).subtract(BigInteger.ONE)));
    }

    private String check(BigInteger p, BigInteger exact) {
        switch (kind) {
            case FIXED -> {
                return p.equals(exact) ? null : "exact product magnitude " + exact + " expected, core gave " + p;
            }
            case MITCHW, MITCHELL -> {
                boolean high = p.compareTo(exact) <= 0;
                // 9 (2^K+1)^2 (p+1) > 8 4^K X
                boolean low = lowDen.multiply(p.add(BigInteger.ONE)).compareTo(lowNum.multiply(exact)) > 0;
                return high && low ? null : "Mitch-w core product " + p + " outside (" + exact + " * 8/9 * (2^" + k
                        + "/(2^" + k + "+1))^2 - 1, " + exact + "]";
            }
            case ILM -> {
                boolean low = lowDen.multiply(p).compareTo(lowNum.multiply(exact)) >= 0;
                return p.compareTo(exact) <= 0 && low ? null : "ILM core product " + p + " outside [" + exact
                        + " * " + lowNum + "/" + lowDen + ", " + exact + "]";
            }
            case ROBA -> {
                boolean low = lowDen.multiply(p).compareTo(lowNum.multiply(exact)) >= 0;
                boolean high = highDen.multiply(p).compareTo(highNum.multiply(exact)) <= 0;
                return high && low ? null : "RoBA core product " + p + " outside [" + exact + " * 8/9, " + exact
                        + " * 10/9]";
            }
            case DRUM -> {
                boolean low = lowDen.multiply(p).compareTo(lowNum.multiply(exact)) >= 0;
                boolean high = highDen.multiply(p).compareTo(highNum.multiply(exact)) <= 0;
                return high && low ? null : "DRUM core product " + p + " outside [" + exact + " * (1 - 2^-" + (k - 1)
                        + ")^2, " + exact + " * (1 + 2^-" + (k - 1) + ")^2]";
            }
            case TRUNC -> {
                if (exact.signum() == 0) {
                    return p.signum() == 0 ? null : "truncated multiplier gives 0 for a zero operand, core gave " + p;
                }
                boolean inside = p.compareTo(exact.subtract(lowSlack)) >= 0 && p.compareTo(exact.add(highSlack)) <= 0;
                return inside ? null : "truncated core product " + p + " outside [" + exact + " - " + lowSlack + ", "
                        + exact + " + " + highSlack + "]";
            }
            default -> throw new IllegalStateException("no bound for " + kind);
        }
    }


    private BigInteger magnitude(long pattern, boolean negative) {
        if (!negative) {
            return BigInteger.valueOf(pattern).and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
        }
        BigInteger v = BigInteger.valueOf(pattern).and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE))
                .subtract(BigInteger.ONE.shiftLeft(n)); // the negative value
        return sign == SignMode.C1 ? v.negate().subtract(BigInteger.ONE) : v.negate();
    }


    /** The core product recovered from the 2N-bit pattern z. */
    private BigInteger coreProduct(BigInteger z, boolean negative) {
        if (!negative) {
            return z;
        }
        BigInteger modulus = BigInteger.ONE.shiftLeft(productWidth);
        BigInteger negated = sign == SignMode.C1 ? modulus.subtract(BigInteger.ONE).subtract(z) : modulus.subtract(z).mod(modulus);
        return negated;
    }

}
