package org.approxmac.roba;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.blocks.BarrelShifter;
import org.approxmac.hdl.blocks.BitMatrix;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.blocks.LeadingOneDetector;
import org.approxmac.hdl.blocks.LeadingOneSelector;
import org.approxmac.hdl.blocks.OneHotShift;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.ConvertedOperands;
import org.approxmac.hdl.wrapper.SharedCoreRtl;

/**
 * RTL of the unsigned RoBA core (docs/units.md, "The RoBA core"; Zendegani et al., IEEE TVLSI 2017):
 * <pre>
 *  x --> one-hot leading-one detector --> leading_one_x
 *        rounded_x[i] = leading_one_x[i] &amp; ~x[i-1] | leading_one_x[i-1] &amp; x[i-2]   (N+1 lines: x_r one-hot)
 *  y --> (same)
 *  rows: y &lt;&lt; log2 x_r and x &lt;&lt; log2 y_r          (AND-OR copies selected by the one-hot lines)
 *        -2^(log2 x_r + log2 y_r) = ~0 &lt;&lt; (log2 x_r + log2 y_r)    (0 when an operand is 0)
 *  p = the three rows' sum mod 2^2N                 (Dadda tree, one adder; the true sum is below 2^2N)
 * </pre>
 * The conversion (the rounded one-hot lines, with the operand) is per operand, so an array rounds each
 * broadcast operand once.
 */
public final class RobaCoreRtl implements SharedCoreRtl {

    private final int n;

    /** @param n operand width (4..64) */
    public RobaCoreRtl(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("roba core needs n >= 2, got " + n);
        }
        this.n = n;
    }

    @Override
    public int width() {
        return n;
    }

    @Override
    public HdlModule build(String name) {
        return ConvertedOperands.build(this, name, title() + ": p = x_r y + x y_r - x_r y_r with x_r, y_r the"
                + " operands rounded to powers of two.", op -> "{" + op + ", rounded one-hot of " + op + "}",
                (m, codeX, codeY, p) -> combine(m, name, codeX, codeY, p));
    }

    private String title() {
        return "RoBA unsigned core, N = " + n;
    }

    /** {operand, its nearest power of two as N + 1 one-hot lines}. */
    @Override
    public int codeWidth() {
        return 2 * n + 1;
    }

    @Override
    public HdlModule buildEncoder(String name) {
        HdlModule selector = LeadingOneSelector.build(name + "_lead", n);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("RoBA operand rounding, N = " + n + ": code = {x, x_r} with x_r, the nearest power of two (a tie"
                + " rounds up), as one-hot lines.");
        Signal x = m.input("x", n);
        Signal code = m.output("code", codeWidth());
        Signal lead = m.wire("leading_one", n, "one-hot leading one of x");
        Signal above = m.wire("above", n);
        m.instance("u_lead", selector, Map.of("x", x, "onehot", lead, "above", above));
        m.discard(above, "only the one-hot lines are used");
        List<Expr> lines = new ArrayList<>();
        for (int i = n; i >= 0; i--) {
            Expr down = i == n ? Constant.zero(1) : i == 0 ? lead.bit(0) : lead.bit(i).and(x.bit(i - 1).not());
            Expr up = i == 0 || i == 1 ? Constant.zero(1) : lead.bit(i - 1).and(x.bit(i - 2));
            lines.add(i == n ? up : i <= 1 ? down : down.or(up));
        }
        Signal rounded = m.wire("rounded", Expr.concat(lines),
                "rounded[i]: the leading one is at i and the bit below it is 0, or at i-1 and the bit below that is 1");
        m.assign(code, Expr.concat(x, rounded));
        return m.build();
    }

    @Override
    public HdlModule buildCombiner(String name) {
        return ConvertedOperands.combiner(this, name, title() + ": the product of two rounded operands.",
                (m, codeX, codeY, p) -> combine(m, name, codeX, codeY, p));
    }

    private void combine(ModuleBuilder m, String name, Signal codeX, Signal codeY, Signal p) {
        Signal x = m.wire("operand_x", codeX.slice(2 * n, n + 1));
        Signal roundedX = m.wire("rounded_x", codeX.slice(n, 0), "x_r as one-hot lines 0..N");
        Signal y = m.wire("operand_y", codeY.slice(2 * n, n + 1));
        Signal roundedY = m.wire("rounded_y", codeY.slice(n, 0), "y_r as one-hot lines 0..N");
        BitMatrix rows = new BitMatrix(2 * n);
        rows.addRow(m.wire("y_times_xr", OneHotShift.of(y, roundedX), "y * x_r: y << log2 x_r"), 0);
        rows.addRow(m.wire("x_times_yr", OneHotShift.of(x, roundedY), "x * y_r: x << log2 y_r"), 0);
        int bits = LeadingOneDetector.positionWidth(n + 1);
        Signal powerX = m.wire("power_x", LeadingOneSelector.index(roundedX, 0, bits), "log2 x_r");
        Signal powerY = m.wire("power_y", LeadingOneSelector.index(roundedY, 0, bits), "log2 y_r");
        Signal powerSum = m.wire("power_sum", powerX.addWithCarry(powerY), "log2 (x_r y_r)");
        Signal minusXrYr = m.wire("minus_xr_yr", 2 * n, "-x_r y_r mod 2^2N: ones from bit log2 (x_r y_r) up");
        m.instance("u_power", BarrelShifter.thermometer(name + "_power", 2 * n, bits + 1),
                Map.of("amount", powerSum, "result", minusXrYr));
        Signal nonzero = m.wire("nonzero", roundedX.orReduce().and(roundedY.orReduce()), "neither operand is 0");
        rows.addRow(m.wire("minus_term", minusXrYr.and(Expr.replicate(nonzero, 2 * n)), "0 when an operand is 0"), 0);
        CompressorTree.DADDA.sum(m, rows, CarryPropagateAdder.PLUS, name + "_adder", p);
    }
}
