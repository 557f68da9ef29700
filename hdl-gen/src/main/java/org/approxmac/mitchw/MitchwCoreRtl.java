package org.approxmac.mitchw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.blocks.Adder;
import org.approxmac.hdl.blocks.BarrelShifter;
import org.approxmac.hdl.blocks.BarrelShifter.Direction;
import org.approxmac.hdl.blocks.LeadingOneDetector;
import org.approxmac.hdl.blocks.LeadingOneSelector;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.SharedCoreRtl;

/**
 * RTL of the unsigned Mitch-w core (docs/units.md, "The Mitch-w core"; Mitchell, IRE Trans. Electronic
 * Computers 1962; Kim et al., "Efficient Mitchell's approximate log multipliers for convolutional
 * neural networks", IEEE TC 2019). With K = w - 1 fraction bits kept per operand:
 * <pre>
 *  x --> leading-one detector --> characteristic_x (k) ------------------------+
 *   \--> left shift by N-1-k (align) --> aligned_x --> top K bits: fraction_x -+-> log_x = {k, f}
 *  y --> (same) ---------------------------------------------------------------> log_y
 *  log_sum = log_x + log_y                          (adder of the log values, carry kept)
 *  exponent = log_sum >> K;  mantissa = {1, log_sum[K-1:0]}
 *  antilog: p = ({0.., mantissa} << exponent) >> K  (barrel shifter, low K bits dropped)
 * </pre>
 * A zero operand is treated as magnitude 1 (characteristic 0, fraction 0); masking zero operands is
 * the sign wrapper's job. w = n gives Mitchell's original multiplier.
 *
 * <p>When the aligned fraction bits are no more than ceil(log2 N) ({@link #oneHotFraction}, e.g. w = 6
 * at N = 32), the detector is one-hot ({@link LeadingOneSelector}): the characteristic is the OR
 * encoding of its lines and fraction bit t below the leading one is {@code |(onehot[N-1:t] & x[N-1-t:0])},
 * with no aligning shifter (159.9 to 147.5 pJ per operation for the Mitch-w6 c1 MAC at N = 32 on
 * osu018, docs/cost-method.md section 12).
 *
 * <p>{@link MitchwVariant#AUTHORS_VHDL} (kind {@code mitchwu}) keeps K-1 aligned fraction bits and
 * appends a constant 1, and decodes only characteristic sums c &gt;= N:
 * <pre>
 *  p = c &gt;= N ? ({1, log_sum[K-1:0]} &lt;&lt; (c - N)) &lt;&lt; (N - K) : 0   (N+K-bit shifter, then placed)
 * </pre>
 */
public final class MitchwCoreRtl implements SharedCoreRtl {

    private final int n;
    private final int fractionBits;
    private final MitchwVariant variant;

    /**
     * docs/units.md's Mitch-w core.
     *
     * @param n    operand width (4..64)
     * @param kept bits kept per operand, w (1..n)
     */
    public MitchwCoreRtl(int n, int kept) {
        this(n, kept, MitchwVariant.TRUNCATED);
    }

    /**
     * @param n       operand width (4..64)
     * @param kept    bits per operand log, w (1..n; at least 2 with a forced fraction bit)
     * @param variant which Mitch-w function
     */
    public MitchwCoreRtl(int n, int kept, MitchwVariant variant) {
        if (n < 2 || kept < 1 || kept > n || variant.forcedFractionBit() && kept < 2) {
            throw new IllegalArgumentException("mitchw core needs 1 <= w <= n (w >= 2 with a forced fraction bit),"
                    + " got n=" + n + " w=" + kept);
        }
        this.n = n;
        this.fractionBits = kept - 1;
        this.variant = variant;
    }

    @Override
    public int width() {
        return n;
    }

    @Override
    public HdlModule build(String name) {
        Conversion conversion = conversion(name);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(family() + " unsigned core, N = " + n + ", " + widthName() + " = " + (fractionBits + 1) + " (K = "
                + fractionBits + " fraction bits" + (variant.forcedFractionBit() ? ", the last a forced 1" : "") + "):"
                + " log-domain multiplication p ~ x * y" + ending());
        Signal x = m.input("x", n);
        Signal y = m.input("y", n);
        Signal p = m.output("p", 2 * n);
        Signal logX = conversion.logarithm(m, "x", x);
        Signal logY = conversion.logarithm(m, "y", y);
        combine(m, name, logX, logY, p);
        return m.build();
    }

