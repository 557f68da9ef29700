package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.render.VerilogRenderer;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RTL's functional check in Java: every generated module, evaluated by the builder's
 * {@link Evaluator}, agrees with the golden model on corner and stratified random vectors. (The
 * rendered Verilog is checked in Verilator by {@code RtlSimulationTest}.)
 */
class RtlTest {

    static List<String> multiplierSpecs() {
        List<String> specs = new ArrayList<>();
        for (String sign : List.of("c1", "sm", "unsigned")) {
            for (int n : new int[] {4, 5, 8, 12}) {
                for (int w = 1; w <= n; w += (n > 6 ? 3 : 1)) {
                    specs.add("mitchw:n=" + n + ",w=" + w + ",sign=" + sign);
                }
                specs.add("mitchw:n=" + n + ",w=" + n + ",sign=" + sign);
                specs.add("mitchell:n=" + n + ",sign=" + sign);
                for (int k = 3; k <= n; k += (n > 6 ? 2 : 1)) {
                    specs.add("drum:n=" + n + ",k=" + k + ",sign=" + sign);
                }
                specs.add("drum:n=" + n + ",k=" + n + ",sign=" + sign);
            }
            specs.add("mitchw:n=24,w=6,sign=" + sign);
            specs.add("drum:n=24,k=6,sign=" + sign);
            specs.add("mitchw:n=64,w=64,sign=" + sign);
            specs.add("drum:n=64,k=9,sign=" + sign);
        }
        for (int n : new int[] {2, 3, 8, 13, 32, 64}) {
            specs.add("fixed:n=" + n + ",sign=twos");
            specs.add("fixed:n=" + n + ",sign=unsigned");
        }
        return specs.stream().distinct().toList();
    }

