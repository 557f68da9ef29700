package org.approxmac.drum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.hdl.blocks.BarrelShifter;
import org.approxmac.hdl.blocks.BarrelShifter.Direction;
import org.approxmac.hdl.blocks.LeadingOneDetector;
import org.approxmac.hdl.blocks.LeadingOneSelector;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.blocks.UnsignedMultiplier;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.SharedCoreRtl;

/**
 * RTL of the unsigned DRUM-k core (docs/units.md, "The DRUM-k core"; Hashemi, Bahar, Reda, "DRUM: A dynamic
 * range unbiased multiplier for approximate applications", ICCAD 2015):
 * <pre>
 *  x --> leading-one detector j_x --> large_x = x >= 2^k
 *        shift_x = large_x ? j_x - k + 1 : 0
 *        x >> shift_x --> segment_x = {bits k-1..1, bit 0 | large_x}   (forced 1 LSB)
 *  y --> (same)
 *  segment_product = segment_x * segment_y          (k x k exact multiplier)
 *  p = segment_product << (shift_x + shift_y)       (final shifter)
 * </pre>
 * With k = n no operand is ever reduced and the core is an exact multiplier.
 *
 * <p>Segment extraction has two forms. When the one-hot form is no larger than a right shifter
 * ({@link #oneHotSegments}), a one-hot leading-one detector ({@link LeadingOneSelector}) selects
 * the k-2 bits below the leading one by AND-OR multiplexers, the leading one and the forced LSB are
 * constants (1 when large), and shift_x is the OR encoding of the one-hot lines; a small operand is
 * one more select line (shift 0, the segment is x itself). Otherwise x goes through a right barrel
 * shifter by shift_x from an encoded leading-one detector. Measured on osu018 (docs/cost-method.md,
 * section 12), the one-hot form saves 13-17 % energy per MAC
 * operation at N = 16 and 32: its select lines seldom change between operands, while every
 * stage of a shifter toggles with the data.
 */
public final class DrumCoreRtl implements SharedCoreRtl {

    /**
     * The k x k segment product's architecture, chosen by measurement on osu018 (docs/arithmetic.md): radix-4
     * rows with the hard multiple 3a and a Dadda tree (DRUM6 MACs, unsigned N = 32 90.05 pJ/op against 91.69 with
     * Verilog '*', c1 N = 16 and 32 79.06 and 128.00 against 82.63 and 135.05; unsigned N = 16 59.63 against
     * 59.43).
     */
    static final Optional<MultiplyAdd> SEGMENT_MULTIPLIER = Optional.of(UnsignedMultiplier.RADIX4_DADDA);

    private final int n;
    private final int k;

    /**
     * @param n operand width (4..64)
     * @param k segment width (3..n)
     */
    public DrumCoreRtl(int n, int k) {
        if (k < 3 || k > n) {
            throw new IllegalArgumentException("drum core needs 3 <= k <= n, got n=" + n + " k=" + k);
        }
        this.n = n;
        this.k = k;
    }

    @Override
    public int width() {
        return n;
    }

