package org.approxmac.hdl.wrapper;

import org.approxmac.hdl.builder.HdlModule;

/**
 * The RTL of an unsigned core P(x, y) (docs/units.md): a module with inputs {@code x}, {@code y}
 * ({@link #width()} bits, magnitudes) and output {@code p} (2 x width bits). A core treats a zero
 * operand however its arithmetic falls out; zero masking is the {@link SignWrapperRtl}'s job.
 */
public interface UnsignedCoreRtl {

    /** Operand width N. */
    int width();

    /** Builds the core module named {@code name}; its own submodules are prefixed with {@code name + "_"}. */
    HdlModule build(String name);
}
