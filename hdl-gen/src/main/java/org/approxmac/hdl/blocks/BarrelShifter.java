package org.approxmac.hdl.blocks;

import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Logarithmic barrel shifter: {@code result = value << amount} (or {@code >>}, logical), width
 * preserved, vacated bits zero. Stage i shifts by 2^i when {@code amount[i]} is set; stages whose
 * shift is at least the width clear the value.
 *
 * <pre>
 *  value -> [amount[0] ? &lt;&lt;1] -> [amount[1] ? &lt;&lt;2] -> ... -> [amount[s-1] ? &lt;&lt;2^(s-1)] -> result
 * </pre>
 */
public final class BarrelShifter {

    /** Shift direction. */
    public enum Direction {
        LEFT, RIGHT
    }

    private BarrelShifter() {
    }

    /** The module {@code name} with ports {@code value} [width], {@code amount} [amountWidth], {@code result}. */
    public static HdlModule build(String name, int width, int amountWidth, Direction direction) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Barrel shifter: result = value " + (direction == Direction.LEFT ? "<<" : ">>")
                + " amount (logical, " + amountWidth + " stages).");
        Signal value = m.input("value", width);
        Signal amount = m.input("amount", amountWidth);
        Signal result = m.output("result", width);
        Expr current = value;
        for (int i = 0; i < amountWidth; i++) {
            Expr shifted = shiftByConstant((Signal) current, i, direction);
            Expr stage = Expr.mux(amount.bit(i), shifted, current);
            current = i == amountWidth - 1 ? stage : m.wire("stage" + i, stage);
        }
        m.assign(result, current);
        return m.build();
    }

    private static Expr shiftByConstant(Signal v, int stage, Direction direction) {
        int width = v.width();
        if (stage >= 31 || (1L << stage) >= width) {
            return Constant.zero(width);
        }
        int s = 1 << stage;
        return direction == Direction.LEFT
                ? Expr.concat(v.slice(width - 1 - s, 0), Constant.zero(s))
                : Expr.concat(Constant.zero(s), v.slice(width - 1, s));
    }
}
