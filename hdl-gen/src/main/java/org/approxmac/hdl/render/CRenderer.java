package org.approxmac.hdl.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.approxmac.hdl.builder.Assignment;
import org.approxmac.hdl.builder.Binary;
import org.approxmac.hdl.builder.Concat;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.Mux;
import org.approxmac.hdl.builder.Replicate;
import org.approxmac.hdl.builder.Shift;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignalKind;
import org.approxmac.hdl.builder.SignedProduct;
import org.approxmac.hdl.builder.Slice;
import org.approxmac.hdl.builder.Unary;

/**
 * Renders a flat combinational {@link HdlModule} (no instances, no registers: see
 * {@link org.approxmac.hdl.pipeline.Flattener}) as the body of a straight-line C99 function with the
 * same semantics as {@link org.approxmac.hdl.builder.Evaluator}: one {@code const} local per signal,
 * named after it, in dependency order. A signal of at most 64 bits is a {@code uint64_t} holding its
 * value (bits above its width zero); a wider one is an {@code am_wide}, a fixed array of
 * {@link #words} 64-bit words, least significant first, handled by the {@code am_} helper functions
 * that {@link #helpers} emits.
 */
public final class CRenderer {

    /** The widest signal this renderer accepts, in bits (a 64-bit multiplier needs about 130). */
    public static final int MAX_WIDTH = 1024;

    private static final Set<String> RESERVED = Set.of("auto", "break", "case", "char", "const", "continue",
            "default", "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int",
            "long", "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch",
            "typedef", "union", "unsigned", "void", "volatile", "while", "product", "main");

    private final HdlModule module;
    private final int words;
    private final Map<String, String> names = new HashMap<>();

    /** A renderer for {@code module}; refuses registers, instances and signals wider than {@link #MAX_WIDTH}. */
    public CRenderer(HdlModule module) {
        if (!module.instances().isEmpty() || !module.clocked().isEmpty()) {
            throw new HdlException("module '" + module.name() + "' is not flat and combinational: flatten it first");
        }
        int widest = 1;
        List<Signal> all = new ArrayList<>(module.ports());
        all.addAll(module.internals());
        for (Signal s : all) {
            widest = Math.max(widest, s.width());
        }
        if (widest > MAX_WIDTH) {
            throw new HdlException("module '" + module.name() + "' has a " + widest + "-bit signal; the C renderer"
                    + " handles at most " + MAX_WIDTH + " bits");
        }
        this.module = module;
        this.words = (widest + 63) / 64;
        for (Signal s : all) {
            names.put(s.name(), cName(s.name()));
        }
    }

    /** The number of 64-bit words of an {@code am_wide} value (1 when every signal fits in 64 bits). */
    public int words() {
        return words;
    }

    /** The C name of a signal: its own name unless that is a C keyword or clashes with the helpers. */
    public String name(Signal s) {
        return names.get(s.name());
    }

    private static String cName(String name) {
        return RESERVED.contains(name) || name.startsWith("am_") || name.startsWith("AM_") ? name + "_" : name;
    }

    /** The C type of a signal of {@code width} bits. */
    public static String type(int width) {
        return width <= 64 ? "uint64_t" : "am_wide";
    }

    /**
     * The statements computing every internal signal and output from the inputs (which must be
     * declared by the caller under their {@link #name}s, masked to their widths), indented by
     * {@code indent}.
     */
    public String body(String indent) {
        StringBuilder out = new StringBuilder();
        Set<String> read = new HashSet<>();
        for (Assignment a : module.assignments()) {
            a.value().reads(s -> read.add(s.signal().name()));
        }
        for (Assignment a : ordered()) {
            Signal t = a.target();
            if (!a.comment().isEmpty()) {
                out.append(indent).append("/* ").append(a.comment().replace("*/", "* /")).append(" */\n");
            }
            out.append(indent).append("const ").append(type(t.width())).append(' ').append(name(t)).append(" = ")
                    .append(expr(a.value()).text).append(";\n");
            if (!read.contains(t.name()) && t.kind() != SignalKind.OUTPUT) {
                out.append(indent).append("(void)").append(name(t)).append(";\n");
            }
        }
        return out.toString();
    }

