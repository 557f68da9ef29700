package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FP RTL evaluated in Java by the builder's Evaluator agrees with the golden model, with exact and
 * approximate ({@code mult=}) significand multipliers.
 */
class FloatRtlTest {

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16", "bf16:subnormals=ftz", "fp32", "fp32:subnormals=ftz",
            // approximate significand cores (mult=)
            "bf16:mult=mitchw,w=6", "bf16:mult=mitchell,subnormals=ftz", "bf16:mult=drum,k=5", "fp16:mult=mitchw,w=4",
            "float:e=4,m=3,mult=drum,k=3", "fp32:mult=mitchw,w=12", "fp32:mult=drum,k=8"})
    void multiplierMatchesGoldenModel(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        var golden = Units.multiplier(spec);
        var e = new Evaluator(Rtl.module(spec, "dut"));
        FloatFormat format = FloatUnit.of(spec).operandFormat();
        List<Long> corners = FloatCorners.of(format);
        var sampler = new FloatSampler(format, 1);
        for (int i = 0; i < 3000; i++) {
            long a = i < 1500 ? corners.get(i % corners.size()) : sampler.next();
            long b = i < 1500 ? corners.get((i * 7 / corners.size() + i) % corners.size()) : sampler.next();
            long z = e.evaluate(Map.of("a", big(a), "b", big(b))).get("z").longValueExact();
            long expected = golden.multiply(a, b);
            if (z != expected) {
                assertEquals(Long.toHexString(expected), Long.toHexString(z),
                        text + " a=" + Long.toHexString(a) + " b=" + Long.toHexString(b));
            }
        }
    }

    /** Formats beyond the two kinds: operand format, result format, subnormal mode, fused. */
    static List<FloatUnit> otherFormats() {
        return List.of(new FloatUnit(FloatFormat.FP16, FloatFormat.FP32, SubnormalMode.IEEE, true),
                new FloatUnit(FloatFormat.FP16, FloatFormat.FP16, SubnormalMode.IEEE, false),
                new FloatUnit(FloatFormat.E5M2, FloatFormat.FP16, SubnormalMode.FTZ, true),
                new FloatUnit(FloatFormat.E4M3, FloatFormat.FP16, SubnormalMode.IEEE, true),
                new FloatUnit(FloatFormat.E4M3, FloatFormat.BF16, SubnormalMode.FTZ, false));
    }

    @ParameterizedTest
    @MethodSource("otherFormats")
    void otherFormatsAreAParameterChange(FloatUnit unit) {
        var multiplier = new Evaluator(FloatRtl.multiplier("dut", unit));
        var mac = new Evaluator(FloatRtl.mac("dut", unit));
        var sampler = new FloatSampler(unit.operandFormat(), 4);
        var random = new java.util.SplittableRandom(5);
        long acc = 0;
        for (int i = 0; i < 1500; i++) {
            long a = sampler.next();
            long b = sampler.next();
            long z = multiplier.evaluate(Map.of("a", big(a), "b", big(b))).get("z").longValueExact();
            assertEquals(unit.multiply(a, b), z, () -> unit.operandFormat() + " " + Long.toHexString(a) + " * "
                    + Long.toHexString(b));
            boolean clr = random.nextInt(10) == 0;
            long before = acc;
            acc = unit.multiplyAdd(clr ? 0 : acc, a, b);
            long next = mac.step(Map.of("a", big(a), "b", big(b), "en", BigInteger.ONE,
                    "clr", clr ? BigInteger.ONE : BigInteger.ZERO)).get("acc").longValueExact();
            assertEquals(acc, next, () -> unit.operandFormat() + " -> " + unit.resultFormat() + ": "
                    + Long.toHexString(before) + " + " + Long.toHexString(a) + " * " + Long.toHexString(b));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "bf16:subnormals=ftz,mac", "fp32,mac", "fp32:subnormals=ftz,mac",
            "fp32:fused=false,mac", "fp32:fused=false,subnormals=ftz,mac",
            // approximate significand cores: a zero operand's product (which the core alone would not make 0)
            // must reach the accumulator as 0
            "bf16:mult=mitchw,w=6,mac", "fp32:fused=false,mult=mitchell,mac", "fp32:mult=drum,k=6,subnormals=ftz,mac",
            "float:e=4,m=3,mult=mitchw,w=3,mac"})
    void macMatchesGoldenModel(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        var golden = new MacState(Units.mac(spec));
        var e = new Evaluator(Rtl.module(spec, "dut"));
        FloatFormat format = FloatUnit.of(spec).operandFormat();
        var sampler = new FloatSampler(format, 2);
        var random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            long a = sampler.next();
            long b = sampler.next();
            boolean clr = random.nextInt(8) == 0;
            boolean en = random.nextInt(8) != 0;
            boolean rst = random.nextInt(50) == 0;
            Map<String, BigInteger> in = new HashMap<>();
            in.put("a", big(a));
            in.put("b", big(b));
            in.put("clr", clr ? BigInteger.ONE : BigInteger.ZERO);
            in.put("en", en ? BigInteger.ONE : BigInteger.ZERO);
            in.put("rst", rst ? BigInteger.ONE : BigInteger.ZERO);
            String before = golden.accumulator().toString(16);
            golden.clock(rst, en, clr, a, b);
            BigInteger acc = e.step(in).get("acc");
            if (!acc.equals(golden.accumulator())) {
                assertEquals(golden.accumulator().toString(16), acc.toString(16), text + " step " + i + " acc=" + before
                        + " a=" + Long.toHexString(a) + " b=" + Long.toHexString(b) + " clr=" + clr + " en=" + en);
            }
        }
    }

    @Test
    void anApproximateCoreIsNamedInTheHeaderAndCannotGoMissing() {
        UnitSpec spec = UnitSpec.parse("bf16:mult=mitchw,w=6,mac");
        String verilog = Rtl.generate(spec).verilog();
        assertTrue(verilog.contains("significand product by the unsigned mitchw core mitchw:n=8,w=6,sign=unsigned"),
                verilog.lines().limit(12).toList().toString());
        assertTrue(verilog.contains("u_sig_mul"), "the core is instantiated");
        assertThrows(IllegalArgumentException.class, () -> FloatRtl.build(spec, "dut", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> FloatRtl.build(spec, "dut"));
    }
}
