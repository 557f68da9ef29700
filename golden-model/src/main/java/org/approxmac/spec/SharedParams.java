package org.approxmac.spec;

import static org.approxmac.spec.ParamDescriptor.architecture;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameter descriptors that several kinds share, written once. */
final class SharedParams {

    /** The carry-propagate adder choices of the HDL builder, in the order docs list them. */
    static final List<String> ADDERS = List.of("plus", "ripple", "bk", "ks", "sklansky");

    /**
     * The accumulate adder of an integer MAC built around an approximate multiplier: an RTL
     * architecture key (the function does not change) that only a MAC uses.
     */
    static final ParamDescriptor ACCUMULATE_ADDER = architecture("adder", ADDERS, "plus",
            "MAC accumulate adder: Verilog '+', ripple carry, Brent-Kung, Kogge-Stone or Sklansky parallel"
                    + " prefix (MACs only)").forMacOnly();

    /** The most lanes a dot-product unit may have. */
    static final int MAX_LANES = 64;

    /**
     * Lanes of a dot-product unit: the unit sums K products of the kind's multiplier exactly (a MAC adds
     * the sum to its accumulator). 1 is the single multiplier or MAC, the default, left out of canonical
     * forms so that every spec written before the key existed names the same design; a MAC's lane
     * multipliers are built with the default.
     */
    static final ParamDescriptor DOT = ParamDescriptor.integer("dot", Bound.of(1), Bound.of(MAX_LANES), Bound.of(1),
            "lanes K of a dot-product unit: the exact sum of K products a_i * b_i, operand lane i at bits"
                    + " [i*n +: n] of a and b (1: one multiplier)")
            .asOptional().forOutermost();

    /**
     * Lanes of a floating-point dot-product unit: the K products (each the kind's multiplier's FP32 result)
     * summed by a balanced tree of FP32 adders, each sum rounded to nearest even (docs/units.md).
     */
    static final ParamDescriptor FLOAT_DOT = ParamDescriptor.integer("dot", Bound.of(1), Bound.of(MAX_LANES),
            Bound.of(1), "lanes K of a dot-product unit: K products a_i * b_i (operand lane i at bits [i*n +: n]"
                    + " of a and b) summed in FP32 by a balanced tree of adders, lane pairs (0,1), (2,3), ... first,"
                    + " each sum rounded to nearest even (1: one multiplier)")
            .asOptional().forOutermost();

    /** The most rows or columns a processing-element array may have. */
    static final int MAX_ARRAY_SIDE = 16;

    /**
     * Rows R of an output-stationary array of R x C MAC processing elements: operand port a carries one
     * operand per row, broadcast along it (1, the default, with {@code cols} = 1: one MAC).
     */
    static final ParamDescriptor ROWS = ParamDescriptor.integer("rows", Bound.of(1), Bound.of(MAX_ARRAY_SIDE),
            Bound.of(1), "rows R of an output-stationary array of R x C MACs: a carries R operands, row r's at"
                    + " [r*n +: n], broadcast along the row (MACs only)")
            .asOptional().forMacOnly();

    /** Columns C of a processing-element array: operand port b carries one operand per column. */
    static final ParamDescriptor COLS = ParamDescriptor.integer("cols", Bound.of(1), Bound.of(MAX_ARRAY_SIDE),
            Bound.of(1), "columns C of the array: b carries C operands, column c's at [c*n +: n], broadcast down"
                    + " the column; acc holds the R*C accumulators, element (r, c) at [(r*C+c)*acc +: acc]"
                    + " (MACs only)")
            .asOptional().forMacOnly();

    /**
     * What an array's processing elements share (an architecture key, the function is the same): each
     * broadcast operand's conversion built once per row and column, or nothing.
     */
    static final ParamDescriptor SHARE = architecture("share", List.of("operands", "none"), "operands",
            "array RTL: each broadcast operand's conversion (sign, leading-one detection and log or segment"
                    + " encoding) built once per row and column and fed to its processing elements (operands),"
                    + " or a whole multiplier per element (none)").forMacOnly();

    /** The share key of a kind whose multiplier has no per-operand part to share (an exact multiplier). */
    static final ParamDescriptor SHARE_NONE = architecture("share", List.of("none"), "none",
            "array RTL: a whole multiplier per element (an exact multiplier's partial products need both"
                    + " operands, so no conversion is shared)").forMacOnly();

    /** The share key of a floating kind: a whole multiplier per element for now. */
    static final ParamDescriptor FLOAT_SHARE_NONE = architecture("share", List.of("none"), "none",
            "array RTL: a whole multiplier per element (sharing a broadcast operand's unpacking and"
                    + " subnormal normalisation is not built yet)").forMacOnly();

    /**
     * Pipeline latency of a unit (0: the combinational unit). The function (the sequence of products
     * or accumulator values) is unchanged, only delayed by the latency, so this is an architecture key;
     * it shapes the outermost design (a MAC pipelines its multiplier itself).
     */
    static final ParamDescriptor STAGES = ParamDescriptor.integer("stages", Bound.of(0), Bound.of(Kind.MAX_STAGES),
            Bound.of(0), "pipeline latency in cycles (0: combinational), initiation interval 1: a multiplier is"
                    + " registered into that many stages; an integer MAC registers its multiplier and the final adder"
                    + " of a carry-save accumulator, a floating MAC its product path (its rounded accumulation loop"
                    + " stays one cycle)")
            .asArchitecture().forOutermost();

    private SharedParams() {
    }

