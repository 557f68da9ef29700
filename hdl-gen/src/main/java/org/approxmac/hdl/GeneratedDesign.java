package org.approxmac.hdl;

import java.util.Objects;
import org.approxmac.spec.UnitSpec;

/**
 * One generated, self-contained Verilog-2005 design: the top module and all its submodules in one
 * text. Port convention (docs/units.md): multipliers {@code a}, {@code b} (N bits) and {@code z} (product
 * width); MACs {@code clk}, {@code rst}, {@code en}, {@code clr}, {@code a}, {@code b}, {@code acc}.
 *
 * @param spec       the design's spec
 * @param moduleName the top module's name (submodules are prefixed with it)
 * @param verilog    the file's full text, deterministic for the same spec and name
 */
public record GeneratedDesign(UnitSpec spec, String moduleName, String verilog) {

    public GeneratedDesign {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(moduleName);
        Objects.requireNonNull(verilog);
    }

    /** The file name the design is written to: {@code <moduleName>.v}. */
    public String fileName() {
        return moduleName + ".v";
    }
}
