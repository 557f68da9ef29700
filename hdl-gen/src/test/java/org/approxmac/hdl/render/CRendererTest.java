package org.approxmac.hdl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator of the builder's IR at widths on both sides of 64 bits (1, 13, 64, 65, 130), rendered
 * by {@link CRenderer}, compiled with gcc -O2 and compared with the {@link Evaluator} on random inputs:
 * the C renderer's semantics are the IR's, whatever node a future kind uses.
 */
class CRendererTest {

    private static final int[] WIDTHS = {1, 13, 64, 65, 130};

    /** A module reading x0, x1, x2 (64 bits each) and s (8 bits), with one output per operator and width. */
    private static HdlModule everyOperator() {
        ModuleBuilder m = new ModuleBuilder("ops");
        Signal x0 = m.input("x0", 64);
        Signal x1 = m.input("x1", 64);
        Signal x2 = m.input("x2", 64);
        Signal s = m.input("s", 8);
        Signal x = m.wire("x", Expr.concat(x2, x1, x0));
        Signal y = m.wire("y", Expr.concat(x0, x2, x1));
        int[] count = {0};
        BiFunction<String, Expr, Signal> out = (name, e) -> {
            Signal o = m.output(name + "_" + count[0]++, e.width());
            m.assign(o, e);
            return o;
        };
        out.apply("xy", x.xor(y));
        for (int w : WIDTHS) {
            Signal a = m.wire("a" + w, x.slice(w - 1, 0));
            Signal b = m.wire("b" + w, y.slice(191, 192 - w));
            Signal sel = m.wire("sel" + w, s.bit(w % 8));
            out.apply("add", a.add(b));
            out.apply("sub", a.sub(b));
            out.apply("mul", a.mul(b));
            out.apply("smul", a.mulSigned(b));
            out.apply("and", a.and(b));
            out.apply("or", a.or(b));
            out.apply("xor", a.xor(b));
            out.apply("not", a.not());
            out.apply("neg", a.negate());
            out.apply("ror", a.orReduce().xor(Expr.constant(1, w % 2)));
            out.apply("rand", a.or(b.shr(w > 1 ? 1 : 0)).andReduce());
            out.apply("rxor", a.xorReduce());
            out.apply("eq", a.eq(b).or(a.eq(a)).xor(a.ne(b)));
            out.apply("cmp", Expr.concat(a.lt(b), a.le(b), a.gt(b), a.ge(b), a.le(a), a.gt(a)));
            out.apply("shlc", a.shl(w / 3 + 1));
            out.apply("shrc", a.shr(w / 3 + 1));
            out.apply("shlbig", a.shl(w + 2));
            out.apply("shlv", a.shl(s));
            out.apply("shrv", a.shr(s));
            out.apply("shlw", a.shl(b.zext(Math.max(w, 1))));
            out.apply("zext", a.zext(w + 70));
            out.apply("sext", a.sext(w + 70));
            out.apply("rep", Expr.replicate(a.slice(Math.min(w, 5) - 1, 0), 29));
            out.apply("mux", Expr.mux(sel, a, b));
            out.apply("muxc", Expr.mux(sel, a.add(Expr.constant(w, BigInteger.ONE.shiftLeft(w).subtract(
                    BigInteger.TWO))), Expr.constant(w, BigInteger.ONE.shiftLeft(w - 1))));
            out.apply("slice", x.slice(w + 40, 41));
            out.apply("cat", Expr.concat(a, x.bit(3), b.slice(w - 1, w > 1 ? w - 1 : 0), a));
        }
        return m.build();
    }

