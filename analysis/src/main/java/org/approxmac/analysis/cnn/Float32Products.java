package org.approxmac.analysis.cnn;

/** The FP32 reference: IEEE single-precision products (Java float), summed in double precision. */
public final class Float32Products implements ProductArithmetic {

    @Override
    public String name() {
        return "fp32 (Java float)";
    }

    @Override
    public Encoded encode(float[] values) {
        long[] codes = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = Float.floatToRawIntBits(values[i]);
        }
        return new Encoded(codes, 1.0);
    }

    @Override
    public double dot(Encoded x, int[] xIndex, Encoded w, int wOffset, int length) {
        long[] xc = x.codes();
        long[] wc = w.codes();
        double sum = 0;
        for (int i = 0; i < length; i++) {
            int xi = xIndex[i];
            if (xi >= 0) {
                sum += Float.intBitsToFloat((int) xc[xi]) * Float.intBitsToFloat((int) wc[wOffset + i]);
            }
        }
        return sum;
    }
}
