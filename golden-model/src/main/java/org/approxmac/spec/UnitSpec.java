package org.approxmac.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fully resolved design: kind, every parameter (defaults filled in), and whether it is a MAC.
 * Construct through {@link #parse(String)} or {@link #of(Kind, Map, boolean, Integer)}, which
 * validate; the canonical string ({@link #canonical()}) lists all keys in descriptor order and parses
 * back to an equal spec.
 *
 * @param kind             the kind of unit
 * @param params           every parameter's canonical value, in descriptor order
 * @param mac              whether the unit is the MAC wrapper around the multiplier
 * @param accumulatorWidth accumulator width A for integer MACs, the result format's width ({@code acc}, 32 for
 *                         FP32) for floating MACs, 0 otherwise
 */
public record UnitSpec(Kind kind, Map<String, String> params, boolean mac, int accumulatorWidth) {

    public UnitSpec {
        Objects.requireNonNull(kind);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Parses a spec string such as {@code mitchw:n=16,w=6,mac,acc=40}; see {@link SpecParser}. */
    public static UnitSpec parse(String text) {
        return SpecParser.parse(text);
    }

    /**
     * Validates and completes a spec from explicit values (strings as in a spec; missing keys take
     * their defaults). {@code acc} may be null for the default.
     */
    public static UnitSpec of(Kind kind, Map<String, String> values, boolean mac, Integer acc) {
        return SpecParser.resolve(kind, values, mac, acc);
    }

    /** Operand width N in bits (16 for bf16, 32 for fp32, 1 + e + m for the other floating kinds). */
    public int n() {
        return switch (kind) {
            case BF16 -> 16;
            case FP32 -> 32;
            default -> kind.floating() ? 1 + intParam("e") + intParam("m") : intParam("n");
        };
    }

    /** Product width: 2N for integer kinds, the result format's width ({@code acc}, FP32 by default) for floating kinds. */
    public int productWidth() {
        return kind.floating() ? SpecParser.resultFormatWidth(params.get("acc")) : 2 * n();
    }

    /**
     * Width of the unit's result: the accumulator for a MAC (an array's R x C accumulators side by side),
     * else the product (the sum of a dot product).
     */
    public int outputWidth() {
        return mac ? elements() * accumulatorWidth : sumWidth();
    }

    /** Rows R of a processing-element array (the {@code rows} key; 1 for every other unit). */
    public int rows() {
        return params.containsKey("rows") ? intParam("rows") : 1;
    }

    /** Columns C of a processing-element array (the {@code cols} key; 1 for every other unit). */
    public int cols() {
        return params.containsKey("cols") ? intParam("cols") : 1;
    }

    /** The processing elements of the unit: R x C for an array, else 1. */
    public int elements() {
        return rows() * cols();
    }

    /** Whether the unit is an array of two or more MAC processing elements. */
    public boolean array() {
        return elements() > 1;
    }

    /** Whether an array's elements share each broadcast operand's conversion (the {@code share} key). */
    public boolean sharedOperands() {
        return array() && param("share").equals("operands");
    }

    /**
     * One processing element of an array: the same MAC with {@code rows}, {@code cols} and {@code share}
     * at their defaults (the accumulator width kept); for any other unit the unit itself.
     */
    public UnitSpec element() {
        if (!array()) {
            return this;
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        for (String key : new String[] {"rows", "cols", "share"}) {
            kind.descriptor().param(key).ifPresent(d -> p.put(key, d.defaultValue()));
        }
        return new UnitSpec(kind, p, mac, accumulatorWidth);
    }

    /** Operands in port a: an array's R rows, a dot product's K lanes, else 1. */
    public int aOperands() {
        return array() ? rows() : lanes();
    }

    /** Operands in port b: an array's C columns, a dot product's K lanes, else 1. */
    public int bOperands() {
        return array() ? cols() : lanes();
    }

    /** Width of port a: its operands side by side, operand i at bits [i*N +: N]. */
    public int aPortWidth() {
        return aOperands() * n();
    }

    /** Width of port b: its operands side by side. */
    public int bPortWidth() {
        return bOperands() * n();
    }

    /**
     * The lanes K of a dot-product unit (the {@code dot} key): how many products it sums per cycle; 1
     * for a single multiplier or MAC and for kinds without the key.
     */
    public int lanes() {
        return params.containsKey("dot") ? intParam("dot") : 1;
    }

    /** Whether the unit is a dot-product unit of two or more lanes. */
    public boolean dot() {
        return lanes() > 1;
    }

    /**
     * Width of the sum of {@link #lanes()} products: for integer kinds the exact sum's, the product width
     * plus ceil(log2 K) guard bits (the product width itself for one lane); 32 (an FP32 value) for floating kinds.
     */
    public int sumWidth() {
        return kind.floating() ? productWidth() : productWidth() + guardBits(lanes());
    }

    /** ceil(log2 k): the bits a sum of k values needs beyond one value's width. */
    public static int guardBits(int k) {
        return 32 - Integer.numberOfLeadingZeros(k - 1);
    }

    /**
     * One lane of this unit as a bare multiplier: keys that shape only a MAC, or only the outermost
     * design ({@code dot}, {@code stages}), back at their defaults; for a plain multiplier the
     * multiplier itself.
     */
    public UnitSpec lane() {
        return new UnitSpec(kind, bareParams(), false, 0);
    }

    public int intParam(String key) {
        return Integer.parseInt(param(key));
    }

    public boolean boolParam(String key) {
        return Boolean.parseBoolean(param(key));
    }

    public String param(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new IllegalArgumentException(kind.specName() + " has no parameter " + key);
        }
        return v;
    }

    /** Sign handling of an integer kind. */
    public SignMode sign() {
        return SignMode.bySpecName(param("sign"));
    }

    /** Whether operands are signed (two's-complement patterns); true for floating kinds. */
    public boolean signedOperands() {
        return kind.floating() || sign().signed();
    }

    /**
     * The bits per operand log value of a log multiplier (leading one + fraction bits): w for mitchw
     * and mitchwu, n for mitchell.
     */
    public int keptBits() {
        return switch (kind) {
            case MITCHW, MITCHWU -> intParam("w");
            case DRALM -> intParam("t");
            case MITCHELL, ALMSOA -> n();
            default -> throw new IllegalStateException(kind.specName() + " is not a log multiplier");
        };
    }

    /**
     * Clock cycles between a unit's inputs and the output they produce, beyond the combinational
     * unit (whose MAC shows its accumulator one edge after the inputs): the {@code stages} key.
     */
    public int latency() {
        return params.containsKey("stages") ? intParam("stages") : 0;
    }

    /**
     * The same unit with {@code stages} = {@code latency} (0..{@link Kind#MAX_STAGES}), validated as a
     * parsed spec is: a unit that cannot be pipelined yet (a dot product, an array) is refused with the
     * parser's one-line error.
     */
    public UnitSpec withLatency(int latency) {
        if (latency < 0 || latency > Kind.MAX_STAGES) {
            throw new SpecException("latency " + latency + " is out of range (accepted: 0.." + Kind.MAX_STAGES + ")");
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("stages", Integer.toString(latency));
        return of(kind, p, mac, mac && !kind.floating() ? accumulatorWidth : null);
    }

    /**
     * The same unit as a bare multiplier, as a MAC builds it inside, and a dot-product unit's lanes
     * multiply: for a MAC or a dot product ({@link #lane()}) keys that shape only a MAC, or only the
     * outermost design ({@code dot}, {@code stages}), back at their defaults; a plain multiplier itself.
     */
    public UnitSpec multiplier() {
        return mac || dot() ? lane() : this;
    }

    private Map<String, String> bareParams() {
        Map<String, String> bare = new LinkedHashMap<>(params);
        for (ParamDescriptor p : kind.descriptor().params()) {
            if (p.scope() != ParamDescriptor.Scope.UNIT) {
                bare.put(p.key(), p.defaultValue());
            }
        }
        return bare;
    }

    /** The same unit as a MAC with the default accumulator. */
    public UnitSpec asMac() {
        return mac ? this : of(kind, params, true, null);
    }

    /**
     * Canonical spec string: all keys in fixed order, e.g. {@code mitchw:n=16,w=6,sign=c1,mac,acc=40};
     * architecture keys ({@link ParamDescriptor#architecture()}) only when not at their default.
     */
    public String canonical() {
        var sb = new StringBuilder(kind.specName()).append(':');
        for (ParamDescriptor p : kind.descriptor().params()) {
            String v = params.get(p.key());
            if (!p.omittedFromCanonical(v)) {
                sb.append(p.key()).append('=').append(v).append(',');
            }
        }
        if (mac) {
            sb.append("mac,");
            if (!kind.floating()) {
                sb.append("acc=").append(accumulatorWidth).append(',');
            }
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * A legal Verilog identifier and file base name derived from the canonical form, e.g.
     * {@code mitchw_n16_w6_c1_mac_acc40} or {@code fp32_fused_ieee_mac}.
     */
    public String identifier() {
        var sb = new StringBuilder(kind.specName());
        for (ParamDescriptor p : kind.descriptor().params()) {
            String v = params.get(p.key());
            if (p.omittedFromCanonical(v)) {
                continue;
            }
            sb.append('_');
            switch (p.type()) {
                case INT -> sb.append(p.key()).append(v);
                // share=none: "noshare"; a floating acc=fp16: "accfp16"
                case CHOICE -> sb.append(v.equals("none") ? "no" + p.key() : p.key().equals("acc") ? "acc" + v : v);
                case BOOL -> sb.append(Boolean.parseBoolean(v) ? "" : "no").append(p.key());
            }
        }
        if (mac) {
            sb.append("_mac");
            if (!kind.floating()) {
                sb.append("_acc").append(accumulatorWidth);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