    private String family() {
        return variant.compensation() ? "DR-ALM" : variant.setOneBits() > 0 ? "ALM-SOA-" + variant.setOneBits() : "Mitch-w";
    }

    private String widthName() {
        return variant.compensation() ? "t" : "w";
    }

    private String ending() {
        return variant.flushBelowN() ? "; products with c < N are flushed to 0."
                : variant.compensation() ? "; the log sum gets one more unit of its last fraction bit."
                : variant.setOneBits() > 0 ? "; the log adder is a set-one adder: the log sum's " + variant.setOneBits()
                        + " lowest bits are 1, the bits above an exact sum with a carry in of the AND of the operands'"
                        + " bits " + (variant.setOneBits() - 1) + "." : ".";
    }

    /** The log value {characteristic, fraction}: the leading-one position and the kept fraction bits. */
    @Override
    public int codeWidth() {
        return LeadingOneDetector.positionWidth(n) + fractionBits;
    }

    @Override
    public HdlModule buildEncoder(String name) {
        Conversion conversion = conversion(name);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(family() + " operand conversion, N = " + n + ", " + widthName() + " = " + (fractionBits + 1)
                + ": code = log2(x) ~"
                + " {characteristic, fraction}, computed once for every product the operand takes part in.");
        Signal x = m.input("x", n);
        Signal code = m.output("code", codeWidth());
        m.assign(code, conversion.logarithm(m, "x", x));
        return m.build();
    }

