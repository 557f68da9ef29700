package org.approxmac.fixed;

import java.util.Map;
import java.util.Optional;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.blocks.PartialProducts;
import org.approxmac.hdl.blocks.UnsignedMultiplier;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.MacWrapperRtl;
import org.approxmac.spec.Kind;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * RTL of the exact fixed-point (integer) multiplier, the baseline of Kim et al., IEEE TETC 2021
 * (Table 4): z = a * b in 2N bits, two's complement or unsigned, in the architecture of the spec's
 * {@code arch} key. {@code star} is Verilog {@code *}: the twos variant sign-extends both operands to
 * 2N bits and keeps the low 2N bits of their product (exact for N-bit operands).
 * <pre>
 *  a --[sign/zero extend to 2N]--> a_extended --+
 *                                                (*)--> z (2N bits)
 *  b --[sign/zero extend to 2N]--> b_extended --+
 * </pre>
 * Every other architecture is a {@link MultiplyAdd} (partial products, compressor tree, the {@code adder}
 * key's carry-propagate adder); its MAC is fused (the accumulator is one more tree row).
 */
public final class FixedRtl {

    /**
     * What {@code arch=auto} chooses for a combinational unit at every width: the least energy per operation
     * measured (docs/arithmetic.md).
     */
    public static final String AUTO = "radix4";

    /**
     * The widest operands for which {@code arch=auto} chooses radix-4 Booth for a pipelined unit ({@code stages}
     * above 0), the AND-array Dadda tree above: their rows have no carry chain in front of the tree, where
     * radix-4 rows have the hard multiple's 34-bit adder (a ripple-carry block in a pipelined unit), so they
     * reach the shorter clocks (MACs at 4 stages: n = 16 2.317 ns with Booth, 3.373 with radix-4 rows; n = 32
     * 3.877 with the AND array, 4.274 with radix-4 rows, at 16 % less energy; docs/pipelining.md).
     */
    public static final int AUTO_PIPELINED_BOOTH_MAX_N = 16;

    private FixedRtl() {
    }

    /** The multiplier module {@code name} with ports a, b (n bits) and z (2n bits), arch star. */
    public static HdlModule build(String name, int n, SignMode mode) {
        ModuleBuilder m = new ModuleBuilder(name);
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal z = m.output("z", 2 * n);
        if (mode == SignMode.UNSIGNED) {
            m.doc("Exact unsigned multiplier: z = a * b.");
            HdlModule core = UnsignedMultiplier.build(name + "_core", n);
            m.instance("u_core", core, Map.of("a", a, "b", b, "product", z));
        } else if (mode == SignMode.TWOS) {
            m.doc("Exact two's-complement multiplier: z = a * b (operands sign-extended to 2N bits).");
            Signal aExtended = m.wire("a_extended", a.sext(2 * n), "a sign-extended to the product width");
            Signal bExtended = m.wire("b_extended", b.sext(2 * n));
            m.assign(z, aExtended.mulSigned(bExtended), "$signed: synthesis keeps an N x N signed multiplier");
        } else {
            throw new IllegalArgumentException("fixed takes sign twos or unsigned, not " + mode.specName());
        }
        return m.build();
    }

    /** The fixed unit of {@code spec} (multiplier or MAC) named {@code name}. */
    public static HdlModule build(UnitSpec spec, String name) {
        int n = spec.n();
        SignMode mode = spec.sign();
        CarryPropagateAdder adder = adder(spec);
        Optional<MultiplyAdd> tree = architecture(spec);
        if (tree.isEmpty()) {
            requirePipelinable(spec);
            HdlModule multiplier = build(spec.mac() ? name + "_mul" : name, n, mode);
            return spec.mac() ? MacWrapperRtl.build(name, multiplier, spec.accumulatorWidth(), mode.signed(), adder)
                    : multiplier;
        }
        MultiplyAdd arch = tree.get();
        if (spec.latency() > 0) {
            // pipelined: the tree's two rows, extended to the accumulator, enter a carry-save accumulator; a
            // multiplier the split leaves in one stage keeps Verilog '+' for radix-4's hard multiple
            HdlModule cuttable = arch.buildRows(name + "_mul", n, mode.signed(), spec.accumulatorWidth(), true);
            HdlModule whole = arch.buildRows(name + "_mul", n, mode.signed(), spec.accumulatorWidth(), false);
            return MacWrapperRtl.buildPipelined(name, cuttable, whole, spec.accumulatorWidth(), mode.signed(), adder,
                    spec.latency());
        }
        if (spec.mac()) {
            HdlModule fused = arch.build(name + "_multiply_add", n, mode.signed(), spec.accumulatorWidth(), true);
            return MacWrapperRtl.buildFused(name, fused, arch.describe());
        }
        return multiplier(name, n, mode, arch, CarryPropagateAdder.PLUS);
    }

    /**
     * The combinational datapath a pipelined fixed multiplier is cut from: {@code combinational} is its spec
     * without stages, whose adder is already a gate-level block; as {@link #build(UnitSpec, String)}, with
     * radix-4's hard multiple 3a computed by that adder too, so that a pipeline register can cut every carry
     * chain (Verilog '+' is one expression, which no register can cut).
     */
    public static HdlModule pipelinedDatapath(UnitSpec combinational, String name) {
        Optional<MultiplyAdd> tree = architecture(combinational);
        if (combinational.mac() || combinational.dot() || combinational.array() || combinational.latency() > 0
                || tree.isEmpty()) {
            throw new IllegalArgumentException("not the combinational datapath of a pipelined fixed multiplier: "
                    + combinational.canonical());
        }
        MultiplyAdd arch = tree.get();
        return multiplier(name, combinational.n(), combinational.sign(), arch, arch.adder());
    }

    private static HdlModule multiplier(String name, int n, SignMode mode, MultiplyAdd arch,
                                        CarryPropagateAdder multipleAdder) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Exact " + (mode.signed() ? "two's-complement" : "unsigned") + " multiplier: z = a * b; "
                + arch.describe() + ".");
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal z = m.output("z", 2 * n);
        m.instance("u_core", arch.build(name + "_core", n, mode.signed(), 2 * n, false, multipleAdder),
                Map.of("a", a, "b", b, "result", z));
        return m.build();
    }

    /** Refuses {@code stages} above 0 with {@code arch=star}: Verilog '*' cannot be cut into stages. */
    public static void requirePipelinable(UnitSpec spec) {
        if (spec.latency() > 0 && architecture(spec).isEmpty()) {
            throw new SpecException("fixed: stages=" + spec.latency() + " needs a tree architecture: Verilog '*'"
                    + " (arch=star) cannot be cut into stages (accepted: arch=" + String.join("|", Kind.FIXED.descriptor()
                    .param("arch").orElseThrow().choices().stream().filter(a -> !a.equals("star")).toList()) + ")");
        }
    }

    /** The {@code arch} key as blocks; empty for {@code star} (Verilog '*'). */
    public static Optional<MultiplyAdd> architecture(UnitSpec spec) {
        CarryPropagateAdder adder = adder(spec);
        return switch (resolvedArchitecture(spec)) {
            case "star" -> Optional.empty();
            case "dadda" -> Optional.of(new MultiplyAdd(PartialProducts.AND_ARRAY, CompressorTree.DADDA, adder));
            case "wallace" -> Optional.of(new MultiplyAdd(PartialProducts.AND_ARRAY, CompressorTree.WALLACE, adder));
            case "booth" -> Optional.of(new MultiplyAdd(PartialProducts.BOOTH_RADIX4, CompressorTree.DADDA, adder));
            case "booth_wallace" -> Optional.of(new MultiplyAdd(PartialProducts.BOOTH_RADIX4, CompressorTree.WALLACE,
                    adder));
            case "radix4" -> Optional.of(new MultiplyAdd(PartialProducts.RADIX4_HARD_MULTIPLE, CompressorTree.DADDA,
                    adder));
            case "radix4_wallace" -> Optional.of(new MultiplyAdd(PartialProducts.RADIX4_HARD_MULTIPLE,
                    CompressorTree.WALLACE, adder));
            default -> throw new IllegalArgumentException("fixed has no architecture " + spec.param("arch"));
        };
    }

    /**
     * The {@code arch} value, {@code auto} resolved: radix-4 partial products with the hard multiple 3a and
     * a Dadda tree, the architecture of least energy per operation measured on osu018 at n = 8, 16 and 32
     * (docs/arithmetic.md); for a pipelined unit radix-4 Booth up to n = 16 and the AND-array Dadda tree above,
     * which reach the shortest clocks (docs/pipelining.md).
     */
    public static String resolvedArchitecture(UnitSpec spec) {
        String arch = spec.param("arch");
        if (!arch.equals("auto")) {
            return arch;
        }
        if (spec.latency() > 0) {
            return spec.n() <= AUTO_PIPELINED_BOOTH_MAX_N ? "booth" : "dadda";
        }
        return AUTO;
    }

    /** One line naming the architecture of a fixed spec, e.g. for reports. */
    public static String describe(UnitSpec spec) {
        if (spec.mac() && spec.latency() > 0) { // the tree's two rows enter the carry-save accumulator: no adder of its own
            return architecture(spec).orElseThrow().describeRows();
        }
        return architecture(spec).map(MultiplyAdd::describe).orElse("Verilog '*'"
                + (spec.mac() ? ", " + adder(spec).title() + " accumulate adder" : ""));
    }

    private static CarryPropagateAdder adder(UnitSpec spec) {
        String name = spec.param("adder");
        return CarryPropagateAdder.bySpecName(name)
                .orElseThrow(() -> new IllegalArgumentException("fixed has no adder " + name));
    }
}
