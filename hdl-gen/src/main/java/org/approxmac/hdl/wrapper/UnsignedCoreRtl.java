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

    /**
     * Whether P is a few significant bits shifted into place (a log multiplier's antilog, a DRUM segment
     * product), so that its low bits are mostly zeros: then a c1 MAC adds its one's complement as the
     * negation and a borrow ({@link MacWrapperRtl#buildOnesComplement}), which keeps those zeros from
     * toggling with the product's sign. A core whose P has dense low bits (a truncated array) says no:
     * there the extra negation and borrow only add logic (measured in docs/arithmetic.md).
     */
    default boolean sparseProduct() {
        return true;
    }
}