    @Override
    public HdlModule build(String name) {
        HdlModule multiplier = UnsignedMultiplier.build(name + "_segment_mul", k, SEGMENT_MULTIPLIER);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("DRUM-" + k + " unsigned core, N = " + n + ": k-bit segments with forced LSB, k x k product,"
                + " final shift.");
        Signal x = m.input("x", n);
        Signal y = m.input("y", n);
        Signal p = m.output("p", 2 * n);
        Signal segmentProduct = m.wire("segment_product", 2 * k, "segment_x * segment_y");
        if (k == n) {
            m.instance("u_segment_mul", multiplier, Map.of("a", x, "b", y, "product", segmentProduct));
            m.assign(p, segmentProduct, "k = n: the segments are the operands; the product is exact");
            return m.build();
        }
        int shiftWidth = LeadingOneDetector.positionWidth(n);
        if (oneHotSegments(n, k)) {
            HdlModule selector = LeadingOneSelector.build(name + "_lead", n);
            HdlModule finalShifter = BarrelShifter.widening(name + "_final_shl", 2 * k, 2 * n, shiftWidth + 1);
            Segment segX = selectedSegment(m, "x", x, selector, shiftWidth);
            Segment segY = selectedSegment(m, "y", y, selector, shiftWidth);
            multiplyAndShift(m, multiplier, finalShifter, segX, segY, segmentProduct, p);
            return m.build();
        }
        HdlModule lod = LeadingOneDetector.build(name + "_lod", n);
        HdlModule rightShifter = BarrelShifter.build(name + "_segment_shr", n, shiftWidth, Direction.RIGHT);
        HdlModule finalShifter = BarrelShifter.widening(name + "_final_shl", 2 * k, 2 * n, shiftWidth + 1);
        Segment segX = segment(m, "x", x, lod, rightShifter);
        Segment segY = segment(m, "y", y, lod, rightShifter);
        multiplyAndShift(m, multiplier, finalShifter, segX, segY, segmentProduct, p);
        return m.build();
    }

    /** The k x k product of the two segments, shifted left by the sum of their shifts: the tail every form shares. */
    private void multiplyAndShift(ModuleBuilder m, HdlModule multiplier, HdlModule finalShifter, Segment x, Segment y,
                                  Signal segmentProduct, Signal p) {
        m.instance("u_segment_mul", multiplier, Map.of("a", x.value(), "b", y.value(), "product", segmentProduct));
        Signal totalShift = m.wire("total_shift", x.shift().addWithCarry(y.shift()), "shift_x + shift_y");
        m.instance("u_final_shl", finalShifter, Map.of("value", segmentProduct, "amount", totalShift,
                "result", p));
    }

    /** The segment and its shift, {segment, shift} (the operand itself when k = n). */
    @Override
    public int codeWidth() {
        return k == n ? n : k + LeadingOneDetector.positionWidth(n);
    }