    /** Sign handling of an approximate integer kind whose default is the one's-complement approximation. */
    static final ParamDescriptor SIGN_C1 = ParamDescriptor.choice("sign", List.of("c1", "sm", "unsigned"), "c1",
            "sign handling: one's-complement approximation, exact sign-magnitude, unsigned");

    /** Sign handling of an approximate integer kind whose default is exact sign-magnitude. */
    static final ParamDescriptor SIGN_SM = ParamDescriptor.choice("sign", List.of("sm", "c1", "unsigned"), "sm",
            "sign handling: exact sign-magnitude, one's-complement approximation, unsigned");

    /**
     * The parameters of an approximate integer kind: its own (operand width, kind parameters, sign), then the
     * ones every such kind shares (the accumulate adder, dot products, arrays with shared conversion, stages).
     */
    /**
     * The parameters of a floating kind: its own (the format's widths), then subnormals, dot-product
     * lanes, array shape and stages, as {@code bf16}'s.
     */
    static List<ParamDescriptor> floating(ParamDescriptor... own) {
        List<ParamDescriptor> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(List.of(SIGNIFICAND_MULTIPLIER, SIGNIFICAND_W, SIGNIFICAND_K, SUBNORMALS, FLOAT_DOT, ROWS, COLS,
                FLOAT_SHARE_NONE, STAGES, RESULT_FORMAT));
        return List.copyOf(all);
    }

    /**
     * The formats a floating unit may round its products and accumulator into, with their exponent and
     * fraction bits (IEEE-style: subnormals, infinities, NaN), widest first.
     */
    static final Map<String, List<Integer>> RESULT_FORMATS = resultFormats();

    private static Map<String, List<Integer>> resultFormats() {
        Map<String, List<Integer>> formats = new LinkedHashMap<>();
        formats.put("fp32", List.of(8, 23));
        formats.put("tf32", List.of(8, 10));
        formats.put("bf16", List.of(8, 7));
        formats.put("fp16", List.of(5, 10));
        return Collections.unmodifiableMap(formats);
    }

    /**
     * The result format of a floating unit: its accumulator and every product (a bare multiplier's z, an
     * unfused MAC's rounded product, a dot product's sums). Left out of canonical forms at fp32.
     */
    static final ParamDescriptor RESULT_FORMAT = ParamDescriptor.choice("acc", List.copyOf(RESULT_FORMATS.keySet()),
            "fp32", "result format: the accumulator and every rounded product or sum (at least as wide as the"
                    + " operands in exponent and fraction bits)").asOptional();

    /** The integer kinds whose unsigned core may multiply a floating unit's significands. */
    static final List<String> SIGNIFICAND_CORES = List.of("exact", "mitchell", "mitchw", "drum");

    /**
     * The multiplier of a floating unit's significands: exact, or the unsigned core of an approximate
     * integer kind at the significand's width (its leading one always set, subnormals normalised first).
     * Exponents, signs, special values and rounding stay exact. Left out of canonical forms at exact.
     */
    static final ParamDescriptor SIGNIFICAND_MULTIPLIER = ParamDescriptor.choice("mult", SIGNIFICAND_CORES, "exact",
            "significand multiplier: exact, or the unsigned core of mitchell, mitchw (with w) or drum (with k) on the"
                    + " p-bit significands (p = fraction bits + 1); exponent, sign, special values and rounding stay"
                    + " exact").asOptional();

    /** The kept bits of a Mitch-w significand core, and a DRUM core's segment width, when no other is given. */
    static final int SIGNIFICAND_CORE_DEFAULT = 6;

    /** Mitch-w's kept bits on the significands: 0 (absent) unless {@code mult=mitchw}. */
    static final ParamDescriptor SIGNIFICAND_W = ParamDescriptor.integer("w", Bound.of(0), Bound.of(24), Bound.of(0),
            "with mult=mitchw: bits kept per significand, 1..p (default min(6, p)); 0 otherwise").asOptional();

    /** DRUM's segment width on the significands: 0 (absent) unless {@code mult=drum}. */
    static final ParamDescriptor SIGNIFICAND_K = ParamDescriptor.integer("k", Bound.of(0), Bound.of(24), Bound.of(0),
            "with mult=drum: segment width on the significands, 3..p (default min(6, p)); 0 otherwise").asOptional();

    /** Subnormal handling of a floating kind. */
    static final ParamDescriptor SUBNORMALS = ParamDescriptor.choice("subnormals", List.of("ieee", "ftz"), "ieee",
            "subnormal inputs and results: honoured (ieee) or flushed to zero (ftz)");

    /**
     * A floating format preset: operands of e exponent and m fraction bits (fixed), FP32 products and
     * accumulator, always fused (the products are exact in FP32), the floating kinds' shared keys.
     */
    static KindDescriptor floatPreset(String name, String operands, String paper, int e, int m) {
        return new KindDescriptor(name, operands + ", FP32 product and FP32 accumulator", paper, true, null,
                floating(fixedWidth("e", e, "exponent bits"), fixedWidth("m", m, "fraction bits")));
    }

    /** A floating preset's fixed width (exponent or fraction bits), shown in docs but never written in specs. */
    static ParamDescriptor fixedWidth(String key, int bits, String what) {
        return ParamDescriptor.integer(key, Bound.of(bits), Bound.of(bits), Bound.of(bits), what + " (fixed)")
                .asOptional();
    }

    static List<ParamDescriptor> approximateInteger(ParamDescriptor... own) {
        List<ParamDescriptor> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(List.of(ACCUMULATE_ADDER, DOT, ROWS, COLS, SHARE, STAGES));
        return List.copyOf(all);
    }
}
