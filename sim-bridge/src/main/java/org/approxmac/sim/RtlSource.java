package org.approxmac.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.Rtl;
import org.approxmac.hdl.user.LoadedRtl;
import org.approxmac.spec.UnitSpec;

/**
 * Verilog to co-simulate: the text, its top module, and where it came from (for messages).
 *
 * @param top     the top module's name
 * @param verilog the full Verilog text (all modules the top needs)
 * @param origin     a file name or "generated from SPEC", shown in messages
 * @param parameters overrides of the top module's parameters (Verilator {@code -G}), name to integer literal
 */
public record RtlSource(String top, String verilog, String origin, Map<String, String> parameters) {

    public RtlSource {
        Objects.requireNonNull(top);
        Objects.requireNonNull(verilog);
        Objects.requireNonNull(origin);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (!top.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("top module name '" + top + "' is not a Verilog identifier");
        }
    }

    /** RTL without parameter overrides. */
    public RtlSource(String top, String verilog, String origin) {
        this(top, verilog, origin, Map.of());
    }

    /** A user's RTL as read (and port-checked) by {@link org.approxmac.hdl.user.UserRtl#loadFor}. */
    public static RtlSource of(LoadedRtl rtl) {
        return new RtlSource(rtl.top(), rtl.verilog(), rtl.origin(), rtl.source().parameters());
    }

    /** The generated RTL of a spec (top module {@code spec.identifier()}). */
    public static RtlSource generated(UnitSpec spec) {
        return of(Rtl.generate(spec));
    }

    /** The RTL of a generated design. */
    public static RtlSource of(GeneratedDesign design) {
        return new RtlSource(design.moduleName(), design.verilog(), "generated " + design.spec().canonical());
    }
}
