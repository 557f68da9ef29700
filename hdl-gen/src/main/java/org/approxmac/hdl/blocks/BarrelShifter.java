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
     * The near/far right shifter {@code name}: ports {@code value} [inputWidth], {@code amount} [amountWidth],
     * {@code result} [outputWidth] = (value &lt;&lt; (outputWidth - inputWidth)) &gt;&gt; amount: the value enters at the
     * top of the word and moves down, bits below bit 0 are dropped. Amounts below 2^nearStages take the near
     * path, nearStages stages of a widening shifter; larger ones take the far path, a shifter of every stage
     * whose input is forced to zero while the near path serves (operand isolation), so that it does not
     * toggle then; the near path's bits are multiplexed over the far path's top bits. When small amounts
     * are the common case (the leading zeros of a DRUM product's operands), the data crosses nearStages
     * multiplexers and one selection instead of a multiplexer for every amount bit. With nearStages at
     * least amountWidth there is no far path: a plain shifter.
     *
     * <pre>
     *  value --[amount[0]]--...--[amount[near-1]]-----------------\
     *                                                    near? --> result (top bits)
     *  value &amp; ~near --[amount[0]]--...--[amount[s-1]]-------------/  (far path: the rest of result)
     * </pre>
     */
    public static HdlModule nearFar(String name, int inputWidth, int outputWidth, int amountWidth, int nearStages) {
        if (inputWidth < 1 || outputWidth < inputWidth || amountWidth < 1 || nearStages < 1) {
            throw new IllegalArgumentException("a near/far shifter needs 1 <= input width <= output width, an amount of"
                    + " at least 1 bit and at least one near stage, got " + inputWidth + ", " + outputWidth + ", "
                    + amountWidth + " and " + nearStages);
        }
        ModuleBuilder m = new ModuleBuilder(name);
        Signal value = m.input("value", inputWidth);
        Signal amount = m.input("amount", amountWidth);
        Signal result = m.output("result", outputWidth);
        if (nearStages >= amountWidth) {
            m.doc("Right shifter from the top: result = (value << " + (outputWidth - inputWidth) + ") >> amount ("
                    + inputWidth + " into " + outputWidth + " bits, " + amountWidth + " stages).");
            m.assign(result, topAligned(descendingStages(m, "stage", value, amount, amountWidth, outputWidth),
                    outputWidth));
            return m.build();
        }
        m.doc("Near/far right shifter: result = (value << " + (outputWidth - inputWidth) + ") >> amount (" + inputWidth
                + " into " + outputWidth + " bits); amounts below " + (1 << nearStages) + " take the " + nearStages
                + "-stage near path, larger ones the " + amountWidth + "-stage far path, whose input is zero otherwise.");
        Signal near = m.wire("near", amount.slice(amountWidth - 1, nearStages).isZero(),
                "amount < " + (1 << nearStages) + ": the near path serves");
        Signal farValue = m.wire("far_value", value.and(Expr.replicate(near.not(), inputWidth)),
                "the far path's input, zero while the near path serves");
        Signal nearResult = m.wire("near_result", descendingStages(m, "near_stage", value, amount, nearStages, outputWidth));
        Signal farResult = m.wire("far_result", topAligned(
                descendingStages(m, "far_stage", farValue, amount, amountWidth, outputWidth), outputWidth));
        int top = nearResult.width();
        Expr merged = Expr.mux(near, nearResult, farResult.slice(outputWidth - 1, outputWidth - top));
        m.assign(result, top == outputWidth ? merged : Expr.concat(merged, farResult.slice(outputWidth - top - 1, 0)));
        return m.build();
    }

    /** {@code top} as the top bits of an {@code outputWidth}-bit word, zeros below. */
    private static Expr topAligned(Expr top, int outputWidth) {
        return top.width() == outputWidth ? top : Expr.concat(top, Constant.zero(outputWidth - top.width()));
    }

    /**
     * The first {@code stages} stages of a right shift of {@code value} entering at the top of an
     * {@code outputWidth}-bit word: stage i is as wide as the bits that reach it (the value's width + 2^(i+1) - 1,
     * at most outputWidth), aligned at the top; bits falling below bit 0 are dropped. Returns the last stage (not
     * extended: its bits are the word's top bits).
     */
    private static Expr descendingStages(ModuleBuilder m, String prefix, Signal value, Signal amount, int stages,
                                         int outputWidth) {
        Signal current = value;
        Expr stage = value;
        for (int i = 0; i < stages; i++) {
            int width = current.width();
            long s = 1L << Math.min(i, 40);
            int next = (int) Math.min(outputWidth, width + s);
            int dropped = (int) (width + s - next);
            Expr shifted = dropped >= width ? Constant.zero(next)
                    : Expr.concat(Constant.zero((int) s), current.slice(width - 1, dropped));
            Expr kept = dropped >= s ? current.slice(width - 1, (int) (dropped - s))
                    : Expr.concat(current, Constant.zero((int) (s - dropped)));
            stage = Expr.mux(amount.bit(i), shifted, kept);
            if (i < stages - 1) {
                current = m.wire(prefix + i, stage);
            }
        }
        return stage;
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
