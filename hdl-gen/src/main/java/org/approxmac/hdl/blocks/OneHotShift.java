package org.approxmac.hdl.blocks;

import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.Signal;

/**
 * A shift by an amount given as one-hot lines (e.g. a {@link LeadingOneSelector}'s): the OR of one copy
 * of the value per line, each ANDed with its line and placed at the line's offset. With at most one line
 * set it is {@code value << t} for the set line t, and 0 when none is set, without encoding the amount
 * and without the stages of a {@link BarrelShifter}: a copy's gates only toggle with its line.
 */
public final class OneHotShift {

    private OneHotShift() {
    }

    /** value &lt;&lt; t for the set line t of {@code lines} (0 when none is set), value.width() + lines.width() - 1 bits. */
    public static Expr of(Signal value, Signal lines) {
        int v = value.width();
        int width = v + lines.width() - 1;
        Expr out = null;
        for (int t = 0; t < lines.width(); t++) {
            Expr copy = v == 1 ? value.and(lines.bit(t)) : value.and(Expr.replicate(lines.bit(t), v));
            Expr placed = place(copy, t, width);
            out = out == null ? placed : out.or(placed);
        }
        return out;
    }

    /** {@code copy} at bit {@code offset} of a {@code width}-bit vector, zeros around it. */
    private static Expr place(Expr copy, int offset, int width) {
        int above = width - offset - copy.width();
        if (above == 0 && offset == 0) {
            return copy;
        }
        if (above == 0) {
            return Expr.concat(copy, Constant.zero(offset));
        }
        return offset == 0 ? Expr.concat(Constant.zero(above), copy)
                : Expr.concat(Constant.zero(above), copy, Constant.zero(offset));
    }
}
