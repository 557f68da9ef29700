package org.approxmac.hdl.wrapper;

import java.util.Map;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.PrefixOr;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * The one integer MAC wrapper (docs/units.md, "The MAC contract"): ports {@code clk}, {@code rst}
 * (synchronous, active high), {@code en}, {@code clr}, {@code a}, {@code b}, {@code acc} (A bits,
 * the register). On each rising edge: if rst, acc &lt;- 0; else if en,
 * acc &lt;- (clr ? 0 : acc) + product(a, b), the product sign-extended (zero-extended for unsigned
 * operands) to A bits, mod 2^A. Inputs are not registered. The sum comes either from a multiplier and
 * a separate accumulate adder, or from a fused multiply-add unit that takes the accumulator as one
 * more row of its compressor tree (one carry-propagate adder in all).
 * <pre>
 *  a, b --> multiplier --> product --[sign/zero extend to A]--+
 *                                                              (+)--> acc_next --[en, rst]--> acc
 *  acc --[clr ? 0 : acc]---------------------------------------+
 *
 *  fused:  a, b, (clr ? 0 : acc) --> multiply-add --> acc_next --[en, rst]--> acc
 * </pre>
 */
public final class MacWrapperRtl {

    private MacWrapperRtl() {
    }

    /**
     * The MAC module {@code name} around {@code multiplier} (ports a, b, z), accumulating in
     * {@code accumulatorWidth} bits with Verilog {@code +}.
     */
    public static HdlModule build(String name, HdlModule multiplier, int accumulatorWidth, boolean signedProduct) {
        return build(name, multiplier, accumulatorWidth, signedProduct, CarryPropagateAdder.PLUS);
    }

    /** As {@link #build(String, HdlModule, int, boolean)} with the accumulate adder {@code adder}. */
    public static HdlModule build(String name, HdlModule multiplier, int accumulatorWidth, boolean signedProduct,
                                  CarryPropagateAdder adder) {
        return build(name, multiplier, accumulatorWidth, signedProduct, adder, 0);
    }

    /**
     * As {@link #build(String, HdlModule, int, boolean, CarryPropagateAdder)}, pipelined to latency
     * {@code stages} when positive ({@link PipelinedMac}): the accumulator takes the same sequence of
     * values as the combinational MAC, {@code stages} cycles later.
     */
    public static HdlModule build(String name, HdlModule multiplier, int accumulatorWidth, boolean signedProduct,
                                  CarryPropagateAdder adder, int stages) {
        return build(name, multiplier, accumulatorWidth, signedProduct, adder, stages, Controls.ON_REGISTER);
    }

    /**
     * A MAC pipelined to latency {@code stages} (above 0) around a multiplier given in two forms with the
     * same ports and function: {@code cuttable}, which the {@link PipelinedMac} split may cut into stages, and
     * {@code whole}, used instead when the split leaves the multiplier in one stage.
     */
    public static HdlModule buildPipelined(String name, HdlModule cuttable, HdlModule whole, int accumulatorWidth,
                                           boolean signedProduct, CarryPropagateAdder adder, int stages) {
        if (stages <= 0) {
            throw new IllegalArgumentException("a pipelined MAC needs stages above 0, not " + stages);
        }
        return PipelinedMac.build(name, cuttable, whole, accumulatorWidth, signedProduct, adder, stages);
    }

    /** Where a combinational MAC's rst and en act. */
    public enum Controls {
        /**
         * The register has its own synchronous reset and enable (a hold multiplexer and a reset gate per bit),
         * as the reference {@code fixed} MAC ({@code arch=star}) keeps.
         */
        ON_REGISTER,
        /**
         * rst and en act on the addends ({@link #CONTROLS_ON_ADDENDS}), so the register loads on every edge
         * without a hold multiplexer: the approximate kinds' MACs.
         */
        ON_ADDENDS
    }

    /**
     * As {@link #build(String, HdlModule, int, boolean, CarryPropagateAdder, int)}, with rst and en
     * acting where {@code controls} says (combinational MACs only; a pipelined MAC's register keeps them).
     */
    public static HdlModule build(String name, HdlModule multiplier, int accumulatorWidth, boolean signedProduct,
                                  CarryPropagateAdder adder, int stages, Controls controls) {
        if (stages > 0) {
            return PipelinedMac.build(name, multiplier, multiplier, accumulatorWidth, signedProduct, adder, stages);
        }
        int n = multiplier.port("a").width();
        int productWidth = multiplier.port("z").width();
        requireRoomForProduct(accumulatorWidth, productWidth);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("MAC: on each rising clk edge, if rst then acc <= 0, else if en then acc <= (clr ? 0 : acc) + "
                + (signedProduct ? "sign" : "zero") + "-extended product(a, b), mod 2^" + accumulatorWidth + ".");
        if (controls == Controls.ON_ADDENDS) {
            m.doc(CONTROLS_ON_ADDENDS);
        }
        Ports p = ports(m, n, accumulatorWidth);
        Signal product = m.wire("product", productWidth);
        m.instance("u_mul", multiplier, Map.of("a", p.a, "b", p.b, "z", product));
        if (controls == Controls.ON_REGISTER) {
            Signal extended = extend(m, product, accumulatorWidth, signedProduct);
            Signal next = accumulate(m, name, adder, accumulatorBase(m, p), extended);
            m.register(p.acc, p.clk, p.rst, Constant.zero(accumulatorWidth), p.en, next);
            return m.build();
        }
        Signal take = take(m, p);
        Signal taken = taken(m, "product", product, take);
        Signal extended = extend(m, taken, accumulatorWidth, signedProduct);
        Signal next = accumulate(m, name, adder, controlledBase(m, p), extended);
        m.register(p.acc, p.clk, null, null, null, next);
        return m.build();
    }

