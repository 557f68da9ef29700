package org.approxmac.hdl.wrapper;

import org.approxmac.hdl.builder.HdlModule;

/**
 * An unsigned core whose work splits into a per-operand conversion and a per-product combination, so
 * that an array converts each broadcast operand once for all the products it takes part in (the
 * leading-one detection and log conversion of a log multiplier, the segment selection of DRUM).
 * Combining the conversions of x and y gives exactly the core's P(x, y).
 */
public interface SharedCoreRtl extends UnsignedCoreRtl {

    /** Width of one operand's conversion. */
    int codeWidth();

    /** The conversion module named {@code name}: input {@code x} (N bits), output {@code code}. */
    HdlModule buildEncoder(String name);

    /**
     * The combination module named {@code name}: inputs the codes of x and y (its first two ports), output
     * {@code p} (2N bits) = P(x, y).
     */
    HdlModule buildCombiner(String name);
}
