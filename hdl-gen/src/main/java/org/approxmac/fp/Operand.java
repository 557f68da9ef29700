package org.approxmac.fp;

import java.util.Map;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * The wires of one unpacked floating-point value inside a module: sign, normalised significand,
 * exponent of the significand's MSB, and the class flags.
 */
record Operand(Signal sign, Signal sig, Signal exp, Signal zero, Signal inf, Signal nan) {

    /** Declares the wires {@code <prefix>_sign} ... and drives them by an instance of an unpack module. */
    static Operand unpack(ModuleBuilder m, String instance, HdlModule unpack, Expr pattern, String prefix) {
        Operand o = declare(m, prefix, unpack.port("sig").width(), unpack.port("exp").width());
        m.instance(instance, unpack, Map.of("x", pattern, "sign", o.sign, "sig", o.sig, "exp", o.exp,
                "zero", o.zero, "inf", o.inf, "nan", o.nan));
        return o;
    }

    /** Declares the wires of a value with a significand of {@code sigWidth} bits. */
    static Operand declare(ModuleBuilder m, String prefix, int sigWidth, int expWidth) {
        return new Operand(m.wire(prefix + "_sign", 1), m.wire(prefix + "_sig", sigWidth),
                m.wire(prefix + "_exp", expWidth), m.wire(prefix + "_zero", 1), m.wire(prefix + "_inf", 1),
                m.wire(prefix + "_nan", 1));
    }

    /** The connections of a module with ports sign, sig, exp, zero, inf, nan to these wires. */
    Map<String, Signal> ports() {
        return Map.of("sign", sign, "sig", sig, "exp", exp, "zero", zero, "inf", inf, "nan", nan);
    }
}
