package org.approxmac.hdl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.HdlTools;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Design;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerilogRendererTest {

    private static final VerilogRenderer RENDERER = new VerilogRenderer();

    /** A top using every construct of the builder, with one submodule. */
    static Design everyConstruct() {
        ModuleBuilder sub = new ModuleBuilder("demo_inc");
        Signal x = sub.input("x", 4);
        Signal y = sub.output("y", 4);
        sub.assign(y, x.add(Expr.constant(4, 1)));
        HdlModule inc = sub.build();

        ModuleBuilder m = new ModuleBuilder("demo");
        m.doc("Every construct of the builder.");
        Signal clk = m.input("clk", 1);
        Signal rst = m.input("rst", 1);
        Signal en = m.input("en", 1);
        Signal a = m.input("a", 8);
        Signal b = m.input("b", 8);
        Signal s = m.input("s", 3);
        Signal z = m.output("z", 8);
        Signal acc = m.output("acc", 40);
        Signal sum = m.wire("sum", a.addWithCarry(b), "a + b with carry");
        Signal diff = m.wire("diff", a.sub(b));
        Signal prod = m.wire("prod", a.zext(16).mul(b.zext(16)));
        Signal sprod = m.wire("sprod", a.sext(16).mulSigned(b.sext(16)));
        Signal cmp = m.wire("cmp", Expr.concat(a.lt(b), a.le(b), a.gt(b), a.ge(b), a.eq(b), a.ne(b)));
        Signal red = m.wire("red", Expr.concat(a.orReduce(), a.andReduce(), a.xorReduce(), a.isZero()));
        Signal bits = m.wire("bits", a.and(b).or(a.xor(b)).not());
        Signal shifted = m.wire("shifted", Expr.concat(a.shl(2), a.shr(3), a.shl(s), a.shr(s)));
        Signal ext = m.wire("ext", a.sext(12));
        Signal neg = m.wire("neg", b.negate());
        Signal inc4 = m.wire("inc4", 4);
        m.instance("u_inc", inc, Map.of("x", a.slice(3, 0), "y", inc4));
        Signal mixed = m.wire("mixed", 8);
        m.assign(mixed, Expr.mux(cmp.bit(0), Expr.concat(inc4, Expr.replicate(red.bit(3), 4)), prod.slice(15, 8)),
                "a mux of a concatenation and a slice");
        m.assign(z, mixed.xor(diff).xor(bits).xor(neg).xor(shifted.slice(7, 0)).xor(shifted.slice(15, 8))
                .xor(shifted.slice(23, 16)).xor(shifted.slice(31, 24)).xor(ext.slice(11, 4)).xor(sprod.slice(15, 8)));
        m.register(acc, clk, rst, Constant.zero(40), en,
                acc.add(Expr.concat(sum, prod.slice(7, 0), Expr.constant(23, 5))));
        m.discard(Expr.concat(ext.slice(3, 0), cmp.slice(5, 1), red.slice(2, 0), prod.slice(7, 0), sprod.slice(7, 0)),
                "demonstration of deliberately unused bits");
        return Design.of(m.build());
    }

    @Test
    void rendersEveryConstruct() {
        String v = RENDERER.render(everyConstruct(), List.of("demo header", "", "second line"));
        assertTrue(v.startsWith(VerilogRenderer.MARKER + "\n// demo header\n//\n// second line\n"), v);
        for (String expected : List.of(
                "module demo (\n    input  wire clk,\n",
                "    output reg  [39:0] acc\n);",
                "    wire [8:0] sum;  // a + b with carry",
                "    assign sum = {1'd0, a} + {1'd0, b};",
                "    assign sum = {1'd0, a} + {1'd0, b};\n    assign diff = a - b;",
                "    assign prod = {8'd0, a} * {8'd0, b};",
                "    assign sprod = $signed({{8{a[7]}}, a}) * $signed({{8{b[7]}}, b});",
                "    assign cmp = {a < b, a <= b, a > b, a >= b, a == b, a != b};",
                "    assign red = {|a, &a, ^a, ~(|a)};",
                "    assign bits = ~((a & b) | (a ^ b));",
                "    assign shifted = {a << 2'd2, a >> 2'd3, a << s, a >> s};",
                "    assign ext = {{4{a[7]}}, a};",
                "    assign neg = -b;",
                "    demo_inc u_inc (\n        .x (a[3:0]),\n        .y (inc4)\n    );",
                "    // a mux of a concatenation and a slice\n    assign mixed = cmp[0] ? {inc4, {4{red[3]}}} : prod[15:8];",
                "    always @(posedge clk) begin\n        if (rst) begin\n            acc <= 40'h0;\n"
                        + "        end else if (en) begin\n            acc <= acc + {sum, prod[7:0], 23'd5};\n"
                        + "        end\n    end",
                "    // unused on purpose: demonstration of deliberately unused bits\n"
                        + "    wire unused_bits = &{1'b0, {ext[3:0], cmp[5:1], red[2:0], prod[7:0], sprod[7:0]}, 1'b0};",
                "// verilator lint_off DECLFILENAME\n\nmodule demo_inc (",
                "    assign z = mixed ^ diff ^ bits ^ neg ^ shifted[7:0]",
                "module demo_inc (\n    input  wire [3:0] x,\n    output wire [3:0] y\n);\n\n    assign y = x + 4'd1;\nendmodule\n"
                        + "// verilator lint_on DECLFILENAME\n")) {
            assertTrue(v.contains(expected), () -> "missing:\n" + expected + "\nin:\n" + v);
        }
    }

    /** The example of docs/hdl-builder.md renders as documented and evaluates to 15. */
    @Test
    void documentedExample() {
        ModuleBuilder m = new ModuleBuilder("demo_scale");
        m.doc("y = (x << s) + x, with the carry.");
        Signal x = m.input("x", 8);
        Signal s = m.input("s", 3);
        Signal y = m.output("y", 9);
        Signal shifted = m.wire("shifted", x.shl(s), "x scaled by 2^s");
        m.assign(y, shifted.addWithCarry(x));
        HdlModule scale = m.build();
        String v = RENDERER.render(Design.of(scale), List.of("my header line"));
        assertTrue(v.endsWith("""
                // y = (x << s) + x, with the carry.
                module demo_scale (
                    input  wire [7:0] x,
                    input  wire [2:0] s,
                    output wire [8:0] y
                );

                    wire [7:0] shifted;  // x scaled by 2^s

                    assign shifted = x << s;
                    assign y = {1'd0, shifted} + {1'd0, x};
                endmodule
                """), v);
        assertEquals(java.math.BigInteger.valueOf(15), new org.approxmac.hdl.builder.Evaluator(scale)
                .evaluate(Map.of("x", java.math.BigInteger.valueOf(3), "s", java.math.BigInteger.valueOf(2))).get("y"));
    }

    @Test
    void sameDesignSameBytes() {
        assertEquals(RENDERER.render(everyConstruct(), List.of("h")), new VerilogRenderer().render(everyConstruct(), List.of("h")));
    }

    @Test
    void everyConstructIsLintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        HdlTools.assertLintClean(dir, "demo", RENDERER.render(everyConstruct(), List.of("lint test")));
    }
}
