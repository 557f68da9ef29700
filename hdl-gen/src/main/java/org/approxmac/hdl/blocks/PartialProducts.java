package org.approxmac.hdl.blocks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Partial-product generation of an N x N multiplier a * b into a {@link BitMatrix}, exact mod 2^width
 * for any width of at least 2N, for two's-complement or unsigned operands. Wires are added to the
 * caller's module: {@code pp_<i>} (row i), and for Booth {@code booth_one}, {@code booth_two},
 * {@code booth_neg} (one bit per digit).
 */
public enum PartialProducts {

    /**
     * One row per multiplier bit, {@code pp_i = a & b[i]}. Signed operands by the modified
     * Baugh–Wooley scheme: the bits of weight -2^(N-1) are inverted and the constant 2^N - 2^(2N-1)
     * added.
     */
    AND_ARRAY("AND-array") {
        @Override
        void generate(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix,
                      int fromColumn, CarryPropagateAdder multipleAdder) {
            if (fromColumn != 0) {
                throw new IllegalArgumentException("the AND array is built whole (a truncated one is trunc's own core)");
            }
            int n = a.width();
            for (int i = 0; i < n; i++) {
                BigInteger invert = BigInteger.ZERO;
                if (signed && i < n - 1) {
                    invert = BigInteger.ONE.shiftLeft(n - 1);
                } else if (signed) {
                    invert = BigInteger.ONE.shiftLeft(n - 1).subtract(BigInteger.ONE);
                }
                Expr row = a.and(Expr.replicate(b.bit(i), n));
                if (invert.signum() != 0) {
                    row = row.xor(Expr.constant(n, invert));
                }
                Signal pp = m.wire(prefix + "pp_" + i, row, i == 0 ? "partial products: a & b[i]"
                        + (signed ? ", Baugh-Wooley: bits of negative weight inverted" : "") : "");
                matrix.addRow(pp, i);
            }
            if (signed) {
                matrix.addConstant(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE.shiftLeft(2 * n - 1)));
            }
        }

