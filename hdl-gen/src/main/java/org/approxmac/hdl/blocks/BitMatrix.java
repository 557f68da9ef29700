package org.approxmac.hdl.blocks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.Signal;

/**
 * A dot diagram: the bits still to be added, by column (column c weighs 2^c), in a fixed result width;
 * everything is summed mod 2^width. Partial-product generators fill it ({@link PartialProducts}), a
 * {@link CompressorTree} reduces it to two rows. Constants are kept apart as one number and enter as
 * constant-1 bits only when the tree takes the matrix, so that every generator's correction terms
 * (Baugh–Wooley, Booth sign-extension prevention) fold into a single row.
 */
public final class BitMatrix {

    private final int width;
    private final List<List<Expr>> columns = new ArrayList<>();
    private BigInteger constant = BigInteger.ZERO;

    /** An empty matrix whose sum is taken mod 2^width. */
    public BitMatrix(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("a bit matrix needs a width of at least 1, not " + width);
        }
        this.width = width;
        for (int c = 0; c < width; c++) {
            columns.add(new ArrayList<>());
        }
    }

    public int width() {
        return width;
    }

    /** Adds one bit of weight 2^column; {@code column} must be below the width. */
    public void addBit(int column, Expr bit) {
        if (bit.width() != 1) {
            throw new IllegalArgumentException("a dot is one bit, not " + bit.width());
        }
        if (column < 0 || column >= width) {
            throw new IllegalArgumentException("column " + column + " is outside 0.." + (width - 1));
        }
        columns.get(column).add(bit);
    }

    /** Adds {@code row} (its bit k at column shift + k); every bit must land inside the width. */
    public void addRow(Signal row, int shift) {
        for (int k = 0; k < row.width(); k++) {
            addBit(shift + k, row.bit(k));
        }
    }

    /** Adds a (possibly negative) constant, mod 2^width. */
    public void addConstant(BigInteger value) {
        constant = constant.add(value);
    }

    /** The constant, reduced to 0..2^width - 1. */
    public BigInteger constant() {
        return constant.mod(BigInteger.ONE.shiftLeft(width));
    }

    /** The bits of column c (the constant not included). */
    public List<Expr> column(int c) {
        return Collections.unmodifiableList(columns.get(c));
    }

    /** The columns with the constant's 1 bits added as constant dots: what a tree reduces. */
    List<List<Expr>> columnsWithConstant() {
        List<List<Expr>> out = new ArrayList<>();
        BigInteger k = constant();
        for (int c = 0; c < width; c++) {
            List<Expr> col = new ArrayList<>(columns.get(c));
            if (k.testBit(c)) {
                col.add(Constant.ones(1));
            }
            out.add(col);
        }
        return out;
    }

    /** The tallest column, the constant counted. */
    public int height() {
        return columnsWithConstant().stream().mapToInt(List::size).max().orElse(0);
    }
}
