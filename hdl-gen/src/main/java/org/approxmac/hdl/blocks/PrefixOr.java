package org.approxmac.hdl.blocks;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Conditional negation and conditional decrement by an OR prefix, without a carry chain.
 * {@code below[i]} = x[i-1] | ... | x[0] (0 for i = 0) is a Sklansky prefix network of ORs
 * (ceil(log2 w) levels, wires {@code or_l<level>_<bit>}); then
 * <pre>
 *  negation:   -x    = x ^ below             (bits up to the lowest 1 stay, every bit above it flips)
 *  decrement:  x - 1 = x ^ ~below            (the trailing zeros and the lowest 1 flip; the borrow stops there)
 * </pre>
 * each applied only when the condition input is set. Unlike {@code ~x + 1} or Verilog {@code -x},
 * a bit below x's lowest 1 never changes, whatever the condition: a sparse value (a log multiplier's
 * antilog, a DRUM segment product shifted into place) negates without toggling its trailing zeros.
 */
public final class PrefixOr {

    private PrefixOr() {
    }

    /** The module {@code name}: ports {@code value}, {@code negate}, {@code result} = negate ? -value : value (mod 2^width). */
    public static HdlModule negation(String name, int width) {
        return build(name, width, "negate", "Conditional negation: result = negate ? -value : value, mod 2^" + width
                + "; bit i flips when negate and a 1 lies below it.", true);
    }

    /** The module {@code name}: ports {@code value}, {@code decrement}, {@code result} = value - decrement (mod 2^width). */
    public static HdlModule decrement(String name, int width) {
        return build(name, width, "decrement", "Conditional decrement: result = value - decrement, mod 2^" + width
                + "; bit i flips when decrement and no 1 lies below it (the borrow reaches it).", false);
    }

    /** value ^ ({condition} & (flipWhereOneBelow ? below : ~below)). */
    private static HdlModule build(String name, int width, String condition, String doc, boolean flipWhereOneBelow) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(doc);
        Signal value = m.input("value", width);
        Signal when = m.input(condition, 1);
        Signal result = m.output("result", width);
        Signal below = below(m, value);
        m.assign(result, value.xor((flipWhereOneBelow ? below : below.not()).and(Expr.replicate(when, width))));
        return m.build();
    }

    /** The wire {@code below}: bit i = OR of x[i-1:0], bit 0 = 0, from a Sklansky OR prefix over x[w-2:0]. */
    static Signal below(ModuleBuilder m, Signal x) {
        int width = x.width();
        if (width == 1) {
            return m.wire("below", Constant.zero(1), "no bit lies below bit 0");
        }
        int bits = width - 1; // the prefix of x[w-2:0]; x's top bit lies below no bit
        Expr[] prefix = new Expr[bits];
        for (int i = 0; i < bits; i++) {
            prefix[i] = x.bit(i);
        }
        for (int level = 1, span = 1; span < bits; level++, span *= 2) {
            Expr[] next = prefix.clone();
            for (int i = 0; i < bits; i++) {
                if ((i / span) % 2 == 1) {
                    next[i] = m.wire("or_l" + level + "_" + i, prefix[i].or(prefix[i / span * span - 1]));
                }
            }
            prefix = next;
        }
        List<Expr> bitsHighFirst = new ArrayList<>();
        for (int i = bits - 1; i >= 0; i--) {
            bitsHighFirst.add(prefix[i]);
        }
        bitsHighFirst.add(Constant.zero(1));
        return m.wire("below", Expr.concat(bitsHighFirst), "below[i] = x has a 1 in bits i-1..0");
    }
}
