package org.approxmac.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostFlow;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.CostOutcome;
import org.approxmac.synth.CostResult;
import org.approxmac.synth.CostResultJson;
import org.approxmac.synth.DesignInput;
import org.approxmac.synth.Mapping;
import org.approxmac.synth.ResultCache;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.Toolchain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code approxmac synth}: area, delay, power and energy of generated units and of the user's own
 * Verilog, with Yosys, OpenSTA and Icarus under the method of docs/cost-method.md.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Synthesise units with Yosys, time and power them with OpenSTA, with switching activity"
                + " from a gate-level simulation (Icarus), and print area, cells, register bits, latency, delay, power"
                + " and energy per design.",
            "The measured circuit registers the operands in front of the unit (and a bare multiplier's product"
                + " behind it); a MAC's accumulator is its own register. Results are cached by content"
                + " (--cache); designs run in parallel (--jobs). Method: docs/cost-method.md.",
            "Your own RTL: --rtl FILE.v (repeat or comma-separate for several files), -f LIST.f, -I DIR, -G NAME=VALUE,"
                + " --top MODULE and --like SPEC; its ports must be exactly SPEC's (names, directions, widths), which is"
                + " checked before any tool runs (exit 2 otherwise)."},
        footer = {"", "Examples:", "  approxmac synth fixed:n=16,mac mitchw:n=16,w=6,mac",
            "  approxmac synth --rtl my_mac.v --top my_mac --like fixed:n=16,mac --json",
            "  approxmac synth --rtl mul.v,add.v --top mul -G WIDTH=16 --like fixed:n=16",
            "  approxmac synth fixed:n=8 --liberty nangate45_typ.lib.gz --operands sparse",
            "  approxmac synth fixed:n=32,mac fixed:n=32,mac,arch=star,adder=plus",
            "  approxmac synth drum:n=32,k=6,sign=unsigned,mac --energy-split",
            "  approxmac synth drum:n=32,k=6,sign=unsigned,mac --energy-split --keep-hierarchy",
            "  APPROXMAC_YOSYS=/opt/yosys/bin/yosys approxmac synth fixed:n=32,mac,arch=star --yosys-booth"})
final class SynthCommand implements Runnable {

    @Spec
    CommandSpec commandSpec;

    @Parameters(paramLabel = "SPEC", arity = "0..*", description = "units to generate and cost")
    List<String> specs = new ArrayList<>();

    @Mixin
    UserRtlOptions rtl;

    @Option(names = "--like", paramLabel = "SPEC",
            description = "the spec whose ports and operand format --rtl follows (docs/units.md port convention)")
    String like;

    @Mixin
    CostFlowOptions costFlow;

    @Mixin
    ActivityOptions activity;

    @Mixin
    MeasurementOptions measurement;

    @Option(names = "--buffer", description = "map with fanout buffering and gate sizing (ABC's buffer, upsize,"
            + " dnsize), as a timing-driven flow does: for delays of pipelined designs, whose control nets drive"
            + " every accumulator bit; off by default, keeping figures comparable with docs/cost-method.md")
    boolean buffered;

    @Option(names = "--keep-hierarchy", description = "map every module on its own (no flattening before ABC, so no"
            + " optimisation across module boundaries), then name every cell by its module instance: with --energy-split"
            + " the logic is split per module instance (unit.u_mul.u_core, ...) instead of per cell type; the figures"
            + " are this mapping's own, not the default flattened ones (cached apart); not with --buffer")
    boolean keepHierarchy;

    @Mixin
    YosysBoothOption yosysBooth;

    @Option(names = "--json", description = "print one JSON object: its designs array holds one object per design")
    boolean json;

    @Option(names = "--energy-split", description = "also print where each design's energy per operation goes:"
            + " per register (flip-flops by name: the operand registers, the accumulator, ...) and per logic cell"
            + " type (per module instance with --keep-hierarchy), with the share spent with no net toggling (clock"
            + " pins, leakage); with --json, an energy_split array per design")
    boolean energySplit;

