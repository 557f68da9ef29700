package org.approxmac.fp;

import java.util.Map;
import org.approxmac.hdl.blocks.BarrelShifter;
import org.approxmac.hdl.blocks.LeadingZeroCounter;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * RTL of {@link FloatRounder}: round-to-nearest-even of an unrounded magnitude into a format.
 * <pre>
 *  t = {pad, sig, pad}          ieee: po + 1 zero bits on top, so the subnormal boundary is reached by
 *                               a left shift only (a value still below emin there is under a quarter
 *                               of the smallest subnormal and rounds to zero)
 *  lz = LZC(t);  lead = exp(t) - lz                     (exponent of the leading one)
 *  shift = lead &gt;= emin ? lz : exp(t) - emin            (ieee; ftz: lz, and lead &lt; emin flushes)
 *  n = t &lt;&lt; shift:  kept = top po bits | half | rest (OR of the others)
 *  up = half &amp; (rest | kept[0]);  body = {lead + bias (0 if subnormal), kept[po-2:0]} + up
 *  z = sig == 0 or tiny ? {sign, 0} : lead &gt; emax ? {sign, inf} : {sign, body}
 * </pre>
 * The increment carries from the fraction into the exponent field: a round-up into the next binade,
 * from the largest subnormal to the smallest normal, and from the largest finite to infinity all fall
 * out of the one addition. The sticky bit of an inexact sum is the lowest bit of {@code sig}.
 * Ports: {@code sign}, {@code sig} [in width], {@code exp} [exponent width] (weight of sig's MSB);
 * {@code z} [format width].
 */
final class RounderRtl {

    private RounderRtl() {
    }

    static HdlModule build(String name, FloatFormat format, SubnormalMode subnormals, int sigWidth, int expWidth) {
        int po = format.precision();
        int fo = format.fractionBits();
        boolean ieee = subnormals == SubnormalMode.IEEE;
        int padTop = ieee ? po + 1 : 0;
        int padBottom = Math.max(0, po + 2 - sigWidth - padTop);
        int wt = padTop + sigWidth + padBottom;
        int countWidth = LeadingZeroCounter.countWidth(wt);
        if (countWidth >= expWidth) {
            throw new IllegalArgumentException("exponent width " + expWidth + " too small for a " + wt + "-bit rounder");
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Round to nearest even into " + format.name() + " (" + subnormals.specName() + "), "
                + sigWidth + "-bit magnitude.");
        SignedExponents exps = new SignedExponents(m, expWidth);
        Signal sign = m.input("sign", 1);
        Signal sig = m.input("sig", sigWidth);
        Signal exp = m.input("exp", expWidth);
        Signal z = m.output("z", format.width());

        Expr padded = sig;
        if (padTop > 0) {
            padded = Expr.concat(Constant.zero(padTop), padded);
        }
        if (padBottom > 0) {
            padded = Expr.concat(padded, Constant.zero(padBottom));
        }
        Signal t = m.wire("t", padded, ieee ? "room above for the shift to the subnormal boundary" : "");
        Signal expT = m.wire("exp_t", exps.plus(exp, padTop), "weight of t's MSB");
        Signal lz = m.wire("lz", countWidth);
        m.instance("u_lzc", LeadingZeroCounter.build(name + "_lzc", wt), Map.of("x", t, "count", lz));
        Signal lead = m.wire("lead", expT.sub(lz.zext(expWidth)), "exponent of the leading one");
        Signal normal = m.wire("normal", exps.less("lead_below_min", lead, format.minExponent()).not());
        Signal overflow = m.wire("overflow", exps.less("lead_above_max", lead, format.maxExponent() + 1).not());
        Signal shift;
        Expr flush;
        if (ieee) {
            Signal toBoundary = m.wire("to_boundary", exps.plus(expT, -format.minExponent()),
                    "shift that puts the smallest normal's weight at the MSB");
            m.discard(toBoundary.slice(expWidth - 1, countWidth), "below lz whenever it is used (subnormal)");
            shift = m.wire("shift", Expr.mux(normal, lz, toBoundary.slice(countWidth - 1, 0)));
            flush = exps.less("t_below_min", expT, format.minExponent());
        } else {
            shift = lz;
            flush = normal.not();
        }
        Signal n = m.wire("n", wt);
        m.instance("u_norm", BarrelShifter.build(name + "_norm", wt, countWidth, BarrelShifter.Direction.LEFT),
                Map.of("value", t, "amount", shift, "result", n));
        Signal half = m.wire("half", n.bit(wt - po - 1));
        Signal rest = m.wire("rest", n.slice(wt - po - 2, 0).orReduce());
        Signal roundUp = m.wire("round_up", half.and(rest.or(n.bit(wt - po))));
        m.discard(n.bit(wt - 1), "hidden bit: implied by the exponent field");
        Signal biasedLead = m.wire("biased_lead", exps.plus(lead, format.bias()));
        m.discard(biasedLead.slice(expWidth - 1, format.exponentBits()), "in range whenever the field is used");
        Expr field = Expr.mux(normal, biasedLead.slice(format.exponentBits() - 1, 0),
                Constant.zero(format.exponentBits()));
        Signal body = m.wire("body", Expr.concat(field, n.slice(wt - 2, wt - po))
                .add(roundUp.zext(format.width() - 1)), "carries into the exponent field");
        Signal isZero = m.wire("is_zero", t.isZero().or(flush));
        Expr infinity = Expr.concat(Constant.ones(format.exponentBits()), Constant.zero(fo));
        m.assign(z, Expr.concat(sign, Expr.mux(isZero, Constant.zero(format.width() - 1),
                Expr.mux(overflow, infinity, body))));
        return m.build();
    }
}
