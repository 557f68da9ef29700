package org.approxmac.hdl.wrapper;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * The whole-core module of a {@link SharedCoreRtl} built from its own conversion: ports {@code x}, {@code y}
 * (N bits) and {@code p} (2N bits), the conversion module instantiated once per operand ({@code u_convert_x},
 * {@code u_convert_y}, into {@code code_x}, {@code code_y}) and the core's combination written inline, so the
 * single multiplier and the shared array use one description of each part.
 */
public final class ConvertedOperands {

    /** Writes the combination of two codes into {@code p} inside {@code m}. */
    @FunctionalInterface
    public interface Combination {
        void combine(ModuleBuilder m, Signal codeX, Signal codeY, Signal p);
    }

    private ConvertedOperands() {
    }

    /**
     * The core module {@code name}: {@code doc} as its comment, {@code codeMeaning} of an operand's name
     * (e.g. {@code op -> "{" + op + ", rounded one-hot of " + op + "}"}) as the code wires' comments.
     */
    public static HdlModule build(SharedCoreRtl core, String name, String doc, UnaryOperator<String> codeMeaning,
                                  Combination combination) {
        HdlModule convert = core.buildEncoder(name + "_convert");
        int n = core.width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(doc);
        Signal x = m.input("x", n);
        Signal y = m.input("y", n);
        Signal p = m.output("p", 2 * n);
        Signal codeX = m.wire("code_x", core.codeWidth(), codeMeaning.apply("x"));
        Signal codeY = m.wire("code_y", core.codeWidth(), codeMeaning.apply("y"));
        m.instance("u_convert_x", convert, Map.of("x", x, "code", codeX));
        m.instance("u_convert_y", convert, Map.of("x", y, "code", codeY));
        combination.combine(m, codeX, codeY, p);
        return m.build();
    }

    /** The combination module {@code name}: inputs {@code code_x}, {@code code_y}, output {@code p}. */
    public static HdlModule combiner(SharedCoreRtl core, String name, String doc, Combination combination) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(doc);
        Signal codeX = m.input("code_x", core.codeWidth());
        Signal codeY = m.input("code_y", core.codeWidth());
        Signal p = m.output("p", 2 * core.width());
        combination.combine(m, codeX, codeY, p);
        return m.build();
    }
}