    @Override
    public HdlModule buildCombiner(String name) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(family() + " product of two converted operands, N = " + n + ", " + widthName() + " = "
                + (fractionBits + 1) + ": log-domain addition and antilog, p ~ x * y" + ending());
        Signal logX = m.input("log_x", codeWidth());
        Signal logY = m.input("log_y", codeWidth());
        Signal p = m.output("p", 2 * n);
        combine(m, name, logX, logY, p);
        return m.build();
    }

    /** The per-operand part: a leading-one detector or selector and, where needed, an aligning shifter. */
    private Conversion conversion(String name) {
        int charWidth = LeadingOneDetector.positionWidth(n);
        boolean oneHot = oneHotFraction(n, alignedFractionBits());
        HdlModule lod = oneHot ? LeadingOneSelector.build(name + "_lead", n) : LeadingOneDetector.build(name + "_lod", n);
        HdlModule align = alignedFractionBits() == 0 || oneHot ? null
                : BarrelShifter.build(name + "_align", n, charWidth, Direction.LEFT);
        return new Conversion(oneHot, lod, align);
    }

    /** The modules that convert an operand to its log value. */
    private final class Conversion {
        private final boolean oneHot;
        private final HdlModule lod;
        private final HdlModule align;

        Conversion(boolean oneHot, HdlModule lod, HdlModule align) {
            this.oneHot = oneHot;
            this.lod = lod;
            this.align = align;
        }

        /** log2(v) ~ {characteristic, fraction} of operand {@code op}. */
        Signal logarithm(ModuleBuilder m, String op, Signal v) {
            return oneHot ? selectedLogarithm(m, op, v, lod) : MitchwCoreRtl.this.logarithm(m, op, v, lod, align);
        }
    }

    /** The per-product part: p from the two log values (log adder, then antilog or the authors' decoder). */
    private void combine(ModuleBuilder m, String name, Signal logX, Signal logY, Signal p) {
        int k = fractionBits;
        int charWidth = LeadingOneDetector.positionWidth(n);
        int logWidth = charWidth + k;
        Signal logSum = variant.setOneBits() > 0 ? setOneSum(m, name, logX, logY, logWidth)
                : exactSum(m, name, logX, logY, logWidth);
        Signal exponent = m.wire("exponent", logSum.slice(logWidth, k), "integer part of the log sum");
        Expr mantissa = k == 0 ? Constant.ones(1)
                : m.wire("mantissa", Expr.concat(Constant.ones(1), logSum.slice(k - 1, 0)),
                        "1.fraction of the log sum (antilog of the fraction, Mitchell's approximation)");
        if (variant.flushBelowN()) {
            truncatedDecoder(m, name, p, exponent, mantissa, charWidth);
            return;
        }
        int antilogWidth = 2 * n + k;
        HdlModule antilog = BarrelShifter.widening(name + "_antilog", k + 1, antilogWidth, logWidth + 1 - k);
        Signal shifted = m.wire("antilog_shifted", antilogWidth, "mantissa << exponent");
        m.instance("u_antilog", antilog, Map.of("value", mantissa, "amount", exponent,
                "result", shifted));
        if (k == 0) {
            m.assign(p, shifted);
        } else {
            m.assign(p, shifted.slice(antilogWidth - 1, k), "divide by 2^K: bits below 2^0 are dropped");
            m.discard(shifted.slice(k - 1, 0), "antilog bits below 2^0 (floor)");
        }
    }

    /** log_x + log_y (+ 1 with DR-ALM's compensation) by one adder, carry kept. */
    private Signal exactSum(ModuleBuilder m, String name, Signal logX, Signal logY, int logWidth) {
        HdlModule adder = variant.compensation() ? Adder.buildPlusOne(name + "_log_adder", logWidth)
                : Adder.build(name + "_log_adder", logWidth);
        Signal logSum = m.wire("log_sum", logWidth + 1, variant.compensation()
                ? "log_x + log_y + 1 (one unit of the last fraction bit: DR-ALM's compensation), carry kept"
                : "log_x + log_y, carry kept");
        m.instance("u_log_adder", adder, Map.of("a", logX, "b", logY, "sum", logSum));
        return logSum;
    }

    /**
     * The set-one adder (ALM-SOA): the m lowest bits of the log sum are 1 and no gate computes them; the
     * bits above are the exact sum of the operands' upper bits with a carry in of the AND of their bits
     * m-1 (the carry the lower part would most often produce).
     */
    private Signal setOneSum(ModuleBuilder m, String name, Signal logX, Signal logY, int logWidth) {
        int setOne = variant.setOneBits();
        int upper = logWidth - setOne;
        Signal carryIn = m.wire("set_one_carry", logX.bit(setOne - 1).and(logY.bit(setOne - 1)),
                "carry into the exact part: log_x[" + (setOne - 1) + "] & log_y[" + (setOne - 1) + "]");
        if (setOne > 1) {
            m.discard(logX.slice(setOne - 2, 0), "the set-one part of log_x below the carry bit");
            m.discard(logY.slice(setOne - 2, 0), "the set-one part of log_y below the carry bit");
        }
        Signal upperSum = m.wire("log_sum_upper", upper + 1, "log_x + log_y above bit " + (setOne - 1)
                + ", with the set-one carry, carry out kept");
        m.instance("u_log_adder", Adder.buildWithCarryIn(name + "_log_adder", upper), Map.of("a",
                logX.slice(logWidth - 1, setOne), "b", logY.slice(logWidth - 1, setOne), "carry_in", carryIn,
                "sum", upperSum));
        return m.wire("log_sum", Expr.concat(upperSum, Constant.ones(setOne)),
                "set-one adder: the exact upper sum, then " + setOne + " bits set to 1");
    }

    /**
     * The authors' VHDL decoder: only c = exponent &gt;= N is decoded, by an (N+K)-bit shifter of the
     * mantissa by c - N whose result is placed at bit N-K; smaller products are 0.
     */
    private void truncatedDecoder(ModuleBuilder m, String name, Signal p, Signal exponent, Expr mantissa,
                                  int charWidth) {
        int k = fractionBits;
        int width = n + k;
        HdlModule decoder = BarrelShifter.widening(name + "_decoder", k + 1, width, charWidth);
        Signal decoded = m.wire("decoded", exponent.ge(Expr.constant(exponent.width(), n)),
                "c >= N: the product is decoded, else flushed to 0");
        Signal offset = m.wire("decoder_offset", exponent.sub(Expr.constant(exponent.width(), n)), "c - N");
        Signal amount = m.wire("decoder_shift", offset.slice(charWidth - 1, 0), "c - N (0..N-1 when decoded)");
        m.discard(offset.msb(), "c - N < N whenever the product is decoded");
        Signal shifted = m.wire("decoder_shifted", width, "mantissa << (c - N)");
        m.instance("u_decoder", decoder, Map.of("value", mantissa, "amount", amount, "result", shifted));
        m.assign(p, Expr.mux(decoded, Expr.concat(shifted, Constant.zero(n - k)), Constant.zero(2 * n)),
                "placed at bit N-K: p = mantissa << (c - K)");
    }

    /** Fraction bits taken from the aligned operand: K, or K-1 before a forced 1. */
    private int alignedFractionBits() {
        return variant.forcedFractionBit() ? fractionBits - 1 : fractionBits;
    }

    /**
     * Whether the fraction bits are selected from one-hot leading-one lines: {@code kept} AND-OR
     * multiplexers of up to n inputs take no more gates than the n-bit aligning shifter (n log2 n
     * multiplexers).
     */
    static boolean oneHotFraction(int n, int kept) {
        return kept > 0 && kept <= LeadingOneDetector.positionWidth(n);
    }

    /**
     * Characteristic and truncated fraction of one operand from a one-hot leading-one detector: the
     * characteristic is the OR encoding of the lines, fraction bit t below the leading one the AND-OR
     * multiplexer of the lines with x shifted by t (no aligning shifter).
     */
    private Signal selectedLogarithm(ModuleBuilder m, String op, Signal v, HdlModule selector) {
        int charWidth = LeadingOneDetector.positionWidth(n);
        Signal onehot = m.wire("leading_one_" + op, n, "one-hot leading one of " + op);
        Signal above = m.wire("above_" + op, n);
        m.instance("u_lead_" + op, selector, Map.of("x", v, "onehot", onehot, "above", above));
        m.discard(above, "a zero operand counts as magnitude 1; the sign wrapper masks zero operands");
        Signal characteristic = m.wire("characteristic_" + op, LeadingOneSelector.index(onehot, 0, charWidth),
                "leading-one position of " + op + " (0 when " + op + " = 0)");
        List<Expr> fraction = new ArrayList<>();
        for (int t = 1; t <= alignedFractionBits(); t++) {
            fraction.add(LeadingOneSelector.select(onehot.slice(n - 1, t), v.slice(n - 1 - t, 0)));
        }
        if (variant.forcedFractionBit()) {
            fraction.add(Constant.ones(1));
        }
        Signal f = m.wire("fraction_" + op, Expr.concat(fraction), variant.forcedFractionBit()
                ? "the " + (fractionBits - 1) + " bits below the leading one (one-hot selected), then a forced 1"
                : "the " + fractionBits + " bits below the leading one (one-hot selected)");
        return m.wire("log_" + op, Expr.concat(characteristic, f), "log2(" + op + ") ~ characteristic.fraction");
    }

    /** Characteristic and truncated fraction of one operand: log = {characteristic, fraction}. */
    private Signal logarithm(ModuleBuilder m, String op, Signal v, HdlModule lod, HdlModule align) {
        int k = fractionBits;
        Signal characteristic = m.wire("characteristic_" + op, lod.port("position").width(),
                "leading-one position of " + op);
        Signal found = m.wire("nonzero_" + op, 1);
        m.instance("u_lod_" + op, lod, Map.of("x", v, "position", characteristic, "found", found));
        m.discard(found, "a zero operand counts as magnitude 1; the sign wrapper masks zero operands");
        if (k == 0) {
            return m.wire("log_" + op, characteristic, "log2(" + op + ") ~ characteristic (w = 1: no fraction)");
        }
        if (variant.forcedFractionBit() && k == 1) {
            return m.wire("log_" + op, Expr.concat(characteristic, Constant.ones(1)),
                    "log2(" + op + ") ~ characteristic.1 (w = 2: only the forced fraction bit)");
        }
        Signal alignShift = m.wire("align_shift_" + op, Expr.constant(characteristic.width(), n - 1).sub(characteristic),
                "N-1 - characteristic");
        Signal aligned = m.wire("aligned_" + op, n, "leading one moved to bit N-1");
        m.instance("u_align_" + op, align, Map.of("value", v, "amount", alignShift, "result", aligned));
        Signal fraction;
        if (variant.forcedFractionBit()) {
            fraction = m.wire("fraction_" + op, Expr.concat(aligned.slice(n - 2, n - k), Constant.ones(1)),
                    "top K-1 = " + (k - 1) + " fraction bits below the leading one, then a forced 1");
        } else {
            fraction = m.wire("fraction_" + op, aligned.slice(n - 2, n - 1 - k),
                    "top K = " + k + " fraction bits below the leading one");
        }
        int kept = alignedFractionBits();
        m.discard(aligned.msb(), "the leading one itself is implied by the characteristic");
        if (n - 1 - kept > 0) {
            m.discard(aligned.slice(n - 2 - kept, 0), variant.forcedFractionBit()
                    ? "fraction bits beyond the w-2 aligned ones are truncated" : "fraction bits beyond w-1 are truncated");
        }
        return m.wire("log_" + op, Expr.concat(characteristic, fraction), "log2(" + op + ") ~ characteristic.fraction");
    }
}
