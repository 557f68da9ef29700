package org.approxmac.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.user.LoadedRtl;
import org.approxmac.hdl.user.UserRtl;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;

/**
 * One design to cost: Verilog text, its top module, and the spec whose port convention and operand
 * format it follows (docs/units.md: multiplier {@code a, b -> z}; MAC {@code clk, rst, en, clr, a, b ->
 * acc}).
 *
 * @param name    the name reported for the design (the spec's identifier, or the user's top module)
 * @param like    the spec the design behaves like: operand width, encoding, MAC or multiplier
 * @param top     the design's top module
 * @param verilog the design's full Verilog text
 * @param source  where the RTL came from: {@code generated} (with the architecture where the spec
 *                chooses one, e.g. {@code generated; radix-4 Booth partial products, ...}) or the
 *                user's file name
 * @param parameters overrides of the top module's parameters, set where the measurement wrapper
 *                   instantiates it, name to integer literal
 */
public record DesignInput(String name, UnitSpec like, String top, String verilog, String source,
                          Map<String, String> parameters) {

    public DesignInput {
        Objects.requireNonNull(like);
        Objects.requireNonNull(verilog);
        Objects.requireNonNull(source);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
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

    /** A design without parameter overrides. */
    public DesignInput(String name, UnitSpec like, String top, String verilog, String source) {
        this(name, like, top, verilog, source, Map.of());
    }

    /** A design from the generator. */
    public static DesignInput of(GeneratedDesign design) {
        String architecture = Rtl.architecture(design.spec());
        return new DesignInput(design.moduleName(), design.spec(), design.moduleName(), design.verilog(),
                architecture.isEmpty() ? "generated" : "generated; " + architecture);
    }

    /**
     * A user's own RTL costed like {@code like}, as read and port-checked by {@link UserRtl#loadFor}
     * (the design is named after its top module).
     */
    public static DesignInput fromUserRtl(LoadedRtl rtl, UnitSpec like) {
        String file = Path.of(rtl.origin()).getFileName().toString();
        return new DesignInput(rtl.top(), like, rtl.top(), rtl.verilog(), file, rtl.source().parameters());
    }

    /**
     * A user's own Verilog file costed like {@code like}; throws {@link
     * org.approxmac.hdl.user.UserRtlException} when it is missing or its ports do not fit the spec.
     */
    public static DesignInput fromFile(Path file, String top, UnitSpec like) {
        return fromUserRtl(UserRtl.of(top, file).loadFor(like), like);
    }
}
