package org.approxmac.analysis.cnn;

import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatRounder;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.FloatValue;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.golden.Multiplier;

/**
 * Products by a floating kind's golden model (bfloat16, FP16, approximate significands...): each
 * value is rounded to the operand format (to nearest, ties to even), the multiplier returns the
 * rounded product in its result format, and the products are summed in double precision.
 */
public final class FloatProducts implements ProductArithmetic {
    private final Multiplier multiplier;
    private final FloatRounder operandRounder;
    private final FloatFormat result;
    private final SubnormalMode subnormals;

    public FloatProducts(Multiplier multiplier) {
        FloatUnit unit = FloatUnit.of(multiplier.spec());
        if (unit.operandFormat().finite()) {
            throw new IllegalArgumentException(multiplier.spec().canonical() + " cannot run a network: its operand"
                    + " format " + unit.operandFormat() + " has no rounding of out-of-range values (accepted: formats"
                    + " with infinities)");
        }
        this.multiplier = multiplier;
        this.subnormals = unit.subnormals();
        this.operandRounder = new FloatRounder(unit.operandFormat(), unit.subnormals());
        this.result = unit.resultFormat();
    }

    @Override
    public String name() {
        return multiplier.spec().canonical();
    }

    @Override
    public Encoded encode(float[] values) {
        long[] codes = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = operandRounder.round(exact(values[i]));
        }
        return new Encoded(codes, 1.0);
    }

    /** The exact value of a float. */
    static FloatValue exact(float v) {
        int bits = Float.floatToRawIntBits(v);
        boolean negative = bits < 0;
        int exponent = (bits >>> 23) & 0xff;
        long fraction = bits & 0x7f_ffff;
        if (exponent == 0xff) {
            return fraction != 0 ? FloatValue.nan() : FloatValue.infinity(negative);
        }
        if (exponent == 0) {
            return fraction == 0 ? FloatValue.zero(negative) : FloatValue.finite(negative, fraction, -149);
        }
        return FloatValue.finite(negative, fraction | 0x80_0000, exponent - 150);
    }

    @Override
    public double dot(Encoded x, int[] xIndex, Encoded w, int wOffset, int length) {
        long[] xc = x.codes();
        long[] wc = w.codes();
        double sum = 0;
        for (int i = 0; i < length; i++) {
            int xi = xIndex[i];
            if (xi >= 0) {
                sum += result.decode(multiplier.multiply(xc[xi], wc[wOffset + i]), subnormals).toDouble();
            }
        }
        return sum;
    }
}
