package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.fp.FloatCorners;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatSampler;
import org.approxmac.fp.FloatUnit;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floating-point RTL ({@link org.approxmac.fp.FloatRtl}) in Verilator, bit for bit against the
 * golden model: every bf16/fp32 multiplier and MAC variant in one simulator build, a million cycles
 * each. Multipliers see every pair of corner operands ({@link FloatCorners}), then stratified random
 * operands ({@link FloatSampler}). MACs run blocks of random, corner, cancelling (a*b close or equal
 * to -acc), overflowing and underflowing operands under random rst/en/clr.
 */
class FloatRtlToolsTest {
    private static final int CYCLES = 1_000_000;
    private static final int CHUNK = 100_000;
    private static final List<UnitSpec> SPECS = List.of("bf16", "bf16:subnormals=ftz", "fp32", "fp32:subnormals=ftz",
            "bf16,mac", "bf16:subnormals=ftz,mac", "fp32,mac", "fp32:subnormals=ftz,mac", "fp32:fused=false,mac",
            "fp32:fused=false,subnormals=ftz,mac").stream().map(UnitSpec::parse).toList();

    @Test
    void designsLintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        for (UnitSpec spec : SPECS) {
            GeneratedDesign d = Rtl.generate(spec);
            HdlTools.assertLintClean(dir, d.moduleName(), d.verilog());
        }
    }

    @Test
    void millionsOfCyclesAgreeWithTheGoldenModel(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX));
        List<VerilatorHarness.Dut> duts = new ArrayList<>();
        List<Stimulus> stimuli = new ArrayList<>();
        for (int i = 0; i < SPECS.size(); i++) {
            UnitSpec s = SPECS.get(i);
            duts.add(new VerilatorHarness.Dut(Rtl.generate(s), Rtl.module(s, s.identifier())));
            stimuli.add(new Stimulus(s, 100 + i));
        }
        var harness = new VerilatorHarness(duts, dir);
        harness.build();
        for (int start = 0; start < CYCLES; start += CHUNK) {
            List<List<Map<String, BigInteger>>> inputs = new ArrayList<>();
            List<long[]> expected = new ArrayList<>();
            for (int t = start; t < start + CHUNK; t++) {
                List<Map<String, BigInteger>> cycle = new ArrayList<>();
                long[] outs = new long[SPECS.size()];
                for (int i = 0; i < SPECS.size(); i++) {
                    cycle.add(stimuli.get(i).next(t, t == start));
                    outs[i] = stimuli.get(i).expected;
                }
                inputs.add(cycle);
                expected.add(outs);
            }
            List<List<Map<String, BigInteger>>> outputs = harness.run(inputs);
            for (int t = 0; t < CHUNK; t++) {
                for (int i = 0; i < SPECS.size(); i++) {
                    UnitSpec s = SPECS.get(i);
                    long actual = outputs.get(t).get(i).get(s.mac() ? "acc" : "z").longValueExact();
                    if (actual != expected.get(t)[i]) {
                        Map<String, BigInteger> in = inputs.get(t).get(i);
                        fail(String.format("%s cycle %d, inputs %s: expected %08x, RTL %08x", s, start + t, hex(in),
                                expected.get(t)[i], actual));
                    }
                }
            }
        }
    }

    private static String hex(Map<String, BigInteger> in) {
        var sb = new StringBuilder();
        in.forEach((k, v) -> sb.append(k).append('=').append(v.toString(16)).append(' '));
        return sb.toString().trim();
    }

    /** The operands of one design, cycle by cycle, and the golden model's output after each cycle. */
    private static final class Stimulus {
        private final UnitSpec spec;
        private final FloatFormat format;
        private final FloatSampler sampler;
        private final List<Long> corners;
        private final SplittableRandom random;
        private final Multiplier multiplier;
        private final MacState mac;
        long expected;

        Stimulus(UnitSpec spec, long seed) {
            this.spec = spec;
            this.format = FloatUnit.of(spec).operandFormat();
            this.sampler = new FloatSampler(format, seed);
            this.corners = FloatCorners.of(format);
            this.random = new SplittableRandom(seed);
            this.multiplier = Units.multiplier(spec);
            this.mac = spec.mac() ? new MacState(Units.mac(spec)) : null;
        }

        /** The inputs of cycle t; {@code reset} resets a MAC (each simulator run starts from power-up). */
        Map<String, BigInteger> next(int t, boolean reset) {
            long[] ab = mac == null ? multiplierOperands(t) : macOperands(t);
            if (mac == null) {
                expected = multiplier.multiply(ab[0], ab[1]);
                return Map.of("a", big(ab[0]), "b", big(ab[1]));
            }
            boolean rst = reset || random.nextInt(500) == 0;
            boolean en = random.nextInt(8) != 0;
            boolean clr = random.nextInt(40) == 0;
            mac.clock(rst, en, clr, ab[0], ab[1]);
            expected = mac.accumulator().longValueExact();
            return Map.of("a", big(ab[0]), "b", big(ab[1]), "rst", bit(rst), "en", bit(en), "clr", bit(clr));
        }

        /** Every pair of corners first, then random operands. */
        private long[] multiplierOperands(int t) {
            int n = corners.size();
            if (t < n * n) {
                return new long[] {corners.get(t / n), corners.get(t % n)};
            }
            return new long[] {sampler.next(), sampler.next()};
        }

        /** Blocks of 64 cycles: random, corners, cancelling, overflowing, underflowing, tiny cancelling. */
        private long[] macOperands(int t) {
            float acc = Float.intBitsToFloat((int) mac.accumulator().longValue());
            return switch ((t / 64) % 6) {
                case 0 -> new long[] {sampler.next(), sampler.next()};
                case 1 -> new long[] {corners.get(random.nextInt(corners.size())),
                        corners.get(random.nextInt(corners.size()))};
                case 2, 5 -> cancelling(acc, (t / 64) % 6 == 5 ? -60 : 0);
                case 3 -> new long[] {sampler.near(60, 4), sampler.near(60, 4)};
                default -> new long[] {sampler.near(-70, 8), sampler.near(-70, 8)};
            };
        }

        /** a near 2^scale and b = -acc / a in the operand format (exactly -acc when a = 1 fits). */
        private long[] cancelling(float acc, int scale) {
            long a = random.nextInt(4) == 0 ? format.powerOfTwo(false, 0) : sampler.near(scale, 3);
            float quotient = -acc / toFloat(a);
            long b = fromFloat(quotient) + random.nextInt(-1, 2);
            return new long[] {a, b & format.mask()};
        }

        private float toFloat(long pattern) {
            return Float.intBitsToFloat((int) (pattern << (32 - format.width())));
        }

        private long fromFloat(float x) {
            return (Float.floatToRawIntBits(x) & 0xFFFF_FFFFL) >>> (32 - format.width());
        }
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static BigInteger bit(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }
}
