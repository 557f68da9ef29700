package org.approxmac.hdl.blocks;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Leading-one detector (priority encoder): {@code position} is the index of the most significant
 * set bit of {@code x} (0 = LSB), {@code found} is {@code x != 0}; for {@code x == 0} the position is
 * 0. Built as a balanced tree of 2-input nodes (log2 depth): each node reports whether its half has a
 * one and where, and a parent prefers its upper half.
 *
 * <pre>
 *  x[3] x[2]   x[1] x[0]
 *    \  /        \  /
 *   node(1,1)  node(1,0)     found = hi | lo
 *        \      /            position = hi ? {1, pos_hi} : {0, pos_lo}
 *        node(2,0) -> found, position
 * </pre>
 *
 * Widths that are not a power of two are padded with constant zeros above the MSB.
 */
public final class LeadingOneDetector {

    private LeadingOneDetector() {
    }

    /** Bits needed for a position in a {@code width}-bit vector: ceil(log2(width)), at least 1. */
    public static int positionWidth(int width) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(width - 1));
    }

    /** The module {@code name} with ports {@code x} [width], {@code position}, {@code found}. */
    public static HdlModule build(String name, int width) {
        if (width < 2) {
            throw new IllegalArgumentException("leading-one detector needs at least 2 bits, got " + width);
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Leading-one detector: position of the most significant 1 of x (0 when x = 0), found = (x != 0).");
        Signal x = m.input("x", width);
        Signal position = m.output("position", positionWidth(width));
        Signal found = m.output("found", 1);
        List<Node> level = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            level.add(new Node(x.bit(i), null));
        }
        int depth = 0;
        while (level.size() > 1 || depth == 0) {
            depth++;
            List<Node> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                Node lo = level.get(i);
                Node hi = i + 1 < level.size() ? level.get(i + 1) : null;
                next.add(combine(m, depth, i / 2, hi, lo, level.size() <= 2));
            }
            level = next;
        }
        Node root = level.get(0);
        m.assign(found, root.found);
        m.assign(position, root.position.zext(position.width()));
        return m.build();
    }

    private static Node combine(ModuleBuilder m, int depth, int index, Node hi, Node lo, boolean root) {
        Expr loPos = lo.position == null ? null : lo.position;
        if (hi == null) {
            // padding above the MSB: the upper half is all zeros
            Expr pos = loPos == null ? Constant.zero(1) : Expr.concat(Constant.zero(1), loPos);
            return new Node(lo.found, pos);
        }
        Expr foundExpr = hi.found.or(lo.found);
        Expr posExpr = hi.position == null
                ? hi.found
                : Expr.mux(hi.found, Expr.concat(Constant.ones(1), hi.position), Expr.concat(Constant.zero(1), loPos));
        if (root) {
            return new Node(foundExpr, posExpr);
        }
        String suffix = "_l" + depth + "_" + index;
        Signal f = m.wire("found" + suffix, foundExpr);
        Signal p = m.wire("position" + suffix, posExpr);
        return new Node(f, p);
    }

    private record Node(Expr found, Expr position) {
    }
}
