package org.approxmac.hdl.blocks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * One-hot leading-one detector: {@code onehot[i]} is set only for the most significant 1 of
 * {@code x} (all zero when x = 0); {@code above[i]} says whether x has a 1 above bit i. Built as a
 * chain of ORs from the MSB down (the prefix "a one above"), each one-hot line an AND with it.
 *
 * <pre>
 *  above[w-1] = 0;  above[i] = above[i+1] | x[i+1]
 *  onehot[i]  = x[i] &amp; ~above[i]
 * </pre>
 *
 * Unlike the encoded {@link LeadingOneDetector}, the one-hot lines select bits relative to the
 * leading one directly, with an AND-OR multiplexer ({@link #select}), and give the characteristic or
 * a shift amount by an OR encoder ({@link #index}). With uniform operands the lines (and the chain)
 * seldom change from one operand to the next, so the selected data bits pass through one AND and an OR
 * tree instead of every stage of a barrel shifter: fewer nets toggle per operation.
 */
public final class LeadingOneSelector {

    private LeadingOneSelector() {
    }

    /** The module {@code name} with ports {@code x} [width], {@code onehot} [width], {@code above} [width]. */
    public static HdlModule build(String name, int width) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("One-hot leading-one detector: onehot[i] = x[i] and no 1 above it; above[i] = x has a 1 above bit i.");
        Signal x = m.input("x", width);
        Signal onehot = m.output("onehot", width);
        Signal above = m.output("above", width);
        emit(m, x, onehot, above, "above_");
        return m.build();
    }

    /**
     * The same detector written into module {@code m} itself rather than instantiated: drives {@code onehot} and
     * {@code above} (wires of m, as wide as {@code x}) from {@code x}, with the chain's wires named
     * {@code chainPrefix + i}. A design that flattens the same logic either way; the cells end up in a different
     * order, which the synthesiser's mapping is sensitive to (DrumCoreRtl).
     */
    public static void emit(ModuleBuilder m, Signal x, Signal onehot, Signal above, String chainPrefix) {
        int width = x.width();
        if (width < 2) {
            throw new IllegalArgumentException("one-hot leading-one detector needs at least 2 bits, got " + width);
        }
        List<Expr> aboveBits = new ArrayList<>();
        List<Expr> lines = new ArrayList<>();
        Expr chain = Constant.zero(1);
        for (int i = width - 1; i >= 0; i--) {
            aboveBits.add(chain);
            lines.add(i == width - 1 ? x.bit(i) : x.bit(i).and(chain.not()));
            if (i > 0) {
                chain = m.wire(chainPrefix + (i - 1), i == width - 1 ? x.bit(i) : chain.or(x.bit(i)),
                        "a 1 in " + x.name() + "[" + (width - 1) + ":" + i + "]");
            }
        }
        m.assign(onehot, Expr.concat(lines), x.name() + "[i] and nothing above it");
        m.assign(above, Expr.concat(aboveBits));
    }

    /**
     * One-hot multiplexer: {@code |(select & data)}, i.e. the data bit whose select line is set (0
     * when none is). Both of the same width.
     */
    public static Expr select(Expr select, Expr data) {
        return select.and(data).orReduce();
    }

    /**
     * OR encoder of one-hot lines: the binary value {@code first + i} of the set line {@code i} (0 when
     * none is set), in {@code bits} bits.
     */
    public static Expr index(Expr lines, int first, int bits) {
        int w = lines.width();
        List<Expr> out = new ArrayList<>();
        for (int b = bits - 1; b >= 0; b--) {
            BigInteger mask = BigInteger.ZERO;
            for (int i = 0; i < w; i++) {
                if (((first + i) >> b & 1) == 1) {
                    mask = mask.setBit(i);
                }
            }
            out.add(mask.signum() == 0 ? Constant.zero(1) : lines.and(Expr.constant(w, mask)).orReduce());
        }
        return Expr.concat(out);
    }
}
