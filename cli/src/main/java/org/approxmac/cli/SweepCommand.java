package org.approxmac.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.approxmac.analysis.sweep.CostSource;
import org.approxmac.analysis.sweep.Sweep;
import org.approxmac.analysis.sweep.SweepFigures;
import org.approxmac.analysis.sweep.SweepGrid;
import org.approxmac.analysis.sweep.SweepPoint;
import org.approxmac.analysis.sweep.SweepTable;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.LibertyResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code approxmac sweep}: error metrics and synthesis cost over a grid of designs, with a Pareto plot. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Design-space sweep: error metrics and synthesis cost per design, Pareto front.",
            "Every kind x operand width x w (mitchw, mitchwu, ilm) / k (drum) point: its error"
            + " metrics from the golden model (as 'approxmac errors') and its synthesis cost from the cost flow"
            + " (as 'approxmac synth'), then the designs that are Pareto-optimal in energy and MRED.",
            "Lists: 6, 2,4,6 or 2..8. Combinations the spec rules reject (w > n, k > n) are skipped."},
        footer = {"", "Examples:", "  approxmac sweep --kinds mitchw,drum,fixed --n 8,16 --w 2..8 --k 3..8 --no-cost --csv sweep.csv",
            "  approxmac sweep --kinds mitchw,drum,fixed --n 16 --w 4..8 --k 4..8 --mac --plot pareto.svg",
            "  approxmac sweep --kinds fixed --n 16,32 --mac --arch star,radix4,dadda,booth --adder ripple,sklansky",
            "  APPROXMAC_YOSYS=/opt/yosys/bin/yosys approxmac sweep --kinds fixed --n 16,32 --mac --arch star,dadda"
                    + " --yosys-booth",
            "  approxmac sweep --kinds trunc,ilm --n 16 --w 6,8 --set t=16..24 --set iter=0..2 --no-cost",
            "  approxmac sweep --kinds bf16,mitchw --n 16 --w 6 --k 6 --set bf16.mult=exact,mitchw,mitchell,drum --mac",
            "  approxmac sweep --kinds mitchw,drum --n 8,16 --mac --cache /shared/cache --plan plan",
            "  approxmac sweep --kinds mitchw,drum --n 8,16 --mac --cache /shared/cache --merge"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec commandSpec;

    @Option(names = "--kinds", paramLabel = "K,...", defaultValue = "mitchw,drum,fixed",
            description = "kinds to sweep (default ${DEFAULT-VALUE}; any of ${COMPLETION-CANDIDATES})",
            completionCandidates = KindNames.class)
    String kinds;

    @Option(names = "--n", paramLabel = "N,...", defaultValue = "16", description = "operand widths (default ${DEFAULT-VALUE}; 2..64)")
    String ns;

    @Option(names = "--w", paramLabel = "W,...", defaultValue = "2..8",
            description = "kept bits w of mitchw, mitchwu and ilm, and of a floating kind's mult=mitchw significand"
                    + " core (default ${DEFAULT-VALUE}; 1..64)")
    String ws;

    @Option(names = "--k", paramLabel = "K,...", defaultValue = "3..8",
            description = "DRUM segment widths, also of a floating kind's mult=drum significand core (default"
                    + " ${DEFAULT-VALUE}; 3..64)")
    String ks;

    @Option(names = "--arch", paramLabel = "A,...", split = ",", completionCandidates = FixedArchitectures.class,
            description = "fixed-point architectures to sweep (default: the kind's default; ${COMPLETION-CANDIDATES})")
    List<String> archs = new ArrayList<>();

    @Option(names = "--adder", paramLabel = "ADDER,...", split = ",",
            description = "carry-propagate adders to sweep: the fixed kind's final adder and, with --mac, every"
                    + " integer MAC's accumulate adder (default: the kind's default; plus, ripple, bk, ks, sklansky)")
    List<String> adders = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=V,...", mapFallbackValue = "",
            description = "sweep any other parameter of the kinds that have it, e.g. --set t=12..24 (trunc),"
                    + " --set iter=0,1,2 (ilm), --set corr=variable,constant; KIND.KEY=V,... for one kind only"
                    + " (--set dralm.t=4..8 beside --set trunc.t=16..24); repeat for several keys (each combination is"
                    + " a point)")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--mac", description = "sweep MAC units (cost of the MAC; errors of its multiplier)")
    boolean mac;

    @Option(names = "--samples", paramLabel = "COUNT", defaultValue = "200000",
            description = "random operand pairs per design for the error metrics (default ${DEFAULT-VALUE}; 1..10^9)")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--magnitude-bits", paramLabel = "B",
            description = "error metrics on operands of magnitude below 2^B (random signs), as 'errors"
                    + " --magnitude-bits' (integer kinds; 1..the smallest n; default: the whole operand range)")
    Integer magnitudeBits;

    @Option(names = "--no-cost", description = "error metrics only: no synthesis")
    boolean noCost;

    @Mixin
    CostFlowOptions costFlow;

    @Mixin
    YosysBoothOption yosysBooth;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the table as CSV (.csv)")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "write energy vs MRED with the Pareto front (.png or .svg); with --no-cost, the error metrics")
    Path plot;

    @Option(names = "--plan", paramLabel = "DIR",
            description = "do not synthesise: write the sweep's syntheses as independent jobs into DIR (jobs.txt, one"
                    + " approxmac command per line; run-parallel.sh for GNU parallel, locally or over ssh;"
                    + " slurm-array.sh for sbatch), each publishing its result into the shared cache; then --merge")
    Path plan;

    @Option(names = "--merge", description = "synthesise nothing: take every cost from the cache (where a plan's jobs"
            + " put them) and name the designs whose result is missing (exit 1)")
    boolean merge;

    @Override
    public Integer call() {
        if (plan != null && (merge || noCost)) {
            throw new UsageError("--plan writes jobs for the syntheses: it cannot go with " + (merge ? "--merge"
                    : "--no-cost") + " (accepted: --plan DIR alone, then the same sweep with --merge)");
        }
        if (merge && noCost) {
            throw new UsageError("--merge takes the costs from the cache: it cannot go with --no-cost");
        }
        if (yosysBooth.on && noCost) {
            throw new UsageError(YosysBoothOption.NAME + " chooses how the designs are synthesised: it cannot go with"
                    + " --no-cost");
        }
        List<UnitSpec> designs = grid().designs();
        if (plan != null) {
            return writePlan(designs);
        }
        if (samples < 1 || samples > 1_000_000_000L) {
            throw new UsageError("--samples " + samples + " is out of range (accepted: 1..1000000000)");
        }
        Sampling sampling = sampling(designs);
        TableFile.check("--csv", csv, SweepTable.HEADER);
        FigureOutput.check("--plot", plot);
        PrintWriter err = commandSpec.commandLine().getErr();
        List<SweepPoint> points;
        try (ProgressBar bar = ProgressBar.start(json ? 0 : (noCost ? 1L : 2L) * designs.size(), "steps")) {
            CostSource costs = noCost ? null : new SynthCosts(costFlow.costOptions(yosysBooth),
                    bar.costFlowLines(err, "approxmac sweep: "), merge);
            points = Sweep.run(designs, sampling, costs, line -> {
                bar.advanced(1);
                bar.activity(line);
            });
        }
        if (csv != null) {
            TableFile.write("--csv", csv, SweepTable.HEADER, SweepTable.csv(points));
        }
        if (plot != null) {
            FigureOutput.write("--plot", SweepFigures.plot(points), plot);
        }
        List<String> costFailures = points.stream().flatMap(p -> p.costFailure().stream()).toList();
        points.stream().filter(p -> p.costFailure().isPresent())
                .forEach(p -> err.println("approxmac: " + (merge ? "missing " : "cost of ") + p.spec().canonical()
                        + (merge ? ": " : " failed: ") + p.costFailure().orElseThrow()));
        String hint = yosysBooth.hint(costFailures);
        if (!hint.isEmpty()) {
            err.println("approxmac:" + hint.replace("\n", " "));
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("samples", samples);
            o.put("seed", seed);
            o.put("costs", !noCost);
            if (yosysBooth.on) {
                o.put("synthesis", YosysBoothOption.SYNTHESIS);
            }
            List<Object> rows = new ArrayList<>();
            points.forEach(p -> rows.add(SweepTable.row(p)));
            o.put("designs", rows);
            out.println(Json.write(o));
        } else {
            print(out, points);
            if (yosysBooth.on && points.stream().anyMatch(p -> p.cost().isPresent())) {
                out.println(YosysBoothOption.LINE);
            }
        }
        long missing = points.stream().filter(p -> p.costFailure().isPresent()).count();
        if (merge && missing > 0) {
            err.println("approxmac: " + missing + " of " + points.size() + " designs have no result in the cache: run"
                    + " the plan's jobs again (finished ones are found in the cache and skipped), then merge");
            return Main.EXIT_CHECK_FAILED;
        }
        // some costs failed (reported per design above): the tool-failure status
        return missing > 0 ? Main.EXIT_TOOL_FAILED : 0;
    }

    /** {@code --plan DIR}: the jobs, the engines' wrappers, and how to merge. */
    private int writePlan(List<UnitSpec> designs) {
        costFlow.costOptions(yosysBooth); // the options are checked (and the liberty read) now, not in every job
        List<String> args = new ArrayList<>();
        if (costFlow.cache.given()) {
            args.addAll(List.of("--cache", costFlow.cache.dir.toString()));
        }
        if (!costFlow.liberty().equals(LibertyResolver.OSU018)) {
            args.addAll(List.of("--liberty", costFlow.liberty()));
        }
        if (costFlow.timeoutSeconds != CostFlowOptions.DEFAULT_TIMEOUT_SECONDS) {
            args.addAll(List.of("--timeout", Integer.toString(costFlow.timeoutSeconds)));
        }
        args.addAll(yosysBooth.jobArguments());
        String mergeCommand = JobPlan.commandLike("sweep", commandSpec.commandLine().getParseResult().originalArgs(),
                "--merge");
        List<Path> written = JobPlan.write(plan, plan.toString(), designs.stream().map(d -> JobPlan.synthJob(d, args))
                .toList(), mergeCommand);
        PrintWriter out = commandSpec.commandLine().getOut();
        written.forEach(p -> out.println("wrote " + p));
        out.println(designs.size() + " jobs. Run them with GNU parallel (sh " + plan.resolve(JobPlan.PARALLEL)
                + " [--jobs J] [--sshloginfile FILE]) or Slurm (sbatch " + plan.resolve(JobPlan.SLURM)
                + "), then merge:");
        out.println("  " + mergeCommand);
        return 0;
    }

    /** Uniform sampling, with --magnitude-bits checked against every design. */
    private Sampling sampling(List<UnitSpec> designs) {
        Sampling sampling = Sampling.random(samples, seed);
        if (magnitudeBits == null) {
            return sampling;
        }
        if (designs.stream().anyMatch(d -> d.kind().floating())) {
            throw new UsageError("--magnitude-bits applies to integer kinds only (the sweep has floating designs)");
        }
        int smallest = designs.stream().mapToInt(UnitSpec::n).min().orElse(1);
        if (magnitudeBits < 1 || magnitudeBits > smallest) {
            throw new UsageError("--magnitude-bits " + magnitudeBits + " is out of range (accepted: 1.." + smallest
                    + ", the smallest swept n)");
        }
        return sampling.withMagnitudeBits(magnitudeBits);
    }

    private SweepGrid grid() {
        List<Kind> kindList = new ArrayList<>();
        for (String name : kinds.split(",", -1)) {
            Kind k = Kind.bySpecName(name.trim()).orElseThrow(() -> new UsageError("--kinds: unknown kind '" + name
                    + "' (accepted: " + Kind.namesText() + ")"));
            if (!kindList.contains(k)) {
                kindList.add(k);
            }
        }
        Map<String, List<String>> swept = new LinkedHashMap<>();
        sets.forEach((key, values) -> swept.put(key, setValues(key, values)));
        return new SweepGrid(kindList, IntList.parse("--n", ns, 2, 64), IntList.parse("--w", ws, 1, 64),
                IntList.parse("--k", ks, 3, 64), mac, archs, adders, swept);
    }

    /** The values of {@code --set key=values}: words or numbers, comma-separated; A..B is every number between. */
    private static List<String> setValues(String key, String values) {
        List<String> out = new ArrayList<>();
        for (String part : values.split(",", -1)) {
            String v = part.trim();
            if (v.isEmpty()) {
                throw new UsageError("--set " + key + "=" + values + ": an empty value (accepted: V,V,... or A..B)");
            }
            if (v.matches("\\d+\\.\\.\\d+")) {
                IntList.parse("--set " + key, v, 0, 1024).forEach(i -> out.add(String.valueOf(i)));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static void print(PrintWriter out, List<SweepPoint> points) {
        boolean costs = points.stream().anyMatch(p -> p.cost().isPresent());
        int width = points.stream().mapToInt(p -> p.spec().canonical().length()).max().orElse(0);
        String design = "%-" + Math.max(34, width) + "s";
        out.printf(design + " %10s %9s %9s", "design", "mean (%)", "MRED (%)", "WCRE (%)");
        if (costs) {
            out.printf(" %10s %9s %11s %s", "area", "delay ns", "energy pJ", "Pareto");
        }
        out.println();
        for (SweepPoint p : points) {
            out.printf(design + " %10.4f %9.4f %9.4f", p.spec().canonical(), 100 * p.errors().meanRelError(),
                    100 * p.errors().mred(), 100 * p.errors().wcre());
            p.cost().ifPresent(c -> out.printf(" %10.1f %9.3f %11.4f %s", c.area(), c.delayNs(), c.energyPj(),
                    p.paretoOptimal() ? "*" : ""));
            if (costs && p.cost().isEmpty()) {
                out.print("  (cost failed)");
            }
            out.println();
        }
        out.printf("(%d designs)%n", points.size());
    }
}
