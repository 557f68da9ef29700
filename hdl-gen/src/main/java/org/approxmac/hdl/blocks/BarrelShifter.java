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

    /**
     * The widening left shifter {@code name}: ports {@code value} [inputWidth], {@code amount}
     * [amountWidth], {@code result} [outputWidth] = value &lt;&lt; amount, mod 2^outputWidth. Stage i is only
     * as wide as the bits that can reach it (inputWidth + 2^(i+1) - 1, at most outputWidth), so a narrow
     * value placed into a wide word (a DRUM segment product) needs no constant-zero inputs, which a
     * synthesiser keeping the hierarchy could not remove.
     */
    public static HdlModule widening(String name, int inputWidth, int outputWidth, int amountWidth) {
        if (inputWidth < 1 || outputWidth < inputWidth || amountWidth < 1) {
            throw new IllegalArgumentException("a widening shifter needs 1 <= input width <= output width and an"
                    + " amount of at least 1 bit, got " + inputWidth + ", " + outputWidth + " and " + amountWidth);
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Widening barrel shifter: result = value << amount (" + inputWidth + " into " + outputWidth + " bits, "
                + amountWidth + " stages, each as wide as the bits that reach it).");
        Signal value = m.input("value", inputWidth);
        Signal amount = m.input("amount", amountWidth);
        Signal result = m.output("result", outputWidth);
        Signal current = value;
        Expr out = value;
        for (int i = 0; i < amountWidth; i++) {
            int width = current.width();
            long s = i < 31 ? 1L << i : Long.MAX_VALUE / 2;
            int next = (int) Math.min(outputWidth, width + s);  // after stage i: inputWidth + 2^(i+1) - 1 bits
            Expr shifted = s >= next ? Constant.zero(next)
                    : Expr.concat(current.slice(Math.min(width, next - (int) s) - 1, 0), Constant.zero((int) s));
            Expr stage = Expr.mux(amount.bit(i), shifted, current.zext(next));
            if (i == amountWidth - 1) {
                out = stage;
            } else {
                current = m.wire("stage" + i, stage);
            }
        }
        m.assign(result, out.zext(outputWidth));
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
