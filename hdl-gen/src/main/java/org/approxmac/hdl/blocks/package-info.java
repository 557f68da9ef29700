/**
 * Reusable building blocks, each a function from a module name and widths to a checked
 * {@link org.approxmac.hdl.builder.HdlModule}, written and tested once: leading-one detector (priority
 * encoder), one-hot leading-one detector with AND-OR selection and OR encoding,
 * leading-zero counter, logarithmic barrel shifter (left/right), adder with carry, exact
 * unsigned multiplier. Callers name them with their design's prefix (e.g.
 * {@code <top>_lod16}) so two generated designs can be linked together.
 */
package org.approxmac.hdl.blocks;
