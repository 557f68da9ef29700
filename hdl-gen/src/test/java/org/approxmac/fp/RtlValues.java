package org.approxmac.fp;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.approxmac.hdl.builder.Evaluator;

/** Test helpers: evaluating FP building blocks and reading their signals back as golden values. */
final class RtlValues {

    private RtlValues() {
    }

    /** Evaluates a block with long-valued inputs and returns its outputs as longs. */
    static Map<String, Long> evaluate(Evaluator e, Map<String, Long> inputs) {
        Map<String, BigInteger> in = new HashMap<>();
        inputs.forEach((k, v) -> in.put(k, BigInteger.valueOf(v)));
        Map<String, Long> out = new HashMap<>();
        e.evaluate(in).forEach((k, v) -> out.put(k, v.longValueExact()));
        return out;
    }

    /** A two's-complement pattern of {@code width} bits read as a signed number. */
    static long signed(long pattern, int width) {
        return pattern >= 1L << (width - 1) ? pattern - (1L << width) : pattern;
    }

    /** A signed number as a two's-complement pattern of {@code width} bits. */
    static long pattern(long value, int width) {
        return value & ((1L << width) - 1);
    }

    /** The value with the significand shifted until its leading one is at bit {@code msb}. */
    static FloatValue normalised(FloatValue v, int msb) {
        if (!v.isFinite()) {
            return v;
        }
        int shift = msb - (63 - Long.numberOfLeadingZeros(v.significand()));
        return shift >= 0 ? FloatValue.finite(v.negative(), v.significand() << shift, v.exponent() - shift)
                : FloatValue.finite(v.negative(), v.significand() >>> -shift, v.exponent() - shift);
    }
}
