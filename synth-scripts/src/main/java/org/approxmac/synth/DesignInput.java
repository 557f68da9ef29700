package org.approxmac.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;

/**
 * One design to cost: Verilog text, its top module, and the spec whose port convention and operand
 * format it follows (UNITS.md: multiplier {@code a, b -> z}; MAC {@code clk, rst, en, clr, a, b ->
 * acc}).
 *
 * @param name    the name reported for the design (the spec's identifier, or the user's top module)
 * @param like    the spec the design behaves like: operand width, encoding, MAC or multiplier
 * @param top     the design's top module
 * @param verilog the design's full Verilog text
 * @param source  where the RTL came from: {@code generated} (with the architecture where the spec
 *                chooses one, e.g. {@code generated; radix-4 Booth partial products, ...}) or the
 *                user's file name
 */
public record DesignInput(String name, UnitSpec like, String top, String verilog, String source) {

    public DesignInput {
        Objects.requireNonNull(like);
        Objects.requireNonNull(verilog);
        Objects.requireNonNull(source);
        if (top == null || !top.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("top module name '" + top
                    + "' is not a plain Verilog identifier (letters, digits, _ and $, not starting with a digit)");
        }
        if (top.equals(MeasurementWrapper.MODULE)) {
            throw new IllegalArgumentException("top module name '" + top + "' is reserved for the measurement wrapper");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("design name must not be empty");
        }
    }

    /** A design from the generator. */
    public static DesignInput of(GeneratedDesign design) {
        String architecture = Rtl.architecture(design.spec());
        return new DesignInput(design.moduleName(), design.spec(), design.moduleName(), design.verilog(),
                architecture.isEmpty() ? "generated" : "generated; " + architecture);
    }

    /** A user's own Verilog file costed like {@code like}. */
    public static DesignInput fromFile(Path file, String top, UnitSpec like) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("RTL file " + file + " does not exist or is not a file");
        }
        try {
            return new DesignInput(top, like, top, Files.readString(file, StandardCharsets.UTF_8),
                    file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read RTL file " + file, e);
        }
    }
}