    /**
     * The c1 MAC {@code name} around {@code multiplier} (ports a, b, magnitude, invert of
     * {@link SignWrapperRtl#buildOnesComplementPair}): the same function as {@link #build} of the c1
     * multiplier, acc_next = base + sext(invert ? ~magnitude : magnitude), computed as
     * <pre>
     *  acc_next = (base - invert) + (invert ? -sext(magnitude) : sext(magnitude))      (~x = -x - 1)
     * </pre>
     * with both the negation and the borrow by {@link PrefixOr}. A log multiplier's or DRUM's product
     * has trailing zeros (its few significant bits shifted into place); its negation keeps them, where
     * its one's complement fills them with ones, so the low adder bits no longer toggle with the
     * product's sign, and the borrow only flips the accumulator's trailing zeros.
     */
    public static HdlModule buildOnesComplement(String name, HdlModule multiplier, int accumulatorWidth,
                                                CarryPropagateAdder adder) {
        int n = multiplier.port("a").width();
        int productWidth = multiplier.port("magnitude").width();
        requireRoomForProduct(accumulatorWidth, productWidth);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("MAC: on each rising clk edge, if rst then acc <= 0, else if en then acc <= (clr ? 0 : acc) +"
                + " sign-extended product(a, b), mod 2^" + accumulatorWidth + "; the product is the one's complement"
                + " pair (magnitude, invert), added as (acc - invert) + (invert ? -magnitude : magnitude).");
        m.doc(CONTROLS_ON_ADDENDS);
        Ports p = ports(m, n, accumulatorWidth);
        Signal magnitude = m.wire("magnitude", productWidth, "product = invert ? ~magnitude : magnitude");
        Signal invertProduct = m.wire("invert_product", 1);
        m.instance("u_mul", multiplier, Map.of("a", p.a, "b", p.b, "magnitude", magnitude, "invert", invertProduct));
        Signal take = take(m, p);
        Signal taken = taken(m, "magnitude", magnitude, take);
        Signal invert = m.wire("invert", invertProduct.and(take));
        Signal extended = m.wire("magnitude_extended", taken.sext(accumulatorWidth),
                "sign-extended to the accumulator width");
        Signal signed = m.wire("signed_magnitude", accumulatorWidth,
                "invert ? -magnitude : magnitude: keeps the trailing zeros");
        m.instance("u_negate", PrefixOr.negation(name + "_negate", accumulatorWidth),
                Map.of("value", extended, "negate", invert, "result", signed));
        Signal base = controlledBase(m, p);
        Signal borrowed = m.wire("accumulator_borrowed", accumulatorWidth,
                "accumulator_base - invert: the one by which ~x falls short of -x");
        m.instance("u_borrow", PrefixOr.decrement(name + "_borrow", accumulatorWidth),
                Map.of("value", base, "decrement", invert, "result", borrowed));
        Signal next = accumulate(m, name, adder, borrowed, signed);
        m.register(p.acc, p.clk, null, null, null, next);
        return m.build();
    }

    /** {@code acc_next = a + b} by the accumulate adder {@code adder}: Verilog '+' or an instance {@code u_accumulate}. */
    private static Signal accumulate(ModuleBuilder m, String name, CarryPropagateAdder adder, Signal a, Signal b) {
        if (adder == CarryPropagateAdder.PLUS) {
            return m.wire("acc_next", a.add(b));
        }
        Signal next = m.wire("acc_next", a.width());
        m.instance("u_accumulate", adder.build(name + "_adder", a.width()), Map.of("a", a, "b", b, "sum", next));
        return next;
    }

    /**
     * The final adder of a pipelined MAC with accumulate adder key {@code adder}: ripple-carry blocks
     * for {@code plus} (Verilog '+' is one expression, which no pipeline register can cut), else that adder.
     */
    public static CarryPropagateAdder pipelinedFinalAdder(CarryPropagateAdder adder) {
        return adder == CarryPropagateAdder.PLUS ? CarryPropagateAdder.RIPPLE : adder;
    }

    static Signal extend(ModuleBuilder m, Signal product, int accumulatorWidth, boolean signedProduct) {
        return m.wire("product_extended",
                signedProduct ? product.sext(accumulatorWidth) : product.zext(accumulatorWidth),
                (signedProduct ? "sign" : "zero") + "-extended to the accumulator width");
    }

