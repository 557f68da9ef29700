package org.approxmac.hdl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.drum.DrumCoreRtl;
import org.approxmac.ilm.IlmCoreRtl;
import org.approxmac.roba.RobaCoreRtl;
import org.approxmac.trunc.Correction;
import org.approxmac.trunc.TruncCoreRtl;
import org.approxmac.booth.BrokenBoothRtl;
import org.approxmac.fixed.FixedRtl;
import org.approxmac.fp.FloatDotRtl;
import org.approxmac.fp.FloatRtl;
import org.approxmac.fp.SignificandCore;
import org.approxmac.spec.C1ZeroRule;
import org.approxmac.golden.Version;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.blocks.PrefixOr;
import org.approxmac.hdl.builder.Design;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.array.ProcessingArrayRtl;
import org.approxmac.hdl.dot.DotProductRtl;
import org.approxmac.hdl.dot.LaneTerms;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.Identifiers;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.pipeline.Pipeliner;
import org.approxmac.hdl.builder.SignalKind;
import org.approxmac.hdl.render.VerilogRenderer;
import org.approxmac.hdl.wrapper.MacWrapperRtl;
import org.approxmac.hdl.wrapper.SignWrapperRtl;
import org.approxmac.hdl.wrapper.SharedCoreRtl;
import org.approxmac.hdl.wrapper.UnsignedCoreRtl;
import org.approxmac.mitchw.MitchwCoreRtl;
import org.approxmac.mitchw.MitchwVariant;
import org.approxmac.spec.Kind;
import org.approxmac.spec.ParamDescriptor;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * The generator facade: one spec in, one self-contained Verilog-2005 design out (top module plus
 * all submodules, prefixed {@code <top>_}), with a header comment stating the canonical spec, the
 * parameters and the ports. {@link #module} is the single dispatch point from kinds to RTL
 * builders.
 */
public final class Rtl {

    private static final VerilogRenderer RENDERER = new VerilogRenderer();

    /** The kinds that build their whole unit themselves (no unsigned core, no sign wrapper). */
    private static final Map<Kind, NativeKindRtl> NATIVE = Map.of(
            Kind.FIXED, new NativeKindRtl(FixedRtl::build, FixedRtl::describe),
            Kind.BBM, new NativeKindRtl(BrokenBoothRtl::build, BrokenBoothRtl::describe));

    private Rtl() {
    }

    /** The design of {@code spec} with top module {@code spec.identifier()}. */
    public static GeneratedDesign generate(UnitSpec spec) {
        return generate(spec, spec.identifier());
    }

    /**
     * The design of {@code spec} with top module {@code moduleName}.
     *
     * @throws SpecException if the module name is not a legal Verilog identifier or the kind has no
     *                       RTL yet
     */
    public static GeneratedDesign generate(UnitSpec spec, String moduleName) {
        requireModuleName(moduleName);
        Design design = Design.of(module(spec, moduleName));
        return new GeneratedDesign(spec, moduleName, RENDERER.render(design, header(spec, design.top())));
    }

    /** Rejects names that are not legal Verilog identifiers, with a one-line {@link SpecException}. */
    public static void requireModuleName(String moduleName) {
        try {
            Identifiers.require(moduleName, "module");
        } catch (HdlException e) {
            throw new SpecException(e.getMessage());
        }
    }

    /**
     * The top module of {@code spec} named {@code name}: the single dispatch from kinds to RTL
     * (floating kinds to {@code org.approxmac.fp.FloatRtl}).
     */
    public static HdlModule module(UnitSpec spec, String name) {
        if (spec.array()) {
            return processingArray(spec, name).build(name);
        }
        if (!spec.mac() && spec.latency() > 0) {
            if (spec.kind() == Kind.FIXED) {
                FixedRtl.requirePipelinable(spec);
            }
            HdlModule datapath = spec.kind() == Kind.FIXED && !spec.dot()
                    ? FixedRtl.pipelinedDatapath(pipelinedDatapath(spec), name) : module(pipelinedDatapath(spec), name);
            return Pipeliner.pipeline(datapath, name, "clk", spec.latency(), 0, true);
        }
        if (spec.dot()) {
            return dotProduct(spec, name);
        }
        if (spec.kind().floating()) {
            return FloatRtl.build(spec, name, significandCore(spec));
        }
        NativeKindRtl nativeKind = NATIVE.get(spec.kind());
        if (nativeKind != null) {
            return nativeKind.build(spec, name);
        }
        if (onesComplementAccumulation(spec)) {
            HdlModule pair = SignWrapperRtl.buildOnesComplementPair(name + "_mul", C1ZeroRule.of(spec.kind()),
                    unsignedCore(spec.multiplier()));
            return MacWrapperRtl.buildOnesComplement(name, pair, spec.accumulatorWidth(), accumulateAdder(spec));
        }
        if (spec.mac()) {
            HdlModule multiplier = integerMultiplier(spec.multiplier(), name + "_mul");
            return MacWrapperRtl.build(name, multiplier, spec.accumulatorWidth(), spec.signedOperands(),
                    accumulateAdder(spec), spec.latency(), MacWrapperRtl.Controls.ON_ADDENDS);
        }
        return integerMultiplier(spec, name);
    }

    /**
     * The combinational multiplier a pipelined one is cut from: {@code spec} without its stages, a
     * {@code fixed} unit's {@code arch=auto} resolved as for a pipelined unit (radix-4 Booth up to n = 16,
     * the AND array above: {@link FixedRtl#resolvedArchitecture}), and its final adder {@code plus} taken
     * as ripple carry, as a pipelined MAC's
     * is ({@link MacWrapperRtl#pipelinedFinalAdder}): Verilog '+' is one expression, which no register
     * can cut ({@link FixedRtl#pipelinedDatapath} builds radix-4's hard multiple with that adder too).
     */
    static UnitSpec pipelinedDatapath(UnitSpec spec) {
        UnitSpec combinational = spec.withLatency(0);
        if (spec.kind() != Kind.FIXED) {
            return combinational;
        }
        Map<String, String> params = new LinkedHashMap<>(combinational.params());
        params.put("arch", FixedRtl.resolvedArchitecture(spec)); // a pipelined unit's auto, not the combinational one's
        params.put("adder", MacWrapperRtl.pipelinedFinalAdder(accumulateAdder(spec)).specName());
        return UnitSpec.of(spec.kind(), params, false, null);
    }

    /**
     * A dot-product unit ({@code dot=K}): its K lanes' terms in one tree, the accumulator as one more row
     * of a MAC's; a bare unit's top has ports a, b, z around the datapath.
     */
    private static HdlModule dotProduct(UnitSpec spec, String name) {
        if (spec.kind().floating()) {
            return FloatDotRtl.build(spec, name, significandCore(spec));
        }
        DotProductRtl dot = dotDatapath(spec, name);
        if (spec.mac()) {
            return MacWrapperRtl.buildFused(name, dot.build(name + "_dot", spec.accumulatorWidth(), true),
                    dot.describe());
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Dot product: z = sum of the " + spec.lanes() + " lane products a[i*" + spec.n() + " +: " + spec.n()
                + "] * b[i*" + spec.n() + " +: " + spec.n() + "], exact in " + spec.sumWidth() + " bits.");
        Signal a = m.input("a", spec.aPortWidth());
        Signal b = m.input("b", spec.bPortWidth());
        Signal z = m.output("z", spec.sumWidth());
        m.instance("u_dot", dot.build(name + "_dot", spec.sumWidth(), false), Map.of("a", a, "b", b, "result", z));
        return m.build();
    }

    /**
     * The datapath of a dot-product spec: an exact {@code fixed} multiplier's partial products (its
     * {@code arch} key's rows and tree) fused into one tree, else one instance of the kind's multiplier
     * ({@code lane} submodule) per lane; the {@code adder} key's final adder.
     */
    static DotProductRtl dotDatapath(UnitSpec spec, String name) {
        UnitSpec lane = spec.lane();
        boolean signed = spec.signedOperands();
        CarryPropagateAdder adder = accumulateAdder(spec);
        if (spec.kind() == Kind.FIXED) {
            Optional<MultiplyAdd> arch = FixedRtl.architecture(lane);
            LaneTerms terms = arch.map(t -> LaneTerms.partialProducts(t.partialProducts(), signed)).orElseGet(() ->
                    LaneTerms.multiplier(FixedRtl.build(name + "_lane", lane.n(), lane.sign()), signed,
                            "Verilog '*' multipliers"));
            return new DotProductRtl(spec.lanes(), spec.n(), terms, arch.map(MultiplyAdd::tree)
                    .orElse(CompressorTree.DADDA), adder);
        }
        LaneTerms terms;
        if (onesComplementLanes(spec)) {
            HdlModule pair = SignWrapperRtl.buildOnesComplementPair(name + "_lane", C1ZeroRule.of(spec.kind()),
                    unsignedCore(lane));
            terms = LaneTerms.onesComplementPair(pair, PrefixOr.negation(name + "_negate", 2 * spec.n()),
                    spec.kind().specName() + " multipliers, c1 products added as negations and borrows");
        } else {
            terms = LaneTerms.multiplier(integerMultiplier(lane, name + "_lane"), signed,
                    spec.kind().specName() + " multipliers");
        }
        return new DotProductRtl(spec.lanes(), spec.n(), terms, CompressorTree.DADDA, adder);
    }

    /**
     * Whether the integer MAC {@code spec} accumulates its c1 product as negation and borrow
     * ({@link MacWrapperRtl#buildOnesComplement}): every combinational c1 MAC of a kind with a sign
     * wrapper whose core's product is sparse ({@link UnsignedCoreRtl#sparseProduct}). Measured on osu018
     * (docs/arithmetic.md): the Mitch-w6 MAC uses 9.8 % (N = 16) and 21 % (N = 32) less energy per
     * operation than adding the inverted product, the DRUM6 MAC 11 % and 18 %.
     */
    static boolean onesComplementAccumulation(UnitSpec spec) {
        return spec.mac() && !spec.dot() && !spec.array() && addsOnesComplementAsNegation(spec);
    }

    /**
     * Whether the lanes of the integer dot product {@code spec} add their c1 products as negation and borrow
     * ({@link LaneTerms#onesComplementPair}), by the rule of {@link #onesComplementAccumulation}.
     */
    static boolean onesComplementLanes(UnitSpec spec) {
        return spec.dot() && addsOnesComplementAsNegation(spec);
    }

    /** A combinational c1 unit of a kind with a sign wrapper whose core's product is sparse. */
    private static boolean addsOnesComplementAsNegation(UnitSpec spec) {
        return !spec.kind().floating() && !NATIVE.containsKey(spec.kind()) && spec.latency() == 0
                && spec.sign() == SignMode.C1 && unsignedCore(spec.multiplier()).sparseProduct();
    }

    /** The accumulate adder an integer MAC's {@code adder} key names. */
    static CarryPropagateAdder accumulateAdder(UnitSpec spec) {
        String name = spec.param("adder");
        return CarryPropagateAdder.bySpecName(name)
                .orElseThrow(() -> new IllegalArgumentException(spec.kind().specName() + " has no adder " + name));
    }

    private static HdlModule integerMultiplier(UnitSpec spec, String name) {
        NativeKindRtl nativeKind = NATIVE.get(spec.kind());
        if (nativeKind != null) {
            return nativeKind.build(spec, name);
        }
        return SignWrapperRtl.build(name, spec.sign(), C1ZeroRule.of(spec.kind()), unsignedCore(spec));
    }

    /** The RTL of a floating spec's approximate significand core ({@code mult}), if it names one. */
    private static Optional<UnsignedCoreRtl> significandCore(UnitSpec spec) {
        return SignificandCore.coreSpec(spec).map(Rtl::unsignedCore);
    }

    /** The unsigned core of an approximate integer kind; every one splits into conversion and combination. */
    private static SharedCoreRtl unsignedCore(UnitSpec spec) {
        int n = spec.n();
        return switch (spec.kind()) {
            case MITCHW, MITCHELL, MITCHWU, DRALM, ALMSOA -> new MitchwCoreRtl(n, spec.keptBits(), MitchwVariant.of(spec));
            case DRUM -> new DrumCoreRtl(n, spec.intParam("k"));
            case ILM -> new IlmCoreRtl(n, spec.intParam("w"), spec.intParam("iter"));
            case ROBA -> new RobaCoreRtl(n);
            case TRUNC -> new TruncCoreRtl(n, spec.intParam("t"), Correction.of(spec.param("corr")));
            default -> throw new IllegalStateException(spec.kind().specName()
                    + " has no unsigned core: it is dispatched above");
        };
    }

    /**
     * An array of MACs ({@code rows}, {@code cols}): the element MAC R x C times, or with {@code share=operands}
     * one conversion per row and column and per element the combination and the accumulator.
     */
    static ProcessingArrayRtl processingArray(UnitSpec spec, String name) {
        UnitSpec element = spec.element();
        if (!spec.sharedOperands()) {
            return new ProcessingArrayRtl(spec.rows(), spec.cols(), spec.n(), module(element, name + "_pe"), null);
        }
        UnitSpec lane = spec.lane();
        SharedCoreRtl core = unsignedCore(lane);
        C1ZeroRule zeroRule = C1ZeroRule.of(spec.kind());
        HdlModule convert = SignWrapperRtl.buildEncoder(name + "_convert", lane.sign(), zeroRule, core);
        HdlModule mac;
        if (onesComplementAccumulation(element)) {
            HdlModule pair = SignWrapperRtl.buildCombinerOnesComplementPair(name + "_pe_mul", zeroRule, core);
            mac = MacWrapperRtl.buildOnesComplement(name + "_pe", pair, spec.accumulatorWidth(), accumulateAdder(spec));
        } else {
            HdlModule combine = SignWrapperRtl.buildCombiner(name + "_pe_mul", lane.sign(), zeroRule, core);
            mac = MacWrapperRtl.build(name + "_pe", combine, spec.accumulatorWidth(), spec.signedOperands(),
                    accumulateAdder(spec), 0, MacWrapperRtl.Controls.ON_ADDENDS);
        }
        return new ProcessingArrayRtl(spec.rows(), spec.cols(), spec.n(), mac, convert);
    }

    /** Where the bit-level semantics of a design are defined, as a path in the approxmac repository. */
    static final String SEMANTICS = "docs/units.md in the approxmac repository";
    static final String SEMANTICS_MITCHWU = "docs/units.md, \"The mitchwu core\", and docs/mitchwu.md in the"
            + " approxmac repository (the Mitch-w authors' c1 VHDL)";

    /**
     * The datapath architecture of {@code spec} in one line where the spec chooses one (the fixed
     * kind's {@code arch} and {@code adder} keys, an integer MAC's accumulate adder, a floating unit's significand
     * multiplier, a pipelined MAC's carry-save accumulator, final adder and latency), else empty.
     */
    public static String architecture(UnitSpec spec) {
        if (spec.array()) {
            String element = architecture(spec.element());
            return "array of " + spec.rows() + " x " + spec.cols() + " MACs, output stationary, "
                    + (spec.sharedOperands() ? "each row's and column's operand converted once (share=operands)"
                    : "a whole multiplier per element") + (element.isEmpty() ? "" : "; each element: " + element);
        }
        if (!spec.mac() && spec.latency() > 0) {
            String datapath = architecture(pipelinedDatapath(spec));
            return (datapath.isEmpty() ? "" : datapath + "; ") + "pipelined: latency " + spec.latency()
                    + ", initiation interval 1";
        }
        if (spec.dot() && spec.kind().floating()) {
            return "dot product, " + FloatDotRtl.describe(spec) + "; lanes: " + FloatRtl.describe(spec);
        }
        if (spec.dot()) {
            return "dot product, " + dotDatapath(spec, spec.identifier()).describe()
                    + (spec.mac() ? ", the accumulator one more tree row" : "");
        }
        if (spec.latency() > 0 && spec.kind().floating()) {
            return FloatRtl.describe(spec) + "; pipelined: latency " + spec.latency() + " (the product path), initiation"
                    + " interval 1, the rounded accumulation loop one cycle";
        }
        if (spec.latency() > 0) {
            String rows = NATIVE.containsKey(spec.kind()) ? NATIVE.get(spec.kind()).describe(spec) + ", " : "";
            return rows + "carry-save accumulator, " + MacWrapperRtl.pipelinedFinalAdder(accumulateAdder(spec)).title()
                    + " final adder; pipelined: latency " + spec.latency() + ", initiation interval 1";
        }
        NativeKindRtl nativeKind = NATIVE.get(spec.kind());
        if (nativeKind != null) {
            return nativeKind.describe(spec);
        }
        if (spec.kind().floating()) {
            return FloatRtl.describe(spec);
        }
        return !spec.mac() ? "" : accumulateAdder(spec).title() + " accumulate adder"
                + (onesComplementAccumulation(spec) ? "; c1 product added as its negation and a borrow from the"
                + " accumulator" : "");
    }

    /** Header lines: spec, kind, paper, architecture, semantics and version, parameters, ports. */
    static List<String> header(UnitSpec spec, HdlModule top) {
        List<String> h = new ArrayList<>();
        h.add("approxmac design " + spec.canonical());
        String title = spec.kind().descriptor().title();
        if (spec.kind().floating() && !spec.param("acc").equals("fp32")) { // the title names the default, FP32
            title = title.replace("FP32 product and FP32 accumulator", spec.param("acc") + " product and "
                    + spec.param("acc") + " accumulator");
        }
        h.add(title + (spec.mac() ? ", as a multiply-accumulate unit" : ""));
        h.add("Paper: " + spec.kind().descriptor().paper());
        if (!architecture(spec).isEmpty()) {
            h.add("Architecture: " + architecture(spec));
        }
        h.add("Semantics: " + (spec.kind() == Kind.MITCHWU ? SEMANTICS_MITCHWU : SEMANTICS)
                + "; generated by approxmac " + Version.current() + " from the same parameters as the golden model.");
        h.add("");
        h.add("Parameters:");
        int keyWidth = spec.mac() ? "acc".length() : 1; // the column as wide as the longest key, e.g. "adder"
        // a function key the canonical form leaves out at its default (dot=1) is left out here too
        List<ParamDescriptor> shown = spec.kind().descriptor().params().stream()
                .filter(p -> spec.mac() || !p.macOnly())
                .filter(p -> spec.array() || !p.key().equals("share")) // what an array shares says nothing of one MAC
                .filter(p -> p.architecture() || !p.omittedFromCanonical(spec.param(p.key()))).toList();
        for (ParamDescriptor p : shown) {
            keyWidth = Math.max(keyWidth, p.key().length());
        }
        String row = "  %-" + keyWidth + "s = %-8s %s";
        for (ParamDescriptor p : shown) {
            h.add(String.format(row, p.key(), spec.param(p.key()), p.doc()));
        }
        if (spec.mac() && !shown.stream().anyMatch(p -> p.key().equals("acc"))) {
            h.add(String.format(row, "acc", spec.accumulatorWidth(), "accumulator width in bits"));
        }
        h.add("");
        h.add("Ports of " + top.name() + ":");
        for (Signal p : top.ports()) {
            h.add(String.format("  %-6s %-8s %-4s %s", p.kind() == SignalKind.INPUT ? "input" : "output",
                    p.width() == 1 ? "" : "[" + (p.width() - 1) + ":0]", p.name(), portDoc(spec, p.name())));
        }
        return h;
    }

    private static String portDoc(UnitSpec spec, String port) {
        boolean floating = spec.kind().floating();
        String operand = floating ? spec.kind().specName() + " pattern"
                : spec.signedOperands() ? "two's-complement pattern" : "unsigned";
        return switch (port) {
            case "clk" -> "clock, rising edge";
            case "rst" -> "synchronous reset, active high: acc <= 0";
            case "en" -> "enable: accumulate this cycle";
            case "clr" -> "with en: acc <= product (start a new sum)";
            case "a" -> spec.array() ? spec.rows() + " operands of " + spec.n() + " bits, row r's at [r*" + spec.n()
                    + " +: " + spec.n() + "], " + operand : operandDoc(spec, operand);
            case "b" -> spec.array() ? spec.cols() + " operands of " + spec.n() + " bits, column c's at [c*" + spec.n()
                    + " +: " + spec.n() + "], " + operand : operandDoc(spec, operand);
            case "z" -> zDoc(spec, floating);
            case "acc" -> floating ? "accumulator register, FP32 pattern" : spec.array() ? spec.elements()
                    + " accumulator registers, element (r, c) at [(r*" + spec.cols() + "+c)*" + spec.accumulatorWidth()
                    + " +: " + spec.accumulatorWidth() + "], each mod 2^" + spec.accumulatorWidth()
                    : "accumulator register, mod 2^" + spec.accumulatorWidth();
            default -> "";
        };
    }

    private static String operandDoc(UnitSpec spec, String operand) {
        return spec.dot() ? spec.lanes() + " operands of " + spec.n() + " bits, lane i at [i*" + spec.n()
                    + " +: " + spec.n() + "], " + operand : "operand, " + operand;
    }

    private static String zDoc(UnitSpec spec, boolean floating) {
        return spec.dot() ? "sum of the " + spec.lanes() + " lane products, " + spec.sumWidth() + "-bit "
                    + (spec.signedOperands() ? "two's-complement pattern" : "unsigned") : (floating ? "product, FP32 pattern, rounded to nearest even"
                    : "product, " + 2 * spec.n() + "-bit " + (spec.signedOperands() ? "two's-complement pattern"
                    : "unsigned")) + (spec.latency() == 0 ? "" : ", of the operands " + spec.latency() + " rising edge"
                    + (spec.latency() == 1 ? "" : "s") + " earlier");
    }
}