    @Override
    public HdlModule buildEncoder(String name) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("DRUM-" + k + " operand conversion, N = " + n + ": code = {segment, shift}, the k-bit segment"
                + " and the bits dropped below it, selected once for every product the operand takes part in.");
        Signal x = m.input("x", n);
        Signal code = m.output("code", codeWidth());
        if (k == n) {
            m.assign(code, x, "k = n: the segment is the operand");
            return m.build();
        }
        int shiftWidth = LeadingOneDetector.positionWidth(n);
        Segment seg = oneHotSegments(n, k)
                ? selectedSegment(m, "x", x, LeadingOneSelector.build(name + "_lead", n), shiftWidth)
                : segment(m, "x", x, LeadingOneDetector.build(name + "_lod", n),
                        BarrelShifter.build(name + "_segment_shr", n, shiftWidth, Direction.RIGHT));
        m.assign(code, Expr.concat(seg.value(), seg.shift()));
        return m.build();
    }

    @Override
    public HdlModule buildCombiner(String name) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("DRUM-" + k + " product of two converted operands, N = " + n + ": k x k segment product, final"
                + " shift by shift_x + shift_y.");
        Signal codeX = m.input("code_x", codeWidth());
        Signal codeY = m.input("code_y", codeWidth());
        Signal p = m.output("p", 2 * n);
        HdlModule multiplier = UnsignedMultiplier.build(name + "_segment_mul", k, SEGMENT_MULTIPLIER);
        Signal segmentProduct = m.wire("segment_product", 2 * k, "segment_x * segment_y");
        if (k == n) {
            m.instance("u_segment_mul", multiplier, Map.of("a", codeX, "b", codeY, "product", segmentProduct));
            m.assign(p, segmentProduct, "k = n: the segments are the operands; the product is exact");
            return m.build();
        }
        int shiftWidth = LeadingOneDetector.positionWidth(n);
        Segment x = new Segment(m.wire("segment_x", codeX.slice(k + shiftWidth - 1, shiftWidth)),
                m.wire("shift_x", codeX.slice(shiftWidth - 1, 0)));
        Segment y = new Segment(m.wire("segment_y", codeY.slice(k + shiftWidth - 1, shiftWidth)),
                m.wire("shift_y", codeY.slice(shiftWidth - 1, 0)));
        multiplyAndShift(m, multiplier, BarrelShifter.widening(name + "_final_shl", 2 * k, 2 * n, shiftWidth + 1),
                x, y, segmentProduct, p);
        return m.build();
    }

    /** A k-bit segment and the shift that scales it back. */
    private record Segment(Signal value, Signal shift) {
    }

    /**
     * Whether segments are selected from one-hot lines: the (k-2) AND-OR multiplexers of n-k+1
     * inputs take no more gates than an n-bit right shifter (n log2 n multiplexers).
     */
    static boolean oneHotSegments(int n, int k) {
        return (k - 2) * (n - k + 1) <= n * LeadingOneDetector.positionWidth(n);
    }

    /** The k-bit segment of one operand, selected by the one-hot leading one. */
    private Segment selectedSegment(ModuleBuilder m, String op, Signal v, HdlModule selector, int shiftWidth) {
        Signal onehot = m.wire("leading_one_" + op, n, "one-hot leading one of " + op);
        Signal above = m.wire("above_" + op, n, "above_" + op + "[i]: " + op + " has a 1 above bit i");
        m.instance("u_lead_" + op, selector, Map.of("x", v, "onehot", onehot, "above", above));
        Signal large = m.wire("large_" + op, above.bit(k - 1), op + " >= 2^k: reduce to a segment");
        Signal select = m.wire("segment_select_" + op, Expr.concat(onehot.slice(n - 1, k), large.not()),
                "leading one at bit k..n-1, or small (" + op + " < 2^k: shift 0)");
        m.discard(Expr.concat(onehot.slice(k - 1, 0), above.slice(n - 1, k), above.slice(k - 2, 0)),
                "only leading ones at bit k and above reduce an operand");
        Signal shift = m.wire("shift_" + op, LeadingOneSelector.index(onehot.slice(n - 1, k), 1, shiftWidth),
                "leading one at bit i: shift i-k+1 (0 when small)");
        List<Expr> bits = new ArrayList<>();
        bits.add(large.or(v.bit(k - 1)));
        for (int t = k - 2; t >= 1; t--) {
            bits.add(LeadingOneSelector.select(select, v.slice(n - k + t, t)));
        }
        bits.add(large.or(v.bit(0)));
        Signal segment = m.wire("segment_" + op, Expr.concat(bits),
                "leading one, the k-2 bits below it (one-hot selected), forced 1 LSB; x itself when small");
        return new Segment(segment, shift);
    }

    /** The k-bit segment of one operand. */
    private Segment segment(ModuleBuilder m, String op, Signal v, HdlModule lod, HdlModule rightShifter) {
        int shiftWidth = lod.port("position").width();
        Signal lead = m.wire("leading_one_" + op, shiftWidth, "leading-one position of " + op);
        Signal found = m.wire("nonzero_" + op, 1);
        m.instance("u_lod_" + op, lod, Map.of("x", v, "position", lead, "found", found));
        m.discard(found, "a zero operand has a zero segment; no flag needed");
        Signal large = m.wire("large_" + op, v.slice(n - 1, k).orReduce(), op + " >= 2^k: reduce to a segment");
        Signal shift = m.wire("shift_" + op, Expr.mux(large, lead.sub(Expr.constant(shiftWidth, k - 1)),
                Constant.zero(shiftWidth)), "bits dropped below the segment");
        Signal shifted = m.wire("shifted_" + op, n, op + " >> shift_" + op);
        m.instance("u_segment_shr_" + op, rightShifter, Map.of("value", v, "amount", shift, "result", shifted));
        m.discard(shifted.slice(n - 1, k), "zero: the segment starts at the leading one");
        Signal segment = m.wire("segment_" + op, Expr.concat(shifted.slice(k - 1, 1), shifted.bit(0).or(large)),
                "leading one, k-2 bits below it, forced 1 LSB (unbiased truncation)");
        return new Segment(segment, shift);
    }
}