    /**
     * A design's figures per multiply-accumulate for --json: {@code macs} (products per cycle: a dot
     * product's lanes times an array's elements, 1 for a single unit), {@code energy_pj_per_mac} and
     * {@code area_per_mac}.
     */
    static Map<String, Object> perMac(CostResult r) {
        UnitSpec spec;
        try {
            spec = UnitSpec.parse(r.spec());
        } catch (SpecException e) {
            return Map.of();
        }
        int macs = spec.lanes() * spec.elements();
        return Map.of("macs", macs, "energy_pj_per_mac", r.energyPj() / macs, "area_per_mac", r.area() / macs);
    }

    @Override
    public void run() {
        List<DesignInput> designs = designs();
        if (buffered && keepHierarchy) {
            throw new UsageError("--buffer and --keep-hierarchy choose two different mappings: give one of them");
        }
        Mapping mapping = buffered ? Mapping.BUFFERED : keepHierarchy ? Mapping.HIERARCHICAL : Mapping.FLAT;
        CostOptions options = costFlow.costOptions(activity, measurement, yosysBooth).withMapping(mapping);
        PrintWriter err = commandSpec.commandLine().getErr();
        List<CostOutcome> outcomes;
        try (ProgressBar bar = ProgressBar.start(json ? 0 : designs.size(), "designs")) {
            outcomes = CostFlow.measure(designs, options, Toolchain.system(), bar.costFlowLines(err, "approxmac synth: "));
        }
        List<CostResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (CostOutcome o : outcomes) {
            o.result().ifPresent(results::add);
            o.failure().ifPresent(failures::add);
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        ResultCache cache = new ResultCache(options.cacheDir(), message -> { });
        if (json) {
            out.print(CostResultJson.writeAll(results, r -> {
                Map<String, Object> extra = new HashMap<>(perMac(r));
                if (mapping != Mapping.FLAT) {
                    extra.put("mapping", mapping.description());
                }
                if (yosysBooth.on) {
                    extra.put("synthesis", YosysBoothOption.SYNTHESIS);
                }
                if (energySplit) {
                    extra.put("energy_split", EnergySplitTable.json(cache.energySplit(r.cacheKey())));
                }
                return extra;
            }));
        } else {
            out.print(CostTable.render(results));
            if (!results.isEmpty()) {
                mappingLine(mapping).ifPresent(out::println);
                if (yosysBooth.on) {
                    out.println(YosysBoothOption.LINE);
                }
            }
            if (energySplit) {
                out.print(EnergySplitTable.render(results, r -> cache.energySplit(r.cacheKey())));
            }
        }
        out.flush();
        if (!failures.isEmpty()) {
            throw new ToolException(Tool.YOSYS, failures.size() + " of " + outcomes.size()
                    + " designs could not be costed:\n" + String.join("\n", failures) + yosysBooth.hint(failures));
        }
    }

    /** The line under the table that names a mapping other than the default. */
    static Optional<String> mappingLine(Mapping mapping) {
        return switch (mapping) {
            case FLAT -> Optional.empty();
            case BUFFERED -> Optional.of("mapping: " + mapping.description() + " (--buffer)");
            case HIERARCHICAL -> Optional.of("mapping: " + mapping.description() + " (--keep-hierarchy):"
                    + " no optimisation across module boundaries, so the figures differ from the default mapping's");
        };
    }

    private List<DesignInput> designs() {
        List<DesignInput> designs = new ArrayList<>();
        for (String s : specs) {
            designs.add(DesignInput.of(Rtl.generate(UnitSpec.parse(s))));
        }
        if (rtl.anyGiven() || like != null) {
            if (!rtl.given() || rtl.top == null || like == null) {
                throw new UsageError("--rtl FILE.v (or -f LIST.f), --top and --like go together: give all three");
            }
            UnitSpec likeSpec = UnitSpec.parse(like);
            try {
                designs.add(DesignInput.fromUserRtl(rtl.load(likeSpec, false), likeSpec));
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        if (designs.isEmpty()) {
            throw new UsageError("nothing to cost: give one or more SPECs and/or --rtl FILE --top MODULE --like SPEC");
        }
        return designs;
    }
}