    /**
     * The MAC module {@code name} around a fused multiply-add unit {@code multiplyAdd} (ports a, b,
     * addend, result; result = a * b + addend mod 2^A, the product extended inside): the accumulator
     * is the addend.
     */
    public static HdlModule buildFused(String name, HdlModule multiplyAdd, String description) {
        int n = multiplyAdd.port("a").width();
        int accumulatorWidth = multiplyAdd.port("result").width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("MAC: on each rising clk edge, if rst then acc <= 0, else if en then acc <= (clr ? 0 : acc) + "
                + "product(a, b), mod 2^" + accumulatorWidth + "; fused: " + description + ".");
        Ports p = ports(m, n, accumulatorWidth);
        Signal base = accumulatorBase(m, p);
        Signal next = m.wire("acc_next", accumulatorWidth, "a * b + accumulator_base, one carry-propagate adder");
        m.instance("u_multiply_add", multiplyAdd, Map.of("a", p.a, "b", p.b, "addend", base, "result", next));
        m.register(p.acc, p.clk, p.rst, Constant.zero(accumulatorWidth), p.en, next);
        return m.build();
    }

    /** The ports of a MAC (clk, rst, en, clr, a, b, acc), shared by every MAC builder. */
    public record Ports(Signal clk, Signal rst, Signal en, Signal clr, Signal a, Signal b, Signal acc) {

        /** The controls delayed by {@code stages} registers each ({@code rst_s1}, ...), the data as they are. */
        public Ports delayed(ModuleBuilder m, int stages) {
            return new Ports(clk, delay(m, rst, stages), delay(m, en, stages), delay(m, clr, stages), a, b, acc);
        }

        private Signal delay(ModuleBuilder m, Signal control, int stages) {
            Signal previous = control;
            for (int k = 1; k <= stages; k++) {
                Signal copy = m.wire(control.name() + "_s" + k, 1, k == 1 ? control.name() + " delayed into stage "
                        + k + ", alongside the product" : "");
                m.register(copy, clk, null, null, null, previous);
                previous = copy;
            }
            return previous;
        }
    }

    /** Declares the MAC ports in their order: clk, rst, en, clr, a, b (n bits), acc. */
    public static Ports ports(ModuleBuilder m, int n, int accumulatorWidth) {
        Signal clk = m.input("clk", 1);
        Signal rst = m.input("rst", 1);
        Signal en = m.input("en", 1);
        Signal clr = m.input("clr", 1);
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal acc = m.output("acc", accumulatorWidth);
        return new Ports(clk, rst, en, clr, a, b, acc);
    }

    /**
     * The header line of a MAC whose rst and en act on the addends ({@link #take}, {@link #controlledBase}).
     * Measured on osu018 against the register's own reset and enable (a hold multiplexer and a reset gate in
     * front of every accumulator bit, osu018 having no enable flip-flop): DRUM6 unsigned MAC 65.37 -> 59.43
     * pJ/op at N = 16, 96.34 -> 91.69 at N = 32; Mitch-w6 c1 63.76 -> 62.13 (docs/arithmetic.md).
     */
    static final String CONTROLS_ON_ADDENDS = "rst and en act on the addends: a reset cycle adds 0 to 0, a disabled one 0"
            + " to acc, so the register loads acc_next on every edge (no hold multiplexer in front of it).";

    /** Refuses an accumulator narrower than the product it adds. */
    private static void requireRoomForProduct(int accumulatorWidth, int productWidth) {
        if (accumulatorWidth < productWidth) {
            throw new IllegalArgumentException("accumulator width " + accumulatorWidth
                    + " is narrower than the product (" + productWidth + " bits)");
        }
    }

    /** {@code <what>_taken} = what & {take}: the value, or 0 when this cycle adds nothing. */
    private static Signal taken(ModuleBuilder m, String what, Signal value, Signal take) {
        return m.wire(what + "_taken", value.and(Expr.replicate(take, value.width())),
                "the " + what + ", or 0 when this cycle adds nothing");
    }

    /** {@code take} = en & ~rst: this cycle adds the product. */
    private static Signal take(ModuleBuilder m, Ports p) {
        return m.wire("take", p.en.and(p.rst.not()), "this cycle adds the product (enabled, not reset)");
    }

    /** The accumulator addend under rst/en/clr: 0 on reset and on an enabled clear, else acc. */
    private static Signal controlledBase(ModuleBuilder m, Ports p) {
        return m.wire("accumulator_base", Expr.mux(p.rst.or(p.en.and(p.clr)), Constant.zero(p.acc.width()), p.acc),
                "rst, or clr when enabled, starts from 0");
    }

    private static Signal accumulatorBase(ModuleBuilder m, Ports p) {
        return m.wire("accumulator_base", Expr.mux(p.clr, Constant.zero(p.acc.width()), p.acc), "clr starts a new sum");
    }
}
