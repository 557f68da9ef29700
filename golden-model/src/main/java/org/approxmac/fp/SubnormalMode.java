package org.approxmac.fp;

import java.util.Arrays;
import org.approxmac.spec.UnitSpec;

/**
 * Treatment of subnormal numbers (docs/units.md, "Floating point", parameter {@code subnormals}).
 * Under {@link #FTZ} an input is flushed when its pattern is subnormal, and a result is flushed when
 * its exact value, before rounding, is nonzero and smaller in magnitude than the smallest normal
 * number (tininess before rounding, as in Arm's flush-to-zero mode): the result is then a zero of the
 * exact value's sign. See docs/floating-point.md.
 */
public enum SubnormalMode {
    /** Subnormal inputs and results are honoured (IEEE 754 gradual underflow). */
    IEEE("ieee"),
    /** Subnormal inputs read as zero, tiny results flush to zero; both keep their sign. */
    FTZ("ftz");

    private final String specName;

    SubnormalMode(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public static SubnormalMode bySpecName(String name) {
        return Arrays.stream(values()).filter(m -> m.specName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("subnormals must be ieee|ftz, got " + name));
    }

    /** The mode named by a floating spec's {@code subnormals} parameter. */
    public static SubnormalMode of(UnitSpec spec) {
        return bySpecName(spec.param("subnormals"));
    }
}