    /** The assignments in dependency order, each as early as its inputs allow (ties: declaration order). */
    private List<Assignment> ordered() {
        List<Assignment> list = module.assignments();
        Map<String, Integer> driverOf = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            driverOf.put(list.get(i).target().name(), i);
        }
        int[] pending = new int[list.size()];
        List<List<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            readers.add(new ArrayList<>());
        }
        for (int i = 0; i < list.size(); i++) {
            Set<Integer> deps = new HashSet<>();
            list.get(i).value().reads(s -> {
                Integer d = driverOf.get(s.signal().name());
                if (d != null) {
                    deps.add(d);
                }
            });
            pending[i] = deps.size();
            for (int d : deps) {
                readers.get(d).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < list.size(); i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        List<Assignment> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            out.add(list.get(i));
            for (int r : readers.get(i)) {
                if (--pending[r] == 0) {
                    ready.add(r);
                }
            }
        }
        if (out.size() != list.size()) {
            throw new HdlException("module '" + module.name() + "' has a combinational loop");
        }
        return out;
    }

    /** C text of an expression and whether it is an {@code am_wide}. */
    private record Code(String text, boolean wide) {
    }

    private Code expr(Expr e) {
        int w = e.width();
        boolean wide = w > 64;
        if (e instanceof Signal s) {
            return new Code(name(s), wide);
        }
        if (e instanceof Slice s) {
            return slice(s);
        }
        if (e instanceof Constant c) {
            return constant(c.value(), w);
        }
        if (e instanceof Concat c) {
            return concat(c.parts());
        }
        if (e instanceof Replicate r) {
            return replicate(r);
        }
        if (e instanceof Unary u) {
            return unary(u);
        }
        if (e instanceof Binary b) {
            return binary(b.op(), b.left(), b.right(), w);
        }
        if (e instanceof SignedProduct p) {
            return binary("*", p.left(), p.right(), w);
        }
        if (e instanceof Shift s) {
            return shift(s);
        }
        Mux m = (Mux) e;
        return new Code("(" + expr(m.select()).text + " ? " + expr(m.whenOne()).text + " : " + expr(m.whenZero()).text
                + ")", wide);
    }

    private Code slice(Slice s) {
        Signal sig = s.signal();
        String n = name(sig);
        int w = s.width();
        if (sig.width() > 64) {
            return w > 64 ? new Code("am_slice(" + n + ", " + s.lo() + ", " + w + ")", true)
                    : new Code("am_bits(" + n + ", " + s.lo() + ", " + w + ")", false);
        }
        String shifted = s.lo() == 0 ? n : "(" + n + " >> " + s.lo() + ")";
        return new Code(s.hi() == sig.width() - 1 ? shifted : "(" + shifted + " & " + mask(w) + ")", false);
    }

    private Code constant(BigInteger value, int w) {
        if (w <= 64) {
            return new Code(literal(value), false);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            parts.add(literal(value.shiftRight(64 * i).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))));
        }
        return new Code("((am_wide){{" + String.join(", ", parts) + "}})", true);
    }

    private static String literal(BigInteger v) {
        return v.bitLength() <= 16 ? "UINT64_C(" + v + ")" : "UINT64_C(0x" + v.toString(16) + ")";
    }

    /** The mask of {@code w} low ones, {@code 1 <= w <= 64}. */
    static String mask(int w) {
        return literal(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
    }

    private Code concat(List<Expr> parts) {
        int total = parts.stream().mapToInt(Expr::width).sum();
        if (total <= 64) {
            List<String> terms = new ArrayList<>();
            int offset = total;
            for (Expr p : parts) {
                offset -= p.width();
                String t = expr(p).text;
                terms.add(offset == 0 ? t : "(" + t + " << " + offset + ")");
            }
            return new Code("(" + String.join(" | ", terms) + ")", false);
        }
        String acc = null;
        int offset = total;
        for (Expr p : parts) {
            offset -= p.width();
            Code c = expr(p);
            String placed = c.wide ? "am_shl_c(" + c.text + ", " + offset + ", " + total + ")"
                    : "am_place(" + c.text + ", " + offset + ")";
            acc = acc == null ? placed : "am_or(" + acc + ", " + placed + ")";
        }
        return new Code(acc, true);
    }

    private Code replicate(Replicate r) {
        int vw = r.value().width();
        if (r.width() <= 64) {
            BigInteger ones = BigInteger.ZERO;
            for (int i = 0; i < r.count(); i++) {
                ones = ones.shiftLeft(vw).or(BigInteger.ONE);
            }
            return new Code("(" + expr(r.value()).text + " * " + literal(ones) + ")", false);
        }
        return concat(Collections.nCopies(r.count(), r.value()));
    }

    private Code unary(Unary u) {
        Code x = expr(u.operand());
        int ow = u.operand().width();
        return switch (u.op()) {
            case "~" -> x.wide ? new Code("am_not(" + x.text + ", " + ow + ")", true)
                    : new Code("(" + x.text + " ^ " + mask(ow) + ")", false);
            case "-" -> x.wide ? new Code("am_neg(" + x.text + ", " + ow + ")", true)
                    : new Code("((UINT64_C(0) - " + x.text + ") & " + mask(ow) + ")", false);
            case "|" -> new Code(x.wide ? "am_any(" + x.text + ")" : "(uint64_t)(" + x.text + " != 0)", false);
            case "&" -> new Code(x.wide ? "am_all(" + x.text + ", " + ow + ")"
                    : "(uint64_t)(" + x.text + " == " + mask(ow) + ")", false);
            case "^" -> new Code((x.wide ? "am_parity(" : "am_parity64(") + x.text + ")", false);
            default -> throw new HdlException("unknown unary operator " + u.op());
        };
    }

    private Code binary(String op, Expr left, Expr right, int w) {
        Code l = expr(left);
        Code r = expr(right);
        boolean wideOperands = left.width() > 64;
        switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> {
                return new Code(wideOperands ? "(uint64_t)(am_cmp(" + l.text + ", " + r.text + ") " + op + " 0)"
                        : "(uint64_t)(" + l.text + " " + op + " " + r.text + ")", false);
            }
            case "&", "|", "^" -> {
                String fn = op.equals("&") ? "am_and" : op.equals("|") ? "am_or" : "am_xor";
                return wideOperands ? new Code(fn + "(" + l.text + ", " + r.text + ")", true)
                        : new Code("(" + l.text + " " + op + " " + r.text + ")", false);
            }
            case "+", "-", "*" -> {
                if (wideOperands) {
                    String fn = op.equals("+") ? "am_add" : op.equals("-") ? "am_sub" : "am_mul";
                    return new Code(fn + "(" + l.text + ", " + r.text + ", " + w + ")", true);
                }
                String raw = "(" + l.text + " " + op + " " + r.text + ")";
                return new Code(w == 64 ? raw : "(" + raw + " & " + mask(w) + ")", false);
            }
            default -> throw new HdlException("unknown binary operator " + op);
        }
    }

    private Code shift(Shift s) {
        Code v = expr(s.value());
        int w = s.width();
        boolean left = s.op().equals("<<");
        if (s.amount() instanceof Constant c) {
            int amount = c.value().min(BigInteger.valueOf(MAX_WIDTH + 1)).intValue();
            if (v.wide) {
                return new Code(left ? "am_shl_c(" + v.text + ", " + amount + ", " + w + ")"
                        : "am_shr_c(" + v.text + ", " + amount + ")", true);
            }
            if (amount >= w) {
                return new Code("UINT64_C(0)", false);
            }
            return new Code(left ? "((" + v.text + " << " + amount + ") & " + mask(w) + ")"
                    : "(" + v.text + " >> " + amount + ")", false);
        }
        Code a = expr(s.amount());
        String amount = a.wide ? "am_amount(" + a.text + ")" : a.text;
        if (v.wide) {
            return new Code((left ? "am_shl(" : "am_shr(") + v.text + ", " + amount + ", " + w + ")", true);
        }
        return new Code((left ? "am_shl64(" : "am_shr64(") + v.text + ", " + amount + ", " + w + ")", false);
    }

    /**
     * The {@code static inline} helper functions the body may call: the 64-bit ones always, the
     * {@code am_wide} type and its operations when some signal is wider than 64 bits.
     */
    public String helpers() {
        StringBuilder h = new StringBuilder();
        h.append("""
                /* Shifts of a value of 'width' bits (at most 64) by a variable amount; vacated bits are zero. */
                static inline uint64_t am_shl64(uint64_t x, uint64_t amount, int width) {
                    if (amount >= (uint64_t)width) return 0;
                    x <<= amount;
                    return width == 64 ? x : x & ((UINT64_C(1) << width) - 1);
                }

                static inline uint64_t am_shr64(uint64_t x, uint64_t amount, int width) {
                    return amount >= (uint64_t)width ? 0 : x >> amount;
                }

                /* 1 if x has an odd number of 1 bits. */
                static inline uint64_t am_parity64(uint64_t x) {
                    x ^= x >> 32; x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1;
                    return x & 1;
                }
                """);
        if (words == 1) {
            return h.toString();
        }
        h.append("\n/* Values wider than 64 bits: AM_WORDS words, least significant first; bits above a value's"
                + " width are zero. */\n#define AM_WORDS ").append(words).append("\n");
        h.append("""
                typedef struct { uint64_t w[AM_WORDS]; } am_wide;

                static inline am_wide am_zero(void) {
                    am_wide r;
                    int i;
                    for (i = 0; i < AM_WORDS; i++) r.w[i] = 0;
                    return r;
                }

                /* x with every bit at or above 'width' cleared. */
                static inline am_wide am_trim(am_wide x, int width) {
                    int i;
                    for (i = 0; i < AM_WORDS; i++) {
                        int lo = 64 * i;
                        if (lo >= width) x.w[i] = 0;
                        else if (width - lo < 64) x.w[i] &= (UINT64_C(1) << (width - lo)) - 1;
                    }
                    return x;
                }

                /* The 64-bit value v placed at bit 'offset'. */
                static inline am_wide am_place(uint64_t v, int offset) {
                    am_wide r = am_zero();
                    int word = offset / 64, bit = offset % 64;
                    if (word < AM_WORDS) r.w[word] = v << bit;
                    if (bit != 0 && word + 1 < AM_WORDS) r.w[word + 1] = v >> (64 - bit);
                    return r;
                }

                static inline am_wide am_shl_c(am_wide x, int amount, int width) {
                    am_wide r = am_zero();
                    int i;
                    if (amount >= width) return r;
                    for (i = AM_WORDS - 1; i >= 0; i--) {
                        int src = i - amount / 64, bit = amount % 64;
                        uint64_t v = 0;
                        if (src >= 0) v = x.w[src] << bit;
                        if (bit != 0 && src - 1 >= 0) v |= x.w[src - 1] >> (64 - bit);
                        r.w[i] = v;
                    }
                    return am_trim(r, width);
                }

                static inline am_wide am_shr_c(am_wide x, int amount) {
                    am_wide r = am_zero();
                    int i;
                    for (i = 0; i < AM_WORDS; i++) {
                        int src = i + amount / 64, bit = amount % 64;
                        uint64_t v = 0;
                        if (src < AM_WORDS) v = x.w[src] >> bit;
                        if (bit != 0 && src + 1 < AM_WORDS) v |= x.w[src + 1] << (64 - bit);
                        r.w[i] = v;
                    }
                    return r;
                }

                /* A shift amount read from a wide value, saturated (any amount past 2^64 - 1 clears anyway). */
                static inline uint64_t am_amount(am_wide x) {
                    int i;
                    for (i = 1; i < AM_WORDS; i++) if (x.w[i] != 0) return UINT64_MAX;
                    return x.w[0];
                }

                static inline am_wide am_shl(am_wide x, uint64_t amount, int width) {
                    return amount >= (uint64_t)width ? am_zero() : am_shl_c(x, (int)amount, width);
                }

                static inline am_wide am_shr(am_wide x, uint64_t amount, int width) {
                    return amount >= (uint64_t)width ? am_zero() : am_shr_c(x, (int)amount);
                }

                /* Bits lo .. lo + width - 1 of x, width at most 64. */
                static inline uint64_t am_bits(am_wide x, int lo, int width) {
                    uint64_t v = am_shr_c(x, lo).w[0];
                    return width == 64 ? v : v & ((UINT64_C(1) << width) - 1);
                }

                static inline am_wide am_slice(am_wide x, int lo, int width) {
                    return am_trim(am_shr_c(x, lo), width);
                }

                static inline am_wide am_and(am_wide x, am_wide y) {
                    int i;
                    for (i = 0; i < AM_WORDS; i++) x.w[i] &= y.w[i];
                    return x;
                }

                static inline am_wide am_or(am_wide x, am_wide y) {
                    int i;
                    for (i = 0; i < AM_WORDS; i++) x.w[i] |= y.w[i];
                    return x;
                }

                static inline am_wide am_xor(am_wide x, am_wide y) {
                    int i;
                    for (i = 0; i < AM_WORDS; i++) x.w[i] ^= y.w[i];
                    return x;
                }

                static inline am_wide am_not(am_wide x, int width) {
                    int i;
                    for (i = 0; i < AM_WORDS; i++) x.w[i] = ~x.w[i];
                    return am_trim(x, width);
                }

                static inline am_wide am_add(am_wide x, am_wide y, int width) {
                    uint64_t carry = 0;
                    int i;
                    for (i = 0; i < AM_WORDS; i++) {
                        uint64_t s = x.w[i] + carry;
                        uint64_t c1 = s < carry;
                        x.w[i] = s + y.w[i];
                        carry = c1 | (x.w[i] < s);
                    }
                    return am_trim(x, width);
                }

                static inline am_wide am_sub(am_wide x, am_wide y, int width) {
                    uint64_t borrow = 0;
                    int i;
                    for (i = 0; i < AM_WORDS; i++) {
                        uint64_t d = x.w[i] - y.w[i];
                        uint64_t b1 = x.w[i] < y.w[i];
                        x.w[i] = d - borrow;
                        borrow = b1 | (d < borrow);
                    }
                    return am_trim(x, width);
                }

                static inline am_wide am_neg(am_wide x, int width) {
                    return am_sub(am_zero(), x, width);
                }

                /* The product mod 2^width, schoolbook on 32-bit halves. */
                static inline am_wide am_mul(am_wide x, am_wide y, int width) {
                    uint32_t a[2 * AM_WORDS], b[2 * AM_WORDS], r[2 * AM_WORDS];
                    am_wide out;
                    int i, j;
                    for (i = 0; i < AM_WORDS; i++) {
                        a[2 * i] = (uint32_t)x.w[i]; a[2 * i + 1] = (uint32_t)(x.w[i] >> 32);
                        b[2 * i] = (uint32_t)y.w[i]; b[2 * i + 1] = (uint32_t)(y.w[i] >> 32);
                    }
                    for (i = 0; i < 2 * AM_WORDS; i++) r[i] = 0;
                    for (i = 0; i < 2 * AM_WORDS; i++) {
                        uint64_t carry = 0;
                        for (j = 0; i + j < 2 * AM_WORDS; j++) {
                            uint64_t t = (uint64_t)a[i] * b[j] + r[i + j] + carry;
                            r[i + j] = (uint32_t)t;
                            carry = t >> 32;
                        }
                    }
                    for (i = 0; i < AM_WORDS; i++) out.w[i] = (uint64_t)r[2 * i] | ((uint64_t)r[2 * i + 1] << 32);
                    return am_trim(out, width);
                }

                /* -1, 0 or 1 as x is below, equal to or above y (unsigned). */
                static inline int am_cmp(am_wide x, am_wide y) {
                    int i;
                    for (i = AM_WORDS - 1; i >= 0; i--) {
                        if (x.w[i] != y.w[i]) return x.w[i] < y.w[i] ? -1 : 1;
                    }
                    return 0;
                }

                static inline uint64_t am_any(am_wide x) {
                    int i;
                    for (i = 0; i < AM_WORDS; i++) if (x.w[i] != 0) return 1;
                    return 0;
                }

                static inline uint64_t am_all(am_wide x, int width) {
                    return (uint64_t)(am_cmp(x, am_not(am_zero(), width)) == 0);
                }

                static inline uint64_t am_parity(am_wide x) {
                    uint64_t p = 0;
                    int i;
                    for (i = 0; i < AM_WORDS; i++) p ^= x.w[i];
                    return am_parity64(p);
                }
                """);
        return h.toString();
    }
}
