package org.approxmac.spec;

import static org.approxmac.spec.ParamDescriptor.architecture;

import java.util.List;

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
}