    @Test
    void everyOperatorMatchesTheEvaluatorOnBothSidesOf64Bits(@TempDir Path dir) throws IOException {
        assumeTrue(ToolGate.enabled(Tool.CC), "tool tests skipped on request");
        HdlModule module = everyOperator();
        CRenderer r = new CRenderer(module);
        assertTrue(r.words() >= 4, "some outputs above 192 bits: " + r.words());
        List<Signal> outs = module.outputs();
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stdint.h>\n#include <stdlib.h>\n\n")
                .append(r.helpers()).append("\nstatic void ops(uint64_t x0, uint64_t x1, uint64_t x2, uint64_t s)\n{\n")
                .append(r.body("    "));
        for (Signal o : outs) {
            if (o.width() <= 64) {
                c.append("    printf(\"%llx\\n\", (unsigned long long)").append(r.name(o)).append(");\n");
            } else {
                c.append("    { int i; for (i = AM_WORDS - 1; i >= 0; i--) printf(\"%016llx\", (unsigned long long)")
                        .append(r.name(o)).append(".w[i]); printf(\"\\n\"); }\n");
            }
        }
        c.append("}\n\nint main(int argc, char **argv)\n{\n    int i;\n    for (i = 1; i + 3 < argc; i += 4)\n"
                + "        ops(strtoull(argv[i], 0, 16), strtoull(argv[i + 1], 0, 16), strtoull(argv[i + 2], 0, 16),"
                + " strtoull(argv[i + 3], 0, 16));\n    return 0;\n}\n");
        Files.writeString(dir.resolve("ops.c"), c.toString());
        Toolchain tc = Toolchain.system();
        tc.run(Tool.CC, List.of("-std=c99", "-O2", "-Wall", "-Wextra", "-pedantic", "-Werror", "-o", "ops", "ops.c"),
                dir, Duration.ofMinutes(5)).requireOk("compiling the operator test");

        SplittableRandom random = new SplittableRandom(64);
        List<String> args = new ArrayList<>();
        List<Map<String, BigInteger>> inputs = new ArrayList<>();
        for (int v = 0; v < 300; v++) {
            Map<String, BigInteger> in = new HashMap<>();
            for (String name : List.of("x0", "x1", "x2")) {
                long value = v < 4 ? (v % 2 == 0 ? 0 : -1) : random.nextLong() >>> random.nextInt(64);
                in.put(name, new BigInteger(Long.toUnsignedString(value)));
            }
            in.put("s", BigInteger.valueOf(v < 8 ? v * 37 % 256 : random.nextInt(256)));
            inputs.add(in);
            for (String name : List.of("x0", "x1", "x2", "s")) {
                args.add(in.get(name).toString(16));
            }
        }
        List<String> cmd = new ArrayList<>(List.of(dir.resolve("ops").toString()));
        cmd.addAll(args);
        List<String> lines = tc.runProgram(Tool.CC, cmd, dir, Duration.ofMinutes(2), null)
                .requireOk("running the operator test").stdout().lines().toList();
        assertEquals(inputs.size() * outs.size(), lines.size());
        Evaluator eval = new Evaluator(module);
        int line = 0;
        for (Map<String, BigInteger> in : inputs) {
            Map<String, BigInteger> expected = eval.evaluate(in);
            for (Signal o : outs) {
                assertEquals(expected.get(o.name()), new BigInteger(lines.get(line++), 16), o.name() + " for " + in);
            }
        }
    }

    @Test
    void refusesModulesItCannotRender() {
        ModuleBuilder wide = new ModuleBuilder("wide");
        Signal a = wide.input("a", 600);
        Signal z = wide.output("z", 1200);
        wide.assign(z, Expr.concat(a, a));
        assertTrue(assertThrows(HdlException.class, () -> new CRenderer(wide.build())).getMessage()
                .contains("at most " + CRenderer.MAX_WIDTH + " bits"));
        ModuleBuilder reg = new ModuleBuilder("registered");
        Signal clk = reg.input("clk", 1);
        Signal d = reg.input("d", 4);
        Signal q = reg.output("q", 4);
        reg.register(q, clk, null, null, null, d);
        assertTrue(assertThrows(HdlException.class, () -> new CRenderer(reg.build())).getMessage()
                .contains("not flat and combinational"));
    }
}
