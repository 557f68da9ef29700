package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.Toolchain;

/**
 * Test helper: generated designs of different widths co-simulated in one Verilator build (a build
 * costs seconds, a vector a fraction of a microsecond). The first design sets the batch's shape
 * ({@link DutShape}); every narrower one is wrapped to it: the wrapper hands the design the low n
 * bits of {@code a} and {@code b} and zero-extends its result, and its golden model is given the
 * same low bits. Vectors are drawn for the first design; when it is signed, the low bits of its
 * corner operands include every corner operand of a narrower design, so the narrower designs' corner
 * pairs are all among the vectors. Error bounds are checked for the designs of the batch's own width.
 */
final class WidenedBatch {
    private final List<UnitSpec> specs;
    private final DutShape shape;
    private final List<RtlSource> rtls = new ArrayList<>();

    WidenedBatch(List<UnitSpec> specs) {
        this.specs = List.copyOf(specs);
        this.shape = DutShape.of(specs.get(0));
        for (UnitSpec s : specs) {
            if (s.mac() != shape.mac() || s.n() > shape.operandWidth() || s.outputWidth() > shape.outputWidth()) {
                throw new IllegalArgumentException(s.canonical() + " does not fit in the batch shape " + shape);
            }
            rtls.add(widened(Rtl.generate(s)));
        }
    }

    /** Co-simulates the multipliers on the plan (random vectors from {@code random}); fails with every report. */
    List<CosimResult> assertMultipliersMatch(VectorPlan plan, Stimulus random) {
        List<Multiplier> goldens = specs.stream().map(s -> lowBits(Units.multiplier(s))).toList();
        List<Optional<ErrorBound>> bounds = specs.stream()
                .map(s -> s.n() == shape.operandWidth() ? ErrorBound.of(s) : Optional.<ErrorBound>empty()).toList();
        return requireAll(Fixtures.cosim().multipliers(model(), goldens, bounds, plan, random, Cosim.Progress.NONE));
    }

    /** Co-simulates the MACs on {@code cycles} cycles of the sequence; fails with every report. */
    List<CosimResult> assertMacsMatch(Stimulus sequence, long cycles, long seed) {
        List<Mac> goldens = specs.stream().map(s -> lowBits(Units.mac(s))).toList();
        return requireAll(Fixtures.cosim().macs(model(), goldens, sequence, cycles, seed, Cosim.Progress.NONE));
    }

    private SimModel model() {
        return new ModelBuilder(Toolchain.system(), CacheRoot.resolve(null).verilatorBuilds())
                .build(BatchRtl.of(rtls, shape), shape.batch(rtls.size()));
    }

    private List<CosimResult> requireAll(List<CosimResult> results) {
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < results.size(); m++) {
            if (!results.get(m).passed()) {
                failures.add(new CosimReport(CosimRequest.of(specs.get(m), rtls.get(m)), results.get(m)).text());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
        return results;
    }

    /** The design itself when it has the batch's shape, else the design inside a wrapper of that shape. */
    private RtlSource widened(GeneratedDesign d) {
        UnitSpec s = d.spec();
        if (DutShape.of(s).equals(shape)) {
            return RtlSource.of(d);
        }
        String top = d.moduleName() + "_widened";
        String result = shape.resultPort();
        var v = new StringBuilder("// ").append(s.canonical()).append(" on the low bits of a batch of width ")
                .append(shape.operandWidth()).append('\n')
                .append("module ").append(top).append(" (\n");
        if (shape.mac()) {
            v.append("    input  wire clk,\n    input  wire rst,\n    input  wire en,\n    input  wire clr,\n");
        }
        v.append("    input  wire [").append(shape.operandWidth() - 1).append(":0] a,\n")
                .append("    input  wire [").append(shape.operandWidth() - 1).append(":0] b,\n")
                .append("    output wire [").append(shape.outputWidth() - 1).append(":0] ").append(result)
                .append("\n);\n")
                .append("    wire [").append(s.outputWidth() - 1).append(":0] inner;\n")
                .append("    ").append(d.moduleName()).append(" u_inner (")
                .append(shape.mac() ? ".clk(clk), .rst(rst), .en(en), .clr(clr), " : "")
                .append(".a(a[").append(s.n() - 1).append(":0]), .b(b[").append(s.n() - 1).append(":0]), .")
                .append(result).append("(inner));\n")
                .append("    assign ").append(result).append(" = ").append(s.outputWidth() == shape.outputWidth()
                        ? "inner" : "{" + (shape.outputWidth() - s.outputWidth()) + "'d0, inner}").append(";\n")
                .append("endmodule\n\n").append(d.verilog());
        return new RtlSource(top, v.toString(), "generated " + s.canonical() + ", widened to " + shape);
    }

    /** The multiplier on the low n bits of its operands. */
    private static Multiplier lowBits(Multiplier m) {
        long mask = Bits.mask(m.spec().n());
        return new Multiplier() {
            @Override
            public UnitSpec spec() {
                return m.spec();
            }

            @Override
            public long multiply(long a, long b) {
                return m.multiply(a & mask, b & mask);
            }

            @Override
            public BigInteger multiplyWide(long a, long b) {
                return m.multiplyWide(a & mask, b & mask);
            }
        };
    }

    /** The MAC on the low n bits of its operands. */
    private static Mac lowBits(Mac mac) {
        long mask = Bits.mask(mac.spec().n());
        Multiplier multiplier = lowBits(mac.multiplier());
        return new Mac() {
            @Override
            public UnitSpec spec() {
                return mac.spec();
            }

            @Override
            public Multiplier multiplier() {
                return multiplier;
            }

            @Override
            public BigInteger accumulate(BigInteger acc, long a, long b) {
                return mac.accumulate(acc, a & mask, b & mask);
            }

            @Override
            public long accumulate(long acc, long a, long b) {
                return mac.accumulate(acc, a & mask, b & mask);
            }
        };
    }
}
