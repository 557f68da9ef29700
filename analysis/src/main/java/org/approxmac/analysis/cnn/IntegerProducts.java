package org.approxmac.analysis.cnn;

import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * Products by an integer kind's golden model, on operands quantised to n-bit fixed point as the
 * paper does: each tensor (a layer's weights; one image's input to a layer) is scaled by its largest
 * magnitude to the range -(2^(n-1) - 1) .. 2^(n-1) - 1 and rounded to the nearest integer. The 2n-bit
 * product patterns are summed exactly (two 64-bit partial sums: bits 32 and up, and bits below 32),
 * so only the multiplier approximates.
 */
public final class IntegerProducts implements ProductArithmetic {
    /** The widest operand accepted (the golden model's fast path: products of at most 64 bits). */
    public static final int MAX_N = 32;

    private final Multiplier multiplier;
    private final int n;
    private final long largest;
    private final long mask;
    private final int extend;

    public IntegerProducts(Multiplier multiplier) {
        UnitSpec spec = multiplier.spec();
        if (spec.kind().floating() || !spec.signedOperands() || spec.n() > MAX_N || spec.n() < 2) {
            throw new IllegalArgumentException(spec.canonical() + " cannot run a network: integer kinds need signed"
                    + " operands (sign=sm|c1|twos) and n in 2.." + MAX_N);
        }
        this.multiplier = multiplier;
        this.n = spec.n();
        this.largest = (1L << (n - 1)) - 1;
        this.mask = n == 64 ? -1L : (1L << n) - 1;
        this.extend = 64 - 2 * n;
    }

    @Override
    public String name() {
        return multiplier.spec().canonical();
    }

    @Override
    public Encoded encode(float[] values) {
        float max = 0f;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        double scale = max == 0f ? 1.0 : max / (double) largest;
        long[] codes = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            long q = Math.round(values[i] / scale);
            codes[i] = Math.max(-largest, Math.min(largest, q)) & mask;
        }
        return new Encoded(codes, scale);
    }

    @Override
    public double dot(Encoded x, int[] xIndex, Encoded w, int wOffset, int length) {
        long[] xc = x.codes();
        long[] wc = w.codes();
        long high = 0;
        long low = 0;
        for (int i = 0; i < length; i++) {
            int xi = xIndex[i];
            if (xi < 0) {
                continue;
            }
            long p = multiplier.multiply(xc[xi], wc[wOffset + i]);
            long product = extend == 0 ? p : (p << extend) >> extend;
            high += product >> 32;
            low += product & 0xFFFF_FFFFL;
        }
        return (high * 4294967296.0 + low) * x.scale() * w.scale();
    }
}
