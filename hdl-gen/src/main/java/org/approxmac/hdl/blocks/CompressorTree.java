package org.approxmac.hdl.blocks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Partial-product reduction: a tree of full adders (3:2 compressors) and half adders (2:2) that
 * reduces a {@link BitMatrix} to two rows of the same width, whose sum mod 2^width equals the
 * matrix's. Each adder is one 2-bit wire {@code fa_l<level>_c<column>_<k>} or
 * {@code ha_l<level>_c<column>_<k>} holding {carry, sum}; in the top column, whose carry would fall
 * outside the width, a compressor keeps only its sum ({@code xor_l<level>_c<column>_<k>}). Level 1
 * takes the partial products; the two rows are {@code tree_sum} and {@code tree_carry}.
 */
public enum CompressorTree {

    /**
     * Dadda: level by level, each column is compressed just enough to fit the next height of the
     * sequence 2, 3, 4, 6, 9, 13, 19, ... (fewest adders for the minimum number of levels).
     */
    DADDA,

    /** Wallace: each level compresses every column as much as it can (every 3 bits, then a pair). */
    WALLACE;

    /** The two rows a tree ends with. */
    public record TwoRows(Signal sum, Signal carry) {
    }

    /** Reduces {@code matrix} inside module {@code m}; returns the rows {@code tree_sum}, {@code tree_carry}. */
    public TwoRows reduce(ModuleBuilder m, BitMatrix matrix) {
        int width = matrix.width();
        List<List<Expr>> columns = matrix.columnsWithConstant();
        int level = 0;
        while (maxHeight(columns) > 2) {
            level++;
            int target = this == DADDA ? daddaTarget(maxHeight(columns)) : 2;
            columns = level(m, columns, level, target, width);
        }
        List<Expr> first = new ArrayList<>();
        List<Expr> second = new ArrayList<>();
        for (int c = width - 1; c >= 0; c--) {
            List<Expr> col = columns.get(c);
            first.add(col.isEmpty() ? Constant.zero(1) : col.get(0));
            second.add(col.size() < 2 ? Constant.zero(1) : col.get(1));
        }
        Signal sum = m.wire("tree_sum", Expr.concat(first), "the tree's two rows, added by the final adder");
        Signal carry = m.wire("tree_carry", Expr.concat(second));
        return new TwoRows(sum, carry);
    }

    /**
     * Reduces {@code matrix} and adds the two rows with {@code adder} (the submodule {@code adderName},
     * instance {@code u_final_adder}) into {@code result}: the sum of the matrix mod 2^width.
     */
    public void sum(ModuleBuilder m, BitMatrix matrix, CarryPropagateAdder adder, String adderName, Signal result) {
        TwoRows rows = reduce(m, matrix);
        Map<String, Signal> ports = new HashMap<>();
        ports.put("a", rows.sum());
        ports.put("b", rows.carry());
        ports.put("sum", result);
        m.instance("u_final_adder", adder.build(adderName, matrix.width()), ports);
    }

    /** Compressor levels this tree needs for a matrix of this height. */
    public int levels(int height) {
        int levels = 0;
        int h = height;
        while (h > 2) {
            h = this == DADDA ? daddaTarget(h) : h - h / 3;
            levels++;
        }
        return levels;
    }

    private List<List<Expr>> level(ModuleBuilder m, List<List<Expr>> columns, int level, int target, int width) {
        List<List<Expr>> next = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            next.add(new ArrayList<>());
        }
        for (int c = 0; c < width; c++) {
            Deque<Expr> old = new ArrayDeque<>(columns.get(c));
            List<Expr> out = next.get(c);
            boolean top = c == width - 1;
            int k = 0;
            while (old.size() >= 2 && wantsCompression(old.size(), out.size(), target)) {
                boolean full = old.size() >= 3 && (this == WALLACE || old.size() + out.size() - target >= 2);
                List<Expr> in = new ArrayList<>();
                for (int i = 0; i < (full ? 3 : 2); i++) {
                    in.add(old.poll());
                }
                String where = "_l" + level + "_c" + c + "_" + k++;
                Expr half = in.get(0).xor(in.get(1));
                Expr sum = full ? half.xor(in.get(2)) : half;
                if (top) {
                    out.add(m.wire("xor" + where, sum));
                    continue;
                }
                // carry = x & y | z & (x ^ y), sharing the sum's x ^ y (measured: less energy than the
                // majority of three products or the mux form (x ^ y) ? z : x)
                Expr carry = full ? in.get(0).and(in.get(1)).or(in.get(2).and(half)) : in.get(0).and(in.get(1));
                Signal adder = m.wire((full ? "fa" : "ha") + where, Expr.concat(carry, sum));
                out.add(adder.bit(0));
                next.get(c + 1).add(adder.bit(1));
            }
            out.addAll(old);
        }
        return next;
    }

    private boolean wantsCompression(int old, int produced, int target) {
        return this == WALLACE ? old >= 3 || old == 2 && produced + old > 2 : old + produced > target;
    }

    private static int maxHeight(List<List<Expr>> columns) {
        return columns.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The largest Dadda height (2, 3, 4, 6, 9, ...; d' = floor(1.5 d)) below {@code height}. */
    static int daddaTarget(int height) {
        int d = 2;
        while ((d * 3) / 2 < height) {
            d = (d * 3) / 2;
        }
        return d;
    }
}
