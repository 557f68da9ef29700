package org.approxmac.hdl.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Carry-propagate adders {@code sum = a + b mod 2^w}: Verilog {@code +} (the synthesiser's choice,
 * the reference) or a parallel-prefix adder. A prefix adder forms bit generate/propagate
 * ({@code generate_bits = a & b}, {@code propagate_bits = a ^ b}), combines them in a prefix network
 * of (g, p) nodes {@code g_l<level>_<bit>}, {@code p_l<level>_<bit>}
 * ({@code g = g_hi | p_hi & g_lo}, {@code p = p_hi & p_lo}) until bit i holds the group generate
 * G[i:0] (the carry into bit i + 1), then {@code sum = propagate_bits ^ carries}. The networks differ
 * only in which nodes they place (Harris' taxonomy): ripple (serial, w - 1 levels), Brent–Kung
 * (2 log2 w - 1 levels, fewest nodes), Kogge–Stone (log2 w levels, fan-out 2, most nodes), Sklansky
 * (log2 w levels, fewest nodes for that depth, high fan-out). Only the p nodes a later node needs are
 * built.
 */
public enum CarryPropagateAdder {
    PLUS("plus", "Verilog '+' (the synthesiser's)"),
    RIPPLE("ripple", "ripple-carry (serial prefix)"),
    BRENT_KUNG("bk", "Brent-Kung parallel-prefix"),
    KOGGE_STONE("ks", "Kogge-Stone parallel-prefix"),
    SKLANSKY("sklansky", "Sklansky (divide-and-conquer) parallel-prefix");

    private final String specName;
    private final String title;

    CarryPropagateAdder(String specName, String title) {
        this.specName = specName;
        this.title = title;
    }

    /** The spec value, e.g. {@code bk}. */
    public String specName() {
        return specName;
    }

    public String title() {
        return title;
    }

    public static Optional<CarryPropagateAdder> bySpecName(String name) {
        return Arrays.stream(values()).filter(a -> a.specName.equals(name)).findFirst();
    }

    /** The module {@code name}: ports {@code a}, {@code b}, {@code sum} [width], sum = a + b mod 2^width. */
    public HdlModule build(String name, int width) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(title + " adder: sum = a + b mod 2^" + width + ".");
        Signal a = m.input("a", width);
        Signal b = m.input("b", width);
        Signal sum = m.output("sum", width);
        if (this == PLUS || width == 1) {
            m.assign(sum, this == PLUS ? a.add(b) : a.xor(b));
            return m.build();
        }
        Signal propagate = m.wire("propagate_bits", a.xor(b), "p_i = a_i ^ b_i");
        Signal generate = m.wire("generate_bits", a.slice(width - 2, 0).and(b.slice(width - 2, 0)),
                "g_i = a_i & b_i (the top bit's carry out is not needed)");
        List<Node> nodes = nodes(width - 1);
        Expr[] g = new Expr[width - 1];
        Expr[] p = new Expr[width - 1];
        for (int i = 0; i < width - 1; i++) {
            g[i] = generate.bit(i);
            p[i] = propagate.bit(i);
        }
        boolean[] needP = neededPropagates(nodes, width - 1);
        for (int k = 0; k < nodes.size(); k++) {
            Node node = nodes.get(k);
            String at = "_l" + node.level + "_" + node.hi;
            Expr gNew = g[node.hi].or(p[node.hi].and(g[node.lo]));
            Expr pNew = needP[k] ? p[node.hi].and(p[node.lo]) : null;
            g[node.hi] = m.wire("g" + at, gNew);
            if (pNew != null) {
                p[node.hi] = m.wire("p" + at, pNew);
            }
        }
        List<Expr> carries = new ArrayList<>();
        for (int i = width - 2; i >= 0; i--) {
            carries.add(g[i]);
        }
        Signal carry = m.wire("carries", Expr.concat(carries), "carries[i] = G[i:0], the carry into bit i + 1");
        m.assign(sum, propagate.xor(Expr.concat(carry, Constant.zero(1))));
        return m.build();
    }

    /** One prefix node: bit {@code hi}'s group absorbs bit {@code lo}'s (adjacent) group. */
    record Node(int level, int hi, int lo) {
    }

    /** The prefix network over {@code bits} (g, p) pairs, in evaluation order; checked to be complete. */
    List<Node> nodes(int bits) {
        List<Node> out = new ArrayList<>();
        int levels = 32 - Integer.numberOfLeadingZeros(Math.max(1, bits - 1));
        switch (this) {
            case RIPPLE -> {
                for (int i = 1; i < bits; i++) {
                    out.add(new Node(i, i, i - 1));
                }
            }
            case SKLANSKY -> {
                for (int k = 0; k < levels; k++) {
                    for (int i = 0; i < bits; i++) {
                        if ((i >> k & 1) == 1) {
                            out.add(new Node(k + 1, i, (i >> k << k) - 1));
                        }
                    }
                }
            }
            case KOGGE_STONE -> {
                for (int k = 0; k < levels; k++) {
                    for (int i = bits - 1; i >= 1 << k; i--) {
                        out.add(new Node(k + 1, i, i - (1 << k)));
                    }
                }
            }
            case BRENT_KUNG -> {
                int level = 0;
                for (int k = 0; k < levels; k++) {
                    level++;
                    for (int i = (2 << k) - 1; i < bits; i += 2 << k) {
                        out.add(new Node(level, i, i - (1 << k)));
                    }
                }
                for (int k = levels - 2; k >= 0; k--) {
                    level++;
                    for (int i = 3 * (1 << k) - 1; i < bits; i += 2 << k) {
                        out.add(new Node(level, i, i - (1 << k)));
                    }
                }
            }
            case PLUS -> throw new IllegalStateException("'+' has no prefix network");
        }
        checkComplete(out, bits);
        return out;
    }

    /** Each node joins adjacent groups, and every bit ends with its group reaching bit 0. */
    private void checkComplete(List<Node> nodes, int bits) {
        int[] low = new int[bits];
        for (int i = 0; i < bits; i++) {
            low[i] = i;
        }
        for (Node node : nodes) {
            if (low[node.hi] != node.lo + 1) {
                throw new IllegalStateException(this + ": node " + node + " joins non-adjacent groups");
            }
            low[node.hi] = low[node.lo];
        }
        for (int i = 0; i < bits; i++) {
            if (low[i] != 0) {
                throw new IllegalStateException(this + ": bit " + i + " ends with group [" + i + ":" + low[i] + "]");
            }
        }
    }

    /** Whether each node must also form its group propagate: a later node reads it. */
    private static boolean[] neededPropagates(List<Node> nodes, int bits) {
        boolean[] need = new boolean[nodes.size()];
        // the node (index) currently holding each bit's value, -1 for the bit's own (g, p)
        int[][] hiSource = new int[nodes.size()][];
        int[] current = new int[bits];
        Arrays.fill(current, -1);
        for (int k = 0; k < nodes.size(); k++) {
            Node node = nodes.get(k);
            hiSource[k] = new int[] {current[node.hi], current[node.lo]};
            current[node.hi] = k;
        }
        for (int k = nodes.size() - 1; k >= 0; k--) {
            int hiSrc = hiSource[k][0];
            int loSrc = hiSource[k][1];
            if (hiSrc >= 0) {
                need[hiSrc] = true; // g = g_hi | p_hi & g_lo reads p_hi
            }
            if (need[k] && loSrc >= 0) {
                need[loSrc] = true;
            }
        }
        return need;
    }
}
