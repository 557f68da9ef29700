package org.approxmac.trunc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.blocks.BitMatrix;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.ConvertedOperands;
import org.approxmac.hdl.wrapper.SharedCoreRtl;

/**
 * RTL of the unsigned truncated multiplier core (docs/units.md, "The truncated multiplier core"):
 * <pre>
 *  pp_i = x &amp; {N{y[i]}}, only the bits of columns i + j &gt;= t   (the t low columns are never built)
 *  variable: dropped_column = x_i &amp; y[t-1-i], i = 0..t-1, one more row at column t
 *  constant: C (the dropped bits' mean, a multiple of 2^t) as constant dots, gated by "neither operand is 0"
 *  p = {Dadda tree of the kept columns + one adder, t zeros}
 * </pre>
 * The tree spans columns t..2N-1 only, so the dropped columns cost no logic at all. The per-operand
 * conversion is the operand itself, with its non-zero flag when the constant needs it.
 */
public final class TruncCoreRtl implements SharedCoreRtl {

    private final int n;
    private final int t;
    private final Correction correction;

    /**
     * @param n operand width (2..64)
     * @param t partial-product columns left out (0..2n-2)
     * @param correction what stands in for them
     */
    public TruncCoreRtl(int n, int t, Correction correction) {
        if (n < 2 || t < 0 || t > 2 * n - 2) {
            throw new IllegalArgumentException("trunc core needs n >= 2 and 0 <= t <= 2n-2, got n=" + n + ", t=" + t);
        }
        this.n = n;
        this.t = t;
        this.correction = correction;
    }

    /** A truncated array's product has dense low bits: its c1 MAC keeps the inverted product. */
    @Override
    public boolean sparseProduct() {
        return false;
    }

    @Override
    public int width() {
        return n;
    }

    private boolean flagged() {
        return correction == Correction.CONSTANT && TruncCore.correctionConstant(n, t).signum() != 0;
    }

    @Override
    public int codeWidth() {
        return flagged() ? n + 1 : n;
    }

    private String title() {
        return "Truncated multiplier unsigned core, N = " + n + ", t = " + t + " columns left out, "
                + correction.key() + " correction";
    }

    @Override
    public HdlModule build(String name) {
        return ConvertedOperands.build(this, name, title() + ".",
                op -> flagged() ? "{" + op + " != 0, " + op + "}" : op,
                this::combine);
    }

    @Override
    public HdlModule buildEncoder(String name) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Truncated multiplier operand, N = " + n + ": code = " + (flagged() ? "{x != 0, x}" : "x") + ".");
        Signal x = m.input("x", n);
        Signal code = m.output("code", codeWidth());
        m.assign(code, flagged() ? Expr.concat(x.orReduce(), x) : x);
        return m.build();
    }

    @Override
    public HdlModule buildCombiner(String name) {
        return ConvertedOperands.combiner(this, name, title() + ": the product of two operands.", this::combine);
    }

    private void combine(ModuleBuilder m, Signal codeX, Signal codeY, Signal p) {
        Signal x = m.wire("operand_x", codeX.slice(n - 1, 0));
        Signal y = m.wire("operand_y", codeY.slice(n - 1, 0));
        // the matrix holds columns t..2N-1; its column c is the product's column t + c
        BitMatrix kept = new BitMatrix(2 * n - t);
        boolean first = true;
        for (int i = 0; i < n; i++) {
            int low = Math.max(0, t - i); // the lowest bit j of x whose column i + j is kept
            if (low >= n) {
                continue;
            }
            Expr row = x.slice(n - 1, low).and(Expr.replicate(y.bit(i), n - low));
            Signal pp = m.wire("pp_" + i, row, first ? "partial products x & y[i], only columns >= " + t + " built" : "");
            first = false;
            kept.addRow(pp, i + low - t);
        }
        if (correction == Correction.VARIABLE && t > 0) {
            List<Expr> column = new ArrayList<>();
            for (int i = Math.min(t, n) - 1; i >= Math.max(0, t - n); i--) {
                column.add(x.bit(i).and(y.bit(t - 1 - i)));
            }
            Signal dropped = m.wire("dropped_column", Expr.concat(column),
                    "the partial products x_i y_(t-1-i) of the most significant dropped column, counted at column t");
            for (int i = 0; i < dropped.width(); i++) {
                kept.addBit(0, dropped.bit(i));
            }
        }
        BigInteger constant = TruncCore.correctionConstant(n, t);
        if (correction == Correction.CONSTANT && constant.signum() != 0) {
            Signal nonzero = m.wire("nonzero", codeX.bit(n).and(codeY.bit(n)), "neither operand is 0");
            BigInteger units = constant.shiftRight(t);
            for (int c = 0; c < units.bitLength(); c++) {
                if (units.testBit(c)) {
                    kept.addBit(c, nonzero);
                }
            }
        }
        // bit j of an operand meets the other's top bit in column j + N - 1: below column t (below t - 1 with
        // variable correction) it is never read
        int unread = Math.max(0, t - (n - 1) - (correction == Correction.VARIABLE ? 1 : 0));
        if (unread > 0) {
            m.discard(Expr.concat(x.slice(unread - 1, 0), y.slice(unread - 1, 0)),
                    "these bits take part in dropped columns only");
        }
        Signal high = m.wire("kept_sum", 2 * n - t, "the product's columns t..2N-1 (tree column c is product column t + c)");
        CompressorTree.DADDA.sum(m, kept, CarryPropagateAdder.PLUS, m.name() + "_adder", high);
        m.assign(p, t == 0 ? high : Expr.concat(high, Constant.zero(t)));
    }
}
