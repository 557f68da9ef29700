package org.approxmac.fixed;

import java.util.Map;
import org.approxmac.hdl.blocks.UnsignedMultiplier;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.spec.SignMode;

/**
 * RTL of the exact fixed-point (integer) multiplier, the baseline of Kim et al., IEEE TETC 2021
 * (Table 4): z = a * b in 2N bits, two's complement or unsigned. The twos variant sign-extends both
 * operands to 2N bits and keeps the low 2N bits of their product (exact for N-bit operands).
 * <pre>
 *  a --[sign/zero extend to 2N]--> a_extended --+
 *                                                (*)--> z (2N bits)
 *  b --[sign/zero extend to 2N]--> b_extended --+
 * </pre>
 */
public final class FixedRtl {

    private FixedRtl() {
    }

    /** The multiplier module {@code name} with ports a, b (n bits) and z (2n bits). */
    public static HdlModule build(String name, int n, SignMode mode) {
        ModuleBuilder m = new ModuleBuilder(name);
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal z = m.output("z", 2 * n);
        if (mode == SignMode.UNSIGNED) {
            m.doc("Exact unsigned multiplier: z = a * b.");
            HdlModule core = UnsignedMultiplier.build(name + "_core", n);
            m.instance("u_core", core, Map.of("a", a, "b", b, "product", z));
        } else if (mode == SignMode.TWOS) {
            m.doc("Exact two's-complement multiplier: z = a * b (operands sign-extended to 2N bits).");
            Signal aExtended = m.wire("a_extended", a.sext(2 * n), "a sign-extended to the product width");
            Signal bExtended = m.wire("b_extended", b.sext(2 * n));
            m.assign(z, aExtended.mulSigned(bExtended), "$signed: synthesis keeps an N x N signed multiplier");
        } else {
            throw new IllegalArgumentException("fixed takes sign twos or unsigned, not " + mode.specName());
        }
        return m.build();
    }
}
