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
        m.assign(result, direction == Direction.LEFT
                ? leftStages(m, value, amount, width)
                : rightStages(m, value, amount));
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
        m.assign(result, leftStages(m, value, amount, outputWidth));
        return m.build();
    }

    /**
     * The thermometer code {@code name}: port {@code amount} [amountWidth], {@code result} [width] = all ones
     * &lt;&lt; amount, the ones from bit {@code amount} up (-2^amount mod 2^width, RoBA's -x_r y_r). The
     * shifter's stages on an all-ones constant that lives inside the module, so a synthesiser that keeps
     * the hierarchy removes it as well as one that flattens the design: no constant crosses a module boundary.
     */
    public static HdlModule thermometer(String name, int width, int amountWidth) {
        if (width < 1 || amountWidth < 1) {
            throw new IllegalArgumentException("a thermometer code needs a width and an amount of at least 1 bit, got "
                    + width + " and " + amountWidth);
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Thermometer code: result = all ones << amount, the ones from bit amount up (" + width + " bits, "
                + amountWidth + " stages).");
        Signal amount = m.input("amount", amountWidth);
        Signal result = m.output("result", width);
        Signal ones = m.wire("ones", Constant.ones(width), "the shifted constant");
        m.assign(result, leftStages(m, ones, amount, width));
        return m.build();
    }

    /**
     * The stages of {@code value << amount} into {@code outputWidth} bits: stage i is as wide as the
     * bits that reach it (the value's width + 2^(i+1) - 1, at most outputWidth); a shifter that keeps
     * its width is the case value width = outputWidth. Returns the last stage, extended to outputWidth.
     */
    private static Expr leftStages(ModuleBuilder m, Signal value, Signal amount, int outputWidth) {
        Signal current = value;
        for (int i = 0; ; i++) {
            int width = current.width();
            int next = i >= 30 ? outputWidth : Math.min(outputWidth, width + (1 << i));
            Expr shifted;
            if (i >= 31 || (1 << i) >= next) {
                shifted = Constant.zero(next);
            } else {
                int s = 1 << i;
                shifted = Expr.concat(current.slice(Math.min(width, next - s) - 1, 0), Constant.zero(s));
            }
            Expr stage = Expr.mux(amount.bit(i), shifted, current.zext(next));
            if (i == amount.width() - 1) {
                return stage.zext(outputWidth);
            }
            current = m.wire("stage" + i, stage);
        }
    }

    /** The stages of {@code value >> amount} (logical), width kept; returns the last stage. */
    private static Expr rightStages(ModuleBuilder m, Signal value, Signal amount) {
        int width = value.width();
        Expr current = value;
        for (int i = 0; i < amount.width(); i++) {
            Expr shifted;
            if (i >= 31 || (1L << i) >= width) {
                shifted = Constant.zero(width);
            } else {
                int s = 1 << i;
                shifted = Expr.concat(Constant.zero(s), ((Signal) current).slice(width - 1, s));
            }
            Expr stage = Expr.mux(amount.bit(i), shifted, current);
            current = i == amount.width() - 1 ? stage : m.wire("stage" + i, stage);
        }
        return current;
    }
}
