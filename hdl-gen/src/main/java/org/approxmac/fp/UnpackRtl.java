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
 * RTL of {@link FloatFormat#decode}: splits a pattern into sign, a normalised significand (leading
 * one at the top, the hidden bit made explicit) and the signed exponent of that leading one, plus the
 * class flags. Under {@code ieee} a subnormal is normalised by a leading-zero counter and a left
 * shifter (exponent emin - shift); under {@code ftz} it reads as zero.
 * <pre>
 *  x = {sign, biased, fraction}
 *  significand = {biased != 0, fraction} --[ieee: LZC, &lt;&lt; lz]--&gt; sig (MSB set unless zero)
 *  exp = max(biased, 1) - bias - lz;  zero / inf / nan from the all-zeros / all-ones exponent
 * </pre>
 * Ports: {@code x} [format width]; {@code sign}, {@code sig} [precision], {@code exp} [exponent
 * width], {@code zero}, {@code inf}, {@code nan}. A finite format (OCP E4M3) has no infinity ({@code inf} is
 * 0) and only its all-ones exponent and fraction is NaN.
 */
final class UnpackRtl {

    private UnpackRtl() {
    }

    static HdlModule build(String name, FloatFormat format, SubnormalMode subnormals, int expWidth) {
        int f = format.fractionBits();
        int e = format.exponentBits();
        int p = format.precision();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Unpack " + format.name() + " (" + subnormals.specName() + "): sign, normalised significand,"
                + " exponent of its leading one, class flags.");
        SignedExponents exps = new SignedExponents(m, expWidth);
        Signal x = m.input("x", format.width());
        Signal sign = m.output("sign", 1);
        Signal sig = m.output("sig", p);
        Signal exp = m.output("exp", expWidth);
        Signal zero = m.output("zero", 1);
        Signal inf = m.output("inf", 1);
        Signal nan = m.output("nan", 1);
        Signal biased = m.wire("biased", x.slice(format.width() - 2, f));
        Signal fraction = m.wire("fraction", x.slice(f - 1, 0));
        Signal expAllOnes = m.wire("exp_all_ones", biased.andReduce());
        Signal expZero = m.wire("exp_zero", biased.isZero());
        Signal fractionZero = m.wire("fraction_zero", fraction.isZero());
        m.assign(sign, x.msb());
        if (format.finite()) { // no infinities; NaN only with every exponent and fraction bit set
            m.assign(nan, expAllOnes.and(fraction.andReduce()));
            m.assign(inf, Constant.zero(1));
        } else {
            m.assign(nan, expAllOnes.and(fractionZero.not()));
            m.assign(inf, expAllOnes.and(fractionZero));
        }
        Expr unbiased = exps.plus(biased.zext(expWidth), -format.bias());
        if (subnormals == SubnormalMode.FTZ) {
            if (format.finite()) {
                m.discard(fractionZero, "ftz zero is the zero exponent; a finite format has no infinity test");
            }
            m.assign(zero, expZero);
            m.assign(sig, Expr.mux(expZero, Constant.zero(p), Expr.concat(Constant.ones(1), fraction)));
            m.assign(exp, unbiased);
            return m.build();
        }
        m.assign(zero, expZero.and(fractionZero));
        Signal raw = m.wire("raw_sig", Expr.concat(expZero.not(), fraction), "hidden bit made explicit");
        int countWidth = LeadingZeroCounter.countWidth(p);
        Signal lz = m.wire("lz", countWidth);
        m.instance("u_lzc", LeadingZeroCounter.build(name + "_lzc", p), Map.of("x", raw, "count", lz));
        m.instance("u_norm", BarrelShifter.build(name + "_norm", p, countWidth, BarrelShifter.Direction.LEFT),
                Map.of("value", raw, "amount", lz, "result", sig));
        Expr fieldExponent = Expr.mux(expZero, exps.constant(format.minExponent()), unbiased);
        m.assign(exp, fieldExponent.sub(lz.zext(expWidth)));
        return m.build();
    }
}
