package org.approxmac.fp;

import java.util.Map;
import org.approxmac.hdl.blocks.BarrelShifter;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * RTL of {@link FloatAdder}'s exact sum: the product (or rounded product) P and the accumulator C,
 * both normalised, are placed in one window; the part of the smaller one that falls below the window
 * becomes a sticky bit under the window's LSB, which makes a subtraction borrow exactly as the golden
 * model's {@code sum - 1 + sticky}. The result is an unrounded magnitude for {@link RounderRtl}.
 * <pre>
 *  window (W bits) + sticky bit:
 *    C on top (d = eC - eP &gt;= fo + 3, or P = 0):  | 0 | C at kTop ... |        ...        | P != 0 |
 *    otherwise:                                  | 0 | ... P with its MSB at TOP_P ... | C aligned by
 *                                                  a right shift of fo + 2 - d, shifted-out bits -&gt; sticky
 *  sum = sub ? X - Y : X + Y;  magnitude = |sum|;  sign from the larger, +0 for an exact zero
 *  unless both addends are -0
 * </pre>
 * TOP_P = max(wp - 1, fo + 3) leaves at least two bits below the result's last kept bit whenever C is
 * partly shifted out; kTop = TOP_P + fo + 2 does the same for P when it is only sticky.
 * Ports: {@code p_sign, p_sig [wp], p_exp, p_zero, c_sign, c_sig [po], c_exp, c_zero};
 * {@code sign}, {@code sum} [W + 1], {@code exp} (weight of sum's MSB).
 */
final class AlignAddRtl {

    private AlignAddRtl() {
    }

    /** The geometry of the window for a product of {@code wp} bits and a result format. */
    record Window(int topP, int distanceLimit, int kTop, int width, int maxShift, int shiftWidth) {
        static Window of(int wp, FloatFormat format) {
            int fo = format.fractionBits();
            int topP = Math.max(wp - 1, fo + 3);
            int limit = fo + 3;
            int kTop = topP + limit - 1;
            int width = kTop + 2;
            int maxShift = kTop + format.precision() + 1;
            return new Window(topP, limit, kTop, width, maxShift, 32 - Integer.numberOfLeadingZeros(maxShift));
        }
    }

    static HdlModule build(String name, int wp, FloatFormat format, int expWidth) {
        int po = format.precision();
        Window w = Window.of(wp, format);
        int width = w.width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Exact aligned sum of a " + wp + "-bit product and a " + format.name()
                + " accumulator in a " + width + "-bit window with a sticky bit.");
        SignedExponents exps = new SignedExponents(m, expWidth);
        Signal pSign = m.input("p_sign", 1);
        Signal pSig = m.input("p_sig", wp);
        Signal pExp = m.input("p_exp", expWidth);
        Signal pZero = m.input("p_zero", 1);
        Signal cSign = m.input("c_sign", 1);
        Signal cSig = m.input("c_sig", po);
        Signal cExp = m.input("c_exp", expWidth);
        Signal cZero = m.input("c_zero", 1);
        Signal sign = m.output("sign", 1);
        Signal sum = m.output("sum", width + 1);
        Signal exp = m.output("exp", expWidth);

        Signal distance = m.wire("distance", cExp.sub(pExp), "exponent of C's leading one minus P's MSB weight");
        Expr far = exps.less("distance_below_limit", distance, w.distanceLimit()).not();
        Signal cOnTop = m.wire("c_on_top", far.or(pZero).and(cZero.not()), "P is at most a sticky bit");
        Signal pSticky = m.wire("p_sticky", cOnTop.and(pZero.not()));
        Signal rawShift = m.wire("raw_shift", exps.constant(w.distanceLimit() - 1).sub(distance));
        Expr negative = rawShift.msb();
        Expr tooFar = exps.less("raw_shift_below_max", rawShift, w.maxShift()).not();
        Signal beyond = m.wire("beyond", tooFar.and(cOnTop.not()), "C lies entirely below the window");
        m.discard(rawShift.slice(expWidth - 1, w.shiftWidth()), "range checked by the clamp");
        Signal shift = m.wire("shift", Expr.mux(cOnTop.or(negative), Constant.zero(w.shiftWidth()),
                Expr.mux(beyond, Expr.constant(w.shiftWidth(), w.maxShift()), rawShift.slice(w.shiftWidth() - 1, 0))));

        int vWidth = width + po;
        Signal cPlaced = m.wire("c_placed", Expr.concat(Constant.zero(1), cSig, Constant.zero(w.kTop() + 1)),
                "C's leading one at kTop, po extension bits below the window");
        Signal cShifted = m.wire("c_shifted", vWidth);
        m.instance("u_align", BarrelShifter.build(name + "_align", vWidth, w.shiftWidth(), BarrelShifter.Direction.RIGHT),
                Map.of("value", cPlaced, "amount", shift, "result", cShifted));
        Signal cSticky = m.wire("c_sticky", cShifted.slice(po - 1, 0).orReduce().or(beyond.and(cZero.not())));
        int below = w.topP() - wp + 1;
        Expr pPlaced = Expr.concat(Constant.zero(width - 1 - w.topP()), below == 0 ? pSig
                : Expr.concat(pSig, Constant.zero(below)));
        Signal x = m.wire("x", Expr.concat(Expr.mux(cOnTop, Constant.zero(width), pPlaced), pSticky));
        Signal y = m.wire("y", Expr.concat(cShifted.slice(vWidth - 1, po), cSticky));
        Signal sub = m.wire("sub", pSign.xor(cSign), "effective subtraction");
        Expr xw = x.zext(width + 2);
        Expr yw = y.zext(width + 2);
        Signal raw = m.wire("raw", Expr.mux(sub, xw.sub(yw), xw.add(yw)));
        Signal negate = m.wire("negate", sub.and(raw.msb()), "C is the larger: the difference is negative");
        Signal magnitude = m.wire("magnitude", Expr.mux(negate, raw.negate(), raw));
        m.discard(magnitude.msb(), "a magnitude fits one bit less");
        m.assign(sum, magnitude.slice(width, 0));
        Signal isZero = m.wire("is_zero", magnitude.isZero());
        m.assign(sign, Expr.mux(isZero, pSign.and(cSign), Expr.mux(negate, cSign, pSign)));
        m.assign(exp, Expr.mux(cOnTop, exps.plus(cExp, width - 1 - w.kTop()), exps.plus(pExp, width - 1 - w.topP())));
        return m.build();
    }
}
