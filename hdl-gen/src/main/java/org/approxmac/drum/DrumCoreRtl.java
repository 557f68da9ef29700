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
 *        zeros_x = n - k - shift_x = large_x ? n - 1 - j_x : n - k     (leading zeros above the segment)
 *  y --> (same)
 *  segment_product = segment_x * segment_y          (k x k exact multiplier)
 *  p = segment_product << (shift_x + shift_y)
 *    = (segment_product << 2(n-k)) >> (zeros_x + zeros_y)   (final shifter, near/far paths)
 * </pre>
 * With k = n no operand is ever reduced and the core is an exact multiplier.
 *
 * <p>The shifts are carried as leading zeros, and the final shifter moves the segment product down
 * from the top of the word ({@link BarrelShifter#nearFar}): an operand that uses its range (uniform
 * operands: the leading one is in the top bit half of the time, in the top two three times in four) has
 * few leading zeros, so the shift amount's bits, each driving a whole shifter stage, seldom change, where
 * shift_x + shift_y (about 2(n - k)) changes its low bits with every operand; and totals below 8 take a
 * three-stage near path while the far path's input stays zero. Measured on osu018 (docs/arithmetic.md,
 * hand-built variants of the unsigned DRUM6 MAC at N = 32): the leading-zero form alone 90.05 -> 88.20 pJ
 * per operation, with the near path 83.29; the generated design with all of it 80.42 (N = 16 59.63 ->
 * 56.54). Operands that do not use their range (the sparse distribution) pay for it: 50.34 -> 53.70.
 *
 * <p>Segment extraction has two forms. When the one-hot form is no larger than a right shifter
 * ({@link #oneHotSegments}), a one-hot leading-one detector ({@link LeadingOneSelector}) selects
 * the k-2 bits below the leading one by AND-OR multiplexers, the leading one and the forced LSB are
 * constants (1 when large), and zeros_x is the OR encoding of the one-hot lines; a small operand is
 * one more select line (shift 0, the segment is x itself). Otherwise x goes through a right barrel
 * shifter by shift_x from an encoded leading-one detector. Measured on osu018 (docs/cost-method.md,
 * section 12), the one-hot form saves 13-17 % energy per MAC
 * operation at N = 16 and 32: its select lines seldom change between operands, while every
 * stage of a shifter toggles with the data. With more than eight select lines the selection has two
 * parts as well: the top four positions (where a uniform operand's leading one is fifteen times in
 * sixteen) through a four-line multiplexer, the others through the rest, and a 2:1 multiplexer by whether
 * the leading one is among the top four (N = 32: 83.29 -> 80.49 pJ). The one-hot detector is written into
 * this module ({@link LeadingOneSelector#emit}) rather than instantiated: the flattened netlist is the same,
 * its cells come in another order, and ABC maps that order of the N = 32 MAC to 80.42 pJ instead of 85.14.
 */
public final class DrumCoreRtl implements SharedCoreRtl {

    /**
     * The k x k segment product's architecture, chosen by measurement on osu018 (docs/arithmetic.md): radix-4
     * rows with the hard multiple 3a and a Dadda tree (DRUM6 MACs, unsigned N = 32 90.05 pJ/op against 91.69 with
     * Verilog '*', c1 N = 16 and 32 79.06 and 128.00 against 82.63 and 135.05; unsigned N = 16 59.63 against
     * 59.43).
     */
    static final Optional<MultiplyAdd> SEGMENT_MULTIPLIER = Optional.of(UnsignedMultiplier.RADIX4_DADDA);

    /** The final shifter's near path: totals of leading zeros below 2^NEAR_STAGES take NEAR_STAGES stages. */
    static final int NEAR_STAGES = 3;

    /** The segment selection's near part: leading ones in the top NEAR_POSITIONS bits. */
    static final int NEAR_POSITIONS = 4;

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
                + " final shift (near/far paths).");
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
        HdlModule finalShifter = finalShifter(name);
        if (oneHotSegments(n, k)) {
            Segment segX = selectedSegment(m, "x", x, shiftWidth);
            Segment segY = selectedSegment(m, "y", y, shiftWidth);
            multiplyAndShift(m, multiplier, finalShifter, segX, segY, segmentProduct, p);
            return m.build();
        }
        HdlModule lod = LeadingOneDetector.build(name + "_lod", n);
        HdlModule rightShifter = BarrelShifter.build(name + "_segment_shr", n, shiftWidth, Direction.RIGHT);
        Segment segX = segment(m, "x", x, lod, rightShifter);
        Segment segY = segment(m, "y", y, lod, rightShifter);
        multiplyAndShift(m, multiplier, finalShifter, segX, segY, segmentProduct, p);
        return m.build();
    }

    /**
     * The final shifter: the 2k-bit segment product enters at the top of the 2n-bit product and moves down by
     * the total of leading zeros (at most 2(n - k)), near path for totals below 2^NEAR_STAGES.
     */
    private HdlModule finalShifter(String name) {
        int amountWidth = LeadingOneDetector.positionWidth(n) + 1;
        return BarrelShifter.nearFar(name + "_final_shr", 2 * k, 2 * n, amountWidth, NEAR_STAGES);
    }

    /**
     * The product of the two segments, moved down from the top of the product by the sum of their leading
     * zeros: the tail every form shares.
     */
    private void multiplyAndShift(ModuleBuilder m, HdlModule multiplier, HdlModule finalShifter, Segment x, Segment y,
                                  Signal segmentProduct, Signal p) {
        m.instance("u_segment_mul", multiplier, Map.of("a", x.value(), "b", y.value(), "product", segmentProduct));
        Signal totalZeros = m.wire("total_zeros", x.zeros().addWithCarry(y.zeros()),
                "zeros_x + zeros_y = 2(n-k) - (shift_x + shift_y)");
        m.instance("u_final_shr", finalShifter, Map.of("value", segmentProduct, "amount", totalZeros, "result", p));
    }

    /** The segment and its leading zeros, {segment, zeros} (the operand itself when k = n). */
    @Override
    public int codeWidth() {
        return k == n ? n : k + LeadingOneDetector.positionWidth(n);
    }

    @Override
    public HdlModule buildEncoder(String name) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("DRUM-" + k + " operand conversion, N = " + n + ": code = {segment, zeros}, the k-bit segment"
                + " and the leading zeros above it, selected once for every product the operand takes part in.");
        Signal x = m.input("x", n);
        Signal code = m.output("code", codeWidth());
        if (k == n) {
            m.assign(code, x, "k = n: the segment is the operand");
            return m.build();
        }
        int shiftWidth = LeadingOneDetector.positionWidth(n);
        Segment seg = oneHotSegments(n, k)
                ? selectedSegment(m, "x", x, shiftWidth)
                : segment(m, "x", x, LeadingOneDetector.build(name + "_lod", n),
                        BarrelShifter.build(name + "_segment_shr", n, shiftWidth, Direction.RIGHT));
        m.assign(code, Expr.concat(seg.value(), seg.zeros()));
        return m.build();
    }

    @Override
    public HdlModule buildCombiner(String name) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("DRUM-" + k + " product of two converted operands, N = " + n + ": k x k segment product, moved down"
                + " from the top by zeros_x + zeros_y.");
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
                m.wire("zeros_x", codeX.slice(shiftWidth - 1, 0)));
        Segment y = new Segment(m.wire("segment_y", codeY.slice(k + shiftWidth - 1, shiftWidth)),
                m.wire("zeros_y", codeY.slice(shiftWidth - 1, 0)));
        multiplyAndShift(m, multiplier, finalShifter(name), x, y, segmentProduct, p);
        return m.build();
    }

    /** A k-bit segment and its leading zeros: the segment scales back by 2^(n-k-zeros). */
    private record Segment(Signal value, Signal zeros) {
    }

    /** Whether the segment selection has a near part (the top NEAR_POSITIONS lines) and a far part. */
    static boolean nearFarSelection(int n, int k) {
        return n - k + 1 > 2 * NEAR_POSITIONS;
    }

    /**
     * Whether segments are selected from one-hot lines: the (k-2) AND-OR multiplexers of n-k+1
     * inputs take no more gates than an n-bit right shifter (n log2 n multiplexers).
     */
    static boolean oneHotSegments(int n, int k) {
        return (k - 2) * (n - k + 1) <= n * LeadingOneDetector.positionWidth(n);
    }

    /** The k-bit segment of one operand, selected by the one-hot leading one. */
    private Segment selectedSegment(ModuleBuilder m, String op, Signal v, int shiftWidth) {
        Signal onehot = m.wire("leading_one_" + op, n, "one-hot leading one of " + op);
        Signal above = m.wire("above_" + op, n, "above_" + op + "[i]: " + op + " has a 1 above bit i");
        // written here rather than instantiated: the same logic, which the flattened flow maps better in this
        // order (N = 32 MAC 85.14 -> 80.42 pJ, docs/arithmetic.md)
        LeadingOneSelector.emit(m, v, onehot, above, "above_" + op + "_");
        Signal large = m.wire("large_" + op, above.bit(k - 1), op + " >= 2^k: reduce to a segment");
        Signal select = m.wire("segment_select_" + op, Expr.concat(onehot.slice(n - 1, k), large.not()),
                "leading one at bit k..n-1, or small (" + op + " < 2^k: shift 0)");
        boolean nearFar = nearFarSelection(n, k);
        int nearAbove = n - 1 - NEAR_POSITIONS;
        m.discard(nearFar
                ? Expr.concat(onehot.slice(k - 1, 0), above.slice(n - 1, nearAbove + 1), above.slice(nearAbove - 1, k),
                        above.slice(k - 2, 0))
                : Expr.concat(onehot.slice(k - 1, 0), above.slice(n - 1, k), above.slice(k - 2, 0)),
                "only leading ones at bit k and above reduce an operand");
        List<Expr> zeroLines = new ArrayList<>();
        zeroLines.add(large.not());
        for (int i = k; i < n; i++) {
            zeroLines.add(onehot.bit(i));
        }
        Signal zeros = m.wire("zeros_" + op, LeadingOneSelector.index(Expr.concat(zeroLines), 0, shiftWidth),
                "leading one at bit i: n-1-i leading zeros (n-k when small)");
        Signal nearHit = nearFar ? m.wire("near_" + op, above.bit(nearAbove),
                "the leading one is in the top " + NEAR_POSITIONS + " bits") : null;
        List<Expr> bits = new ArrayList<>();
        bits.add(large.or(v.bit(k - 1)));
        for (int t = k - 2; t >= 1; t--) {
            if (nearFar) {
                int lines = select.width();
                Expr nearBit = LeadingOneSelector.select(select.slice(lines - 1, lines - NEAR_POSITIONS),
                        v.slice(n - k + t, n - k + t - NEAR_POSITIONS + 1));
                Expr farBit = LeadingOneSelector.select(select.slice(lines - NEAR_POSITIONS - 1, 0),
                        v.slice(n - k + t - NEAR_POSITIONS, t));
                bits.add(Expr.mux(nearHit, nearBit, farBit));
            } else {
                bits.add(LeadingOneSelector.select(select, v.slice(n - k + t, t)));
            }
        }
        bits.add(large.or(v.bit(0)));
        Signal segment = m.wire("segment_" + op, Expr.concat(bits), nearFar
                ? "leading one, the k-2 bits below it (one-hot selected: top " + NEAR_POSITIONS
                        + " positions or the others), forced 1 LSB; x itself when small"
                : "leading one, the k-2 bits below it (one-hot selected), forced 1 LSB; x itself when small");
        return new Segment(segment, zeros);
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
        Signal zeros = m.wire("zeros_" + op, Expr.mux(large, Expr.constant(shiftWidth, n - 1).sub(lead),
                Expr.constant(shiftWidth, n - k)), "leading zeros above the segment: n-1-position (n-k when small)");
        return new Segment(segment, zeros);
    }
}
