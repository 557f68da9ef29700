package org.approxmac.hdl.wrapper;

import java.util.Map;
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
 * operands) to A bits, mod 2^A. Inputs are not registered.
 * <pre>
 *  a, b --> multiplier --> product --[sign/zero extend to A]--+
 *                                                              (+)--> acc_next --[en, rst]--> acc
 *  acc --[clr ? 0 : acc]---------------------------------------+
 * </pre>
 */
public final class MacWrapperRtl {

    private MacWrapperRtl() {
    }

    /**
     * The MAC module {@code name} around {@code multiplier} (ports a, b, z), accumulating in
     * {@code accumulatorWidth} bits.
     */
    public static HdlModule build(String name, HdlModule multiplier, int accumulatorWidth, boolean signedProduct) {
        int n = multiplier.port("a").width();
        int productWidth = multiplier.port("z").width();
        if (accumulatorWidth < productWidth) {
            throw new IllegalArgumentException("accumulator width " + accumulatorWidth
                    + " is narrower than the product (" + productWidth + " bits)");
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("MAC: on each rising clk edge, if rst then acc <= 0, else if en then acc <= (clr ? 0 : acc) + "
                + (signedProduct ? "sign" : "zero") + "-extended product(a, b), mod 2^" + accumulatorWidth + ".");
        Signal clk = m.input("clk", 1);
        Signal rst = m.input("rst", 1);
        Signal en = m.input("en", 1);
        Signal clr = m.input("clr", 1);
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal acc = m.output("acc", accumulatorWidth);
        Signal product = m.wire("product", productWidth);
        m.instance("u_mul", multiplier, Map.of("a", a, "b", b, "z", product));
        Signal extended = m.wire("product_extended",
                signedProduct ? product.sext(accumulatorWidth) : product.zext(accumulatorWidth),
                (signedProduct ? "sign" : "zero") + "-extended to the accumulator width");
        Signal base = m.wire("accumulator_base", Expr.mux(clr, Constant.zero(accumulatorWidth), acc),
                "clr starts a new sum");
        Signal next = m.wire("acc_next", base.add(extended));
        m.register(acc, clk, rst, Constant.zero(accumulatorWidth), en, next);
        return m.build();
    }
}