        @Override
        public int rows(int n, boolean signed) {
            return n;
        }
    },

    /**
     * Radix-4 modified Booth recoding: digit i in {-2..2} from multiplier bits (2i+1, 2i, 2i-1), one
     * row {@code pp_i = (one ? a : two ? 2a : 0) ^ neg} of N+1 bits (N+2 unsigned) per digit plus {@code neg} at its
     * least significant column (two's-complement negation). Sign-extension prevention: each row's
     * sign bit enters inverted and the constant -2^(sign position) goes into the matrix (the
     * constant-1s trick). Unsigned multipliers get one more digit (b zero-extended). A breaking line at
     * column v above 0 (the broken-Booth multiplier) leaves out every row bit and negation bit of a column
     * below v: those bits are never built.
     */
    BOOTH_RADIX4("radix-4 Booth") {
        @Override
        void generate(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix,
                      int fromColumn, CarryPropagateAdder multipleAdder) {
            int n = a.width();
            int digits = rows(n, signed);
            // a signed row digit * a lies in -2^N..2^N; its one's complement (the row) fits N+1 bits
            int rowWidth = signed ? n + 1 : n + 2;
            List<Expr> one = new ArrayList<>();
            List<Expr> two = new ArrayList<>();
            List<Expr> neg = new ArrayList<>();
            for (int i = digits - 1; i >= 0; i--) {
                Expr high = multiplierBit(b, 2 * i + 1, signed);
                Expr mid = multiplierBit(b, 2 * i, signed);
                Expr low = multiplierBit(b, 2 * i - 1, signed);
                one.add(mid.xor(low));
                two.add(high.and(mid.not()).and(low.not()).or(high.not().and(mid).and(low)));
                neg.add(high.and(mid.and(low).not())); // -0 (bits 111) is taken as +0: a quiet row
            }
            Signal boothOne = m.wire(prefix + "booth_one", Expr.concat(one), "Booth digit i is +-1");
            Signal boothTwo = m.wire(prefix + "booth_two", Expr.concat(two), "Booth digit i is +-2");
            Signal boothNeg = m.wire(prefix + "booth_neg", Expr.concat(neg), "Booth digit i is negative");
            Expr extended = signed ? a.sext(rowWidth) : a.zext(rowWidth);
            Signal times1 = m.wire(prefix + "multiplicand_x1", extended, "a, extended to the row width");
            Signal times2 = m.wire(prefix + "multiplicand_x2", Expr.concat(
                    signed ? a.sext(rowWidth - 1) : a.zext(rowWidth - 1), Constant.zero(1)), "2a");
            if (fromColumn > rowWidth - 1) {
                throw new IllegalArgumentException("a breaking line at column " + fromColumn + " would cut row 0's sign"
                        + " bit (column " + (rowWidth - 1) + ")");
            }
            int lowestBuilt = rowWidth;
            for (int i = 0; i < digits; i++) {
                int shift = 2 * i;
                int w = Math.min(rowWidth, matrix.width() - shift);
                int lo = Math.max(0, fromColumn - shift);
                lowestBuilt = Math.min(lowestBuilt, lo);
                int built = w - lo;
                Expr row = boothRow(boothOne.bit(i), boothTwo.bit(i), boothNeg.bit(i), times1, times2, w - 1, lo);
                if (w == rowWidth) {
                    row = preventSignExtension(row, built, shift + w - 1, matrix);
                }
                String doc = i > 0 ? "" : "partial products: digit * a, sign bit inverted (sign-extension prevention)"
                        + (fromColumn > 0 ? "; bits right of column " + fromColumn + " never built (broken Booth)" : "");
                Signal pp = m.wire(prefix + "pp_" + i, row, doc);
                matrix.addRow(pp, shift + lo);
                if (shift >= fromColumn) {
                    matrix.addBit(shift, boothNeg.bit(i));
                }
            }
            if (lowestBuilt > 0) {
                m.discard(times1.slice(lowestBuilt - 1, 0), "multiplicand bits only right of the breaking line");
                m.discard(times2.slice(lowestBuilt - 1, 0), "2a bits only right of the breaking line");
            }
        }

        @Override
        public int rows(int n, boolean signed) {
            return signed ? (n + 1) / 2 : n / 2 + 1;
        }
    },

    /**
     * Radix-4 partial products without recoding: digit i = b[2i] + 2 b[2i+1] (0..3) selects 0, a, 2a or
     * the hard multiple 3a, which one adder ({@code multiplicand_x3 = a + 2a}, Verilog '+') computes once for
     * every row. Each row bit is an AND-OR of the digit's one-hot selects (1, 2, 3) with the three multiples:
     * no XOR with a sign, unlike Booth, and a row bit is 1 with
     * probability 3/8 on uniform operands (Booth's: 1/2). Rows are N+2 bits (3a); N/2 rows for even N,
     * (N+1)/2 for odd N. A signed multiplier's top digit is b[N-2] - 2 b[N-1] (in -2..1; for odd N,
     * -b[N-1]), built as a Booth row (the multiple inverted and {@code neg} added at its lowest column). Signed
     * rows take Booth's sign-extension prevention (sign bit inverted, -2^(sign position) into the constant).
     */
    RADIX4_HARD_MULTIPLE("radix-4 (hard multiple 3a)") {
        @Override
        void generate(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix,
                      int fromColumn, CarryPropagateAdder multipleAdder) {
            if (fromColumn != 0) {
                throw new IllegalArgumentException("radix-4 rows with the hard multiple are built whole"
                        + " (a breaking line is the broken-Booth multiplier's)");
            }
            int n = a.width();
            int digits = rows(n, signed);
            int unsignedDigits = signed ? digits - 1 : digits;
            int rowWidth = n + 2;
            Signal times1 = m.wire(prefix + "multiplicand_x1", signed ? a.sext(rowWidth) : a.zext(rowWidth),
                    "a, extended to the row width");
            Signal times2 = m.wire(prefix + "multiplicand_x2", Expr.concat(
                    signed ? a.sext(rowWidth - 1) : a.zext(rowWidth - 1), Constant.zero(1)), "2a");
            // n = 2 signed: the top digit alone, no 3a
            Signal times3 = unsignedDigits == 0 ? null : hardMultiple(m, prefix, times1, times2, multipleAdder);
            for (int i = 0; i < digits; i++) {
                int shift = 2 * i;
                int w = Math.min(rowWidth, matrix.width() - shift);
                Expr row;
                if (i < unsignedDigits) {
                    // one-hot selects of digit b[2i] + 2 b[2i+1], written into the row: named wires for them map
                    // measurably worse (FP32 MAC 494 against 463 pJ/op; ABC is sensitive to the network's order)
                    Expr low = b.bit(2 * i);
                    Expr high = multiplierBit(b, 2 * i + 1, false);
                    row = Expr.replicate(low.and(high.not()), w).and(times1.slice(w - 1, 0))
                            .or(Expr.replicate(high.and(low.not()), w).and(times2.slice(w - 1, 0)))
                            .or(Expr.replicate(high.and(low), w).and(times3.slice(w - 1, 0)));
                } else {
                    // the signed top digit: b[N-2] - 2 b[N-1] (a Booth digit whose lower neighbour is 0), or -b[N-1]
                    Expr neg = b.msb();
                    if (n % 2 == 0) {
                        Expr one = b.bit(n - 2);
                        row = boothRow(one, neg.and(one.not()), neg, times1, times2, w - 1, 0);
                    } else {
                        row = boothRow(neg, null, neg, times1, times2, w - 1, 0);
                    }
                    matrix.addBit(shift, neg);
                }
                if (signed && w == rowWidth) {
                    row = preventSignExtension(row, w, shift + w - 1, matrix);
                }
                String doc = i > 0 ? "" : "partial products: digit * a" + (signed
                        ? ", sign bit inverted (sign-extension prevention); the top digit negative-weighted" : "");
                Signal pp = m.wire(prefix + "pp_" + i, row, doc);
                matrix.addRow(pp, shift);
            }
        }

        @Override
        public int rows(int n, boolean signed) {
            return (n + 1) / 2;
        }
    };

    private final String title;

    PartialProducts(String title) {
        this.title = title;
    }

    /** E.g. {@code radix-4 Booth}: what the partial products are called in descriptions. */
    public String title() {
        return title;
    }

    /** Adds the partial products of a * b (both N bits) to {@code matrix} (width at least 2N). */
    public void addTo(ModuleBuilder m, Signal a, Signal b, boolean signed, BitMatrix matrix) {
        addTo(m, "", a, b, signed, matrix);
    }

    /**
     * As {@link #addTo(ModuleBuilder, Signal, Signal, boolean, BitMatrix)}, its wires named with
     * {@code prefix} (e.g. {@code lane3_pp_0}), so that several products can share one matrix.
     */
    public void addTo(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix) {
        addTo(m, prefix, a, b, signed, matrix, 0);
    }

    /**
     * As {@link #addTo(ModuleBuilder, String, Signal, Signal, boolean, BitMatrix)}, leaving out every
     * partial-product bit of a column below {@code fromColumn} (a vertical breaking line; radix-4 Booth
     * only, and at most the column of row 0's sign bit: the constants stay exact).
     */
    public void addTo(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix,
                      int fromColumn) {
        addTo(m, prefix, a, b, signed, matrix, fromColumn, CarryPropagateAdder.PLUS);
    }

    /**
     * As {@link #addTo(ModuleBuilder, String, Signal, Signal, boolean, BitMatrix, int)}, with the adder of
     * the hard multiple 3a (radix-4 rows only): {@link CarryPropagateAdder#PLUS} writes one Verilog '+' (the
     * least energy in a combinational unit), any other adder is a gate-level block instance that a
     * pipeline register can cut.
     */
    public void addTo(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix,
                      int fromColumn, CarryPropagateAdder multipleAdder) {
        if (a.width() != b.width()) {
            throw new IllegalArgumentException("operands of " + a.width() + " and " + b.width() + " bits");
        }
        if (matrix.width() < 2 * a.width()) {
            throw new IllegalArgumentException("a bit matrix of " + matrix.width() + " bits cannot hold an "
                    + a.width() + " x " + a.width() + " product");
        }
        generate(m, prefix, a, b, signed, matrix, fromColumn, multipleAdder);
    }

    abstract void generate(ModuleBuilder m, String prefix, Signal a, Signal b, boolean signed, BitMatrix matrix,
                           int fromColumn, CarryPropagateAdder multipleAdder);

    /** The number of partial-product rows (the neg bits and constant not counted). */
    public abstract int rows(int n, boolean signed);

    /** The wire {@code multiplicand_x3} = a + 2a, written as one '+' or computed by an adder block instance. */
    private static Signal hardMultiple(ModuleBuilder m, String prefix, Signal times1, Signal times2,
                                       CarryPropagateAdder adder) {
        String doc = "3a, the hard multiple: one adder for every row";
        if (adder == CarryPropagateAdder.PLUS) {
            return m.wire(prefix + "multiplicand_x3", times1.add(times2), doc);
        }
        Signal times3 = m.wire(prefix + "multiplicand_x3", times1.width(), doc);
        String block = prefix + "multiple_adder";
        m.instance("u_" + block, adder.build(m.name() + "_" + block, times1.width()),
                Map.of("a", times1, "b", times2, "sum", times3));
        return times3;
    }

    /**
     * A Booth row's bits hi..lo: {@code (one ? a : two ? 2a : 0) ^ neg}, the multiple selected by a digit's
     * magnitude lines and inverted when it is negative ({@code neg} added at the row's lowest column by the
     * caller completes the two's-complement negation). {@code two} null: the digit's magnitude is at most 1.
     */
    private static Expr boothRow(Expr one, Expr two, Expr neg, Signal times1, Signal times2, int hi, int lo) {
        int width = hi - lo + 1;
        Expr select = Expr.replicate(one, width).and(times1.slice(hi, lo));
        if (two != null) {
            select = select.or(Expr.replicate(two, width).and(times2.slice(hi, lo)));
        }
        return select.xor(Expr.replicate(neg, width));
    }

    /**
     * Sign-extension prevention: the row's sign bit (its top bit of {@code width}) enters inverted, and
     * -2^{@code signColumn} goes into the matrix's constant, so no row needs its sign copied leftwards.
     */
    private static Expr preventSignExtension(Expr row, int width, int signColumn, BitMatrix matrix) {
        matrix.addConstant(BigInteger.ONE.shiftLeft(signColumn).negate());
        return row.xor(Expr.constant(width, BigInteger.ONE.shiftLeft(width - 1)));
    }

    /** Bit k of the multiplier, sign- or zero-extended above, 0 below bit 0. */
    private static Expr multiplierBit(Signal b, int k, boolean signed) {
        if (k < 0) {
            return Constant.zero(1);
        }
        if (k >= b.width()) {
            return signed ? b.msb() : Constant.zero(1);
        }
        return b.bit(k);
    }
}