    @ParameterizedTest
    @MethodSource("multiplierSpecs")
    void multiplierMatchesGoldenModel(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Multiplier golden = Units.multiplier(spec);
        Evaluator e = new Evaluator(Rtl.module(spec, "dut"));
        int n = spec.n();
        for (long[] v : Vectors.pairs(n, spec.n() <= 5 ? 0 : 300, text.hashCode())) {
            BigInteger z = e.evaluate(Map.of("a", BigInteger.valueOf(v[0]), "b", BigInteger.valueOf(v[1]))).get("z");
            assertEquals(Golden.product(golden, v[0], v[1]), z, () -> text + " a=" + v[0] + " b=" + v[1]);
        }
        if (n <= 5) {
            for (long a = 0; a < (1L << n); a++) {
                for (long b = 0; b < (1L << n); b++) {
                    BigInteger z = e.evaluate(Map.of("a", BigInteger.valueOf(a), "b", BigInteger.valueOf(b))).get("z");
                    assertEquals(Golden.product(golden, a, b), z, text + " a=" + a + " b=" + b);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("macSpecs")
    void macMatchesGoldenModelUnderRandomControl(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        MacState golden = Golden.mac(spec);
        Evaluator e = new Evaluator(Rtl.module(spec, "dut"));
        Random rnd = new Random(text.hashCode());
        List<long[]> pairs = Vectors.pairs(spec.n(), 200, 7);
        for (int i = 0; i < pairs.size(); i++) {
            long[] v = pairs.get(i);
            boolean rst = rnd.nextInt(40) == 0;
            boolean en = rnd.nextInt(4) != 0;
            boolean clr = rnd.nextInt(10) == 0;
            golden.clock(rst, en, clr, v[0], v[1]);
            BigInteger acc = e.step(Map.of("rst", bit(rst), "en", bit(en), "clr", bit(clr),
                    "a", BigInteger.valueOf(v[0]), "b", BigInteger.valueOf(v[1]))).get("acc");
            assertEquals(golden.accumulator(), acc, text + " step " + i);
        }
    }

    static List<String> macSpecs() {
        return List.of("fixed:n=8,mac", "fixed:n=8,sign=unsigned,mac,acc=16", "mitchw:n=12,w=6,sign=c1,mac",
                "mitchell:n=8,sign=sm,mac,acc=20", "drum:n=16,k=6,sign=c1,mac", "drum:n=8,k=4,sign=unsigned,mac",
                "mitchw:n=40,w=6,mac,acc=128", "mitchw:n=32,w=6,mac,acc=128", "mitchwu:n=16,w=6,mac",
                "mitchwu:n=12,w=4,sign=sm,mac", "mitchwu:n=10,w=3,sign=unsigned,mac",
                // c1 accumulated as negation and borrow, at the narrowest accumulator and for every c1 kind
                "mitchw:n=8,w=8,mac,acc=16", "drum:n=8,k=3,mac,acc=16", "mitchell:n=8,sign=c1,mac,acc=17",
                "ilm:n=8,sign=c1,mac", "roba:n=8,sign=c1,mac", "trunc:n=8,sign=c1,mac", "dralm:n=8,sign=c1,mac", "drum:n=12,k=6,adder=bk,mac");
    }

    private static BigInteger bit(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }

    @Test
    void designIsSelfContainedWithPrefixedSubmodulesAndHeader() {
        GeneratedDesign d = Rtl.generate(UnitSpec.parse("mitchw:n=16,w=6,mac"));
        assertEquals("mitchw_n16_w6_c1_mac_acc40", d.moduleName());
        String v = d.verilog();
        assertTrue(v.startsWith(VerilogRenderer.MARKER + "\n// approxmac design mitchw:n=16,w=6,sign=c1,mac,acc=40\n"), v);
        assertTrue(v.contains("//   output [39:0]   acc  accumulator register, mod 2^40"), v);
        List<String> modules = v.lines().filter(l -> l.startsWith("module ")).toList();
        assertTrue(modules.get(0).startsWith("module mitchw_n16_w6_c1_mac_acc40 ("));
        for (String m : modules.subList(1, modules.size())) {
            assertTrue(m.startsWith("module mitchw_n16_w6_c1_mac_acc40_"), m);
        }
        for (String name : List.of("characteristic_x", "fraction_x", "log_sum", "mantissa", "exponent")) {
            assertTrue(v.contains(name), name);
        }
    }

    @Test
    void c1MacsAccumulateTheNegationAndBorrowTheOne() {
        String c1 = Rtl.generate(UnitSpec.parse("mitchw:n=16,w=6,mac")).verilog();
        assertTrue(c1.contains("u_negate") && c1.contains("u_borrow") && !c1.contains("keep_one"), c1);
        assertTrue(c1.contains("// Architecture: Verilog '+' (the synthesiser's) accumulate adder; c1 product added as"
                + " its negation and a borrow from the accumulator"), c1);
        // the bare c1 multiplier, sm and pipelined c1 MACs, and a core with dense products keep the inverted product
        for (String other : List.of("mitchw:n=16,w=6", "mitchw:n=16,w=6,sign=sm,mac", "mitchw:n=16,w=6,stages=2,mac",
                "trunc:n=16,sign=c1,mac")) {
            String v = Rtl.generate(UnitSpec.parse(other)).verilog();
            assertTrue(!v.contains("u_borrow"), other);
        }
    }

    @Test
    void approximateMacsTakeResetAndEnableOnTheAddends() {
        for (String text : List.of("drum:n=16,k=6,sign=unsigned,mac", "mitchw:n=16,w=6,mac", "mitchw:n=8,w=4,rows=2,cols=2,mac")) {
            String v = Rtl.generate(UnitSpec.parse(text)).verilog();
            assertTrue(v.contains("assign take = en & (~rst);") && !v.contains("end else if (en) begin"), text + "\n" + v);
            assertTrue(v.contains("// rst and en act on the addends"), text);
        }
        // the reference fixed MAC (Verilog '*' and '+'), the fused ones and pipelined ones keep the register's own
        for (String text : List.of("fixed:n=16,arch=star,mac", "fixed:n=16,mac", "mitchw:n=16,w=6,stages=2,mac")) {
            String v = Rtl.generate(UnitSpec.parse(text)).verilog();
            assertTrue(!v.contains("assign take ="), text);
        }
    }

    @Test
    void namesAndSameBytes() {
        UnitSpec spec = UnitSpec.parse("drum:n=12,k=5,sign=sm");
        GeneratedDesign a = Rtl.generate(spec, "my_drum");
        assertEquals("my_drum.v", a.fileName());
        assertEquals(a.verilog(), Rtl.generate(spec, "my_drum").verilog());
        assertTrue(Rtl.generate(spec).verilog().contains("segment_x"));
    }

    @Test
    void rejectsIllegalModuleNames() {
        UnitSpec spec = UnitSpec.parse("fixed:n=8");
        SpecException e = assertThrows(SpecException.class, () -> Rtl.generate(spec, "../evil"));
        assertTrue(e.getMessage().startsWith("module name '../evil' is not a legal Verilog identifier"));
        e = assertThrows(SpecException.class, () -> Rtl.generate(spec, "module"));
        assertEquals("module name 'module' is a Verilog/SystemVerilog keyword", e.getMessage());
    }

    @Test
    void floatingKindsHaveTheirPortConvention() {
        GeneratedDesign bf16 = Rtl.generate(UnitSpec.parse("bf16"));
        assertTrue(bf16.verilog().contains("input  wire [15:0] a"));
        assertTrue(bf16.verilog().contains("product, FP32 pattern"));
        GeneratedDesign mac = Rtl.generate(UnitSpec.parse("fp32:fused=false,mac"));
        assertTrue(mac.verilog().contains("accumulator register, FP32 pattern"));
        assertEquals(mac.verilog(), Rtl.generate(UnitSpec.parse("fp32:fused=false,mac")).verilog());
    }
}
