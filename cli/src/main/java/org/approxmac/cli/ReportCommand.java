package org.approxmac.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import org.approxmac.cli.report.CosimStatus;
import org.approxmac.cli.report.Provenance;
import org.approxmac.cli.report.Table4;
import org.approxmac.cli.report.Table4Design;
import org.approxmac.cli.report.Table4Html;
import org.approxmac.cli.report.Table4Report;
import org.approxmac.cli.report.Table4Row;
import org.approxmac.golden.Units;
import org.approxmac.golden.Version;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.Rtl;
import org.approxmac.sim.Cosim;
import org.approxmac.sim.CosimRequest;
import org.approxmac.sim.CosimResult;
import org.approxmac.sim.Cosimulation;
import org.approxmac.sim.RtlSource;
import org.approxmac.synth.CostFlow;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.CostOutcome;
import org.approxmac.synth.DesignInput;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.ToolVersion;
import org.approxmac.toolchain.Toolchain;
import org.approxmac.toolchain.WritableFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code approxmac report}: the main job. Generates the six MACs of the paper's Table 4, co-simulates
 * each against its golden model (a short run), costs them with the Yosys/OpenSTA flow, computes their
 * multipliers' error figures, and writes table4.md, .csv, .json and a self-contained .html.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The main job: the Table-4 style cost comparison of the paper's six MACs (N=16: bfloat16,"
                + " fixed, Mitch-w6; N=32: FP32, fixed, Mitch-w6).",
            "Generates each MAC, co-simulates it against the golden model (a short run), synthesises, times and"
                + " powers it (docs/cost-method.md), computes the multiplier's error figures, and writes"
                + " table4.md, table4.csv, table4.json and table4.html (bar charts, the paper's figures next to"
                + " ours) into --out, and prints the table, the power breakdown, the checks against the paper and"
                + " the provenance. Costs, co-simulation verdicts and error figures are cached by content (--cache):"
                + " a second run recomputes nothing.",
            "Provenance: approxmac version, command line, liberty and its hash, operands, clocks, lengths and every"
                + " tool's version in all files; the date only in table4.html and on the terminal (SOURCE_DATE_EPOCH"
                + " fixes it, --no-date omits it), so table4.md, .csv and .json are the same bytes for the same"
                + " parameters.",
            "Exit status: 0 all designs costed and co-simulated clean; 1 a co-simulation mismatch; 2 bad input;"
                + " 3 a tool failed for some design (the others are still reported)."},
        footer = {"", "Examples:", "  approxmac report", "  approxmac report --liberty nangate45_typ.lib.gz --out out/nangate",
            "  approxmac report --operands sparse --out out/sparse",
            "  approxmac report --clock 20 --out out/clock20",
            "  APPROXMAC_YOSYS=/opt/yosys/bin/yosys approxmac report --yosys-booth --out out/yosys-booth",
            "  approxmac report --also 'drum:n=16,k=6;ilm:n=16,w=6,iter=1' --out out/also",
            "  SOURCE_DATE_EPOCH=0 approxmac report --no-date --out out/reproducible",
            "  approxmac report --cache /shared/cache --plan plan",
            "  approxmac report --cache /shared/cache --merge"})
final class ReportCommand implements Runnable {
    static final String[] FILES = {"table4.md", "table4.csv", "table4.json", "table4.html"};

    @Spec
    CommandSpec commandSpec;

    @Mixin
    CostFlowOptions costFlow;

    @Mixin
    ActivityOptions activity;

    @Mixin
    YosysBoothOption yosysBooth;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "directory for table4.{md,csv,json,html} (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--cosim-cycles", paramLabel = "N", defaultValue = "20000",
            description = "random MAC cycles co-simulated per design, 0 to skip, 0..100000000 (default ${DEFAULT-VALUE})")
    long cosimCycles;

    @Option(names = "--error-samples", paramLabel = "N", defaultValue = "1000000",
            description = "golden-model error samples per design, 1..100000000 (default ${DEFAULT-VALUE})")
    long errorSamples;

    @Option(names = "--clock", paramLabel = "NS", description = "read the comparison at one clock: pipeline every"
            + " MAC to this period (the fewest stages whose measured register-to-register delay meets it, mapping with"
            + " fanout buffering; a MAC that cannot is reported at its shortest), power stated at this clock;"
            + " 0.01..100000 (default: the combinational MACs, power at a common 10 ns clock)")
    Double clockNs;

    @Option(names = "--also", paramLabel = "SPEC", split = ";", description = "more MACs to compare in a second"
            + " table next to Table 4's six, e.g. --also 'drum:n=16,k=6;ilm:n=16,w=6,iter=1' (';'-separated or"
            + " repeated; a multiplier spec means its MAC; single MACs only, at most 16)")
    List<String> also = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "DIR", description = "run nothing: write the report's designs as"
            + " independent jobs into DIR (jobs.txt: one 'approxmac report ... --job SPEC' per design, each"
            + " co-simulating, analysing and costing it into the shared cache; run-parallel.sh for GNU parallel,"
            + " slurm-array.sh for sbatch; or a CI matrix), then the same report with --merge (docs/sweeps.md)")
    Path plan;

    @Option(names = "--job", paramLabel = "SPEC", description = "one job of a plan: co-simulate, analyse and cost"
            + " this one of the report's MACs into the cache; no files")
    String job;

    @Option(names = "--merge", description = "co-simulate and synthesise nothing: take every verdict and cost from the"
            + " cache (a plan's jobs put them there); if some are missing, name them and write no files (exit 1)")
    boolean merge;

    @Option(names = "--no-date",
            description = "leave the date out of table4.html and the terminal (the other files never carry it)")
    boolean noDate;

    @Override
    public void run() {
        CostOptions options = options();
        List<Table4Design> extra = alsoDesigns();
        checkModes();
        if (plan != null) {
            writePlan(extra);
            return;
        }
        if (job != null) {
            runJob(jobDesign(extra), options);
            return;
        }
        checkOutputs();
        Provenance provenance = provenance();
        PrintWriter err = commandSpec.commandLine().getErr();
        List<Table4Design> designs = withTable4(extra);
        if (clockNs != null) {
            ClockTarget target = ClockTarget.atClock(clockNs, options);
            options = target.options(); // the search's measurements are the report's costs
            List<Table4Design> piped = new ArrayList<>();
            List<String> chosen = new ArrayList<>();
            PrintWriter progress = new PrintWriter(err, true);
            for (Table4Design d : designs) {
                ClockTarget.Choice c = target.search(d.spec(), progress, "approxmac report: clock: ");
                piped.add(new Table4Design(d.label(), c.spec(), d.paperEnergyVsBf16()));
                chosen.add(d.name() + " stages=" + c.spec().latency() + " (" + ClockTarget.fmt(c.delayNs()) + " ns"
                        + (c.meets() ? "" : ", misses the clock: its shortest of stages 0.." + c.tried()) + ")");
            }
            designs = piped;
            provenance = provenance.withPipelining("every MAC pipelined to a common " + ClockTarget.fmt(clockNs)
                    + " ns clock (report --clock; mapping with fanout buffering): " + String.join("; ", chosen));
        }
        // the six Table-4 specs are constants with committed RTL (rtl-out): generation cannot fail
        List<GeneratedDesign> rtl = designs.stream().map(d -> Rtl.generate(d.spec())).toList();
        CheckCache checks = new CheckCache(costFlow.cacheRoot());
        List<Table4Row.CosimCheck> cosim = new ArrayList<>();
        List<ErrorMetrics> errors = new ArrayList<>();
        List<CostOutcome> outcomes;
        try (ProgressBar bar = ProgressBar.start(3L * designs.size(), "steps")) {
            for (int i = 0; i < designs.size(); i++) {
                cosim.add(cosimulate(designs.get(i), rtl.get(i), provenance, checks, bar, err));
                bar.advanced(1);
            }
            for (Table4Design d : designs) {
                errors.add(errorFigures(d, provenance, checks, bar));
                bar.advanced(1);
            }
            List<DesignInput> inputs = rtl.stream().map(DesignInput::of).toList();
            outcomes = merge ? CostFlow.lookup(inputs, options, Toolchain.system())
                    : CostFlow.measure(inputs, options, Toolchain.system(), bar.costFlowLines(err,
                    "approxmac report: synth: "));
        }
        if (merge) {
            checkMerged(designs, cosim, outcomes, err);
        }
        List<Table4Row> rows = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            CostOutcome o = outcomes.get(i);
            rows.add(new Table4Row(designs.get(i), o.result(), o.failure(), cosim.get(i), errors.get(i)));
        }
        int six = Table4.DESIGNS.size();
        Table4Report report = new Table4Report(rows.subList(0, six), rows.subList(six, rows.size()),
                costFlow.liberty(), activity.operands(), errorSamples, provenance);
        List<Path> written = write(report);
        PrintWriter outWriter = commandSpec.commandLine().getOut();
        outWriter.print(report.terminal());
        outWriter.println();
        written.forEach(p -> outWriter.println("wrote " + p));
        outWriter.flush();
        if (!report.noCosimMismatch()) {
            throw new CheckFailed("co-simulation found mismatches: see the co-simulation column of "
                    + out.resolve("table4.md"));
        }
        if (!report.cosimNotRun().isEmpty()) {
            throw new ToolException(Tool.VERILATOR, "co-simulation could not run for " + String.join(", ",
                    report.cosimNotRun()) + " (see " + out.resolve("table4.md") + "); the RTL was not checked");
        }
        if (!report.allCosted()) {
            throw new ToolException(Tool.YOSYS, "some designs could not be costed (see " + out.resolve("table4.md")
                    + "); the others were reported" + yosysBooth.hint(outcomes.stream()
                    .flatMap(o -> o.failure().stream()).toList()));
        }
    }

    /** The --also MACs, checked: integer or floating single MACs (a multiplier spec means its MAC). */
    private List<Table4Design> alsoDesigns() {
        List<String> texts = also.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (texts.size() > MAX_ALSO) {
            throw new UsageError("--also takes at most " + MAX_ALSO + " MACs, got " + texts.size());
        }
        List<Table4Design> out = new ArrayList<>();
        for (String text : texts) {
            UnitSpec spec = UnitSpec.parse(text);
            if (!spec.mac()) {
                spec = UnitSpec.parse(spec.canonical() + ",mac");
            }
            if (spec.dot() || spec.array() || spec.latency() > 0) {
                throw new UsageError("--also " + text + ": single combinational MACs only (accepted: dot=1, rows=1,"
                        + " cols=1, stages=0; approxmac datapaths compares dot products and arrays, report --clock"
                        + " pipelines)");
            }
            out.add(new Table4Design(text, spec, Double.NaN));
        }
        return out;
    }

    /** The most MACs --also takes. */
    static final int MAX_ALSO = 16;

    /** Version, command line, date (unless --no-date; SOURCE_DATE_EPOCH fixes it), Verilator's version. */
    private Provenance provenance() {
        List<String> args = commandSpec.commandLine().getParseResult().originalArgs();
        String command = "approxmac " + String.join(" ", args.stream().map(ReportCommand::shellWord).toList());
        Optional<String> date;
        try {
            date = noDate ? Optional.empty() : Optional.of(Provenance.date(System.getenv(), Instant.now()));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        Optional<ToolVersion> verilator = Optional.empty();
        if (cosimCycles > 0) {
            try {
                verilator = Optional.of(ToolVersion.of(Tool.VERILATOR, Toolchain.system().version(Tool.VERILATOR)));
            } catch (ToolException e) {
                verilator = Optional.empty(); // the co-simulation reports it as not run
            }
        }
        Provenance provenance = new Provenance(Version.current(), command, date, verilator, cosimCycles,
                Optional.empty(), Optional.empty());
        return yosysBooth.on ? provenance.withSynthesis(YosysBoothOption.SYNTHESIS) : provenance;
    }

    /** A word as a POSIX shell would need it quoted to mean the same. */
    static String shellWord(String w) {
        return w.matches("[A-Za-z0-9_./:=,+@%^-]+") ? w : "'" + w.replace("'", "'\\''") + "'";
    }

    private ErrorMetrics errorFigures(Table4Design d, Provenance provenance, CheckCache checks, ProgressBar bar) {
        Sampling sampling = Sampling.random(errorSamples, 1);
        String key = CheckCache.errorsKey(d.spec(), sampling, provenance.version());
        Optional<ErrorMetrics> cached = checks.errors(key, d.spec(), sampling);
        if (cached.isPresent()) {
            return cached.get();
        }
        bar.activity("errors " + d.spec().canonical());
        ErrorMetrics m = ErrorAnalysis.analyze(Units.multiplier(d.spec()), sampling);
        checks.putErrors(key, m);
        return m;
    }

    private Table4Row.CosimCheck cosimulate(Table4Design d, GeneratedDesign design, Provenance provenance,
                                            CheckCache checks, ProgressBar bar, PrintWriter err) {
        if (cosimCycles == 0) {
            return new Table4Row.CosimCheck(CosimStatus.SKIPPED, 0, "skipped (--cosim-cycles 0)");
        }
        CosimRequest request = CosimRequest.of(d.spec(), RtlSource.of(design)).withCycles(cosimCycles)
                .withCacheDir(costFlow.cacheRoot().verilatorBuilds()).withIdleTimeout(costFlow.timeout());
        Optional<String> key = provenance.verilator().map(v -> CheckCache.cosimKey(d.spec(), design.verilog(),
                cosimCycles, request.seed(), v.version(), provenance.version()));
        Optional<Table4Row.CosimCheck> cached = key.flatMap(checks::cosim);
        if (cached.isPresent()) {
            bar.println(err, "approxmac report: cosim " + d.spec().canonical() + ": cached");
            return cached.get();
        }
        if (merge) {
            return new Table4Row.CosimCheck(CosimStatus.NOT_RUN, 0, MISSING_COSIM);
        }
        bar.println(err, "approxmac report: cosim " + d.spec().canonical() + " (" + cosimCycles + " cycles)");
        bar.activity("cosim " + d.spec().canonical());
        try {
            CosimResult r = Cosimulation.run(request, Cosim.Progress.NONE);
            String msg = r.passed() ? "pass: " + r.vectors() + " cycles, seed " + r.seed()
                    : "MISMATCH: " + r.mismatches() + " of " + r.vectors() + " cycles (approxmac cosim "
                    + d.spec().canonical() + " --cycles " + cosimCycles + ")";
            Table4Row.CosimCheck check = new Table4Row.CosimCheck(r.passed() ? CosimStatus.PASSED
                    : CosimStatus.MISMATCH, r.vectors(), msg);
            key.ifPresent(k -> checks.putCosim(k, check));
            return check;
        } catch (ToolException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            bar.println(err, "approxmac report: cosim " + d.spec().canonical() + " failed: " + e.getMessage());
            return new Table4Row.CosimCheck(CosimStatus.NOT_RUN, 0, "NOT RUN: " + first);
        }
    }

    /** The verdict of a co-simulation a merge did not find in the cache. */
    private static final String MISSING_COSIM = "no co-simulation verdict in the cache (its job has not run, failed or"
            + " was stopped)";

    /** --plan, --job and --merge exclude each other, and --clock (whose search measures as it goes). */
    private void checkModes() {
        List<String> modes = new ArrayList<>();
        if (plan != null) {
            modes.add("--plan");
        }
        if (job != null) {
            modes.add("--job");
        }
        if (merge) {
            modes.add("--merge");
        }
        if (modes.size() > 1) {
            throw new UsageError(String.join(" and ", modes) + " exclude each other (accepted: --plan DIR, then its"
                    + " jobs (--job SPEC), then --merge)");
        }
        if (!modes.isEmpty() && clockNs != null) {
            throw new UsageError(modes.get(0) + " with --clock is not available yet: the clock search synthesises as"
                    + " it goes (accepted: a plan of the combinational report)");
        }
    }

    /** The report's MACs: Table 4's six, then --also's. */
    private static List<Table4Design> withTable4(List<Table4Design> extra) {
        List<Table4Design> designs = new ArrayList<>(Table4.DESIGNS);
        designs.addAll(extra);
        return designs;
    }

    /** {@code --plan DIR}: one job per design (the six and --also's), each this report with --job SPEC. */
    private void writePlan(List<Table4Design> extra) {
        List<Table4Design> designs = withTable4(extra);
        List<String> args = commandSpec.commandLine().getParseResult().originalArgs();
        List<String> jobs = designs.stream().map(d -> JobPlan.commandLike("report", args, "--job",
                d.spec().canonical())).toList();
        String mergeCommand = JobPlan.commandLike("report", args, "--merge");
        List<Path> written = JobPlan.write(plan, plan.toString(), jobs, mergeCommand);
        PrintWriter outWriter = commandSpec.commandLine().getOut();
        written.forEach(p -> outWriter.println("wrote " + p));
        outWriter.println(jobs.size() + " jobs. Run them with GNU parallel (sh " + plan.resolve(JobPlan.PARALLEL)
                + "), Slurm (sbatch " + plan.resolve(JobPlan.SLURM) + ") or as a CI matrix, then merge:");
        outWriter.println("  " + mergeCommand);
    }

    /** The report's design that {@code --job} names (a multiplier spec means its MAC). */
    private Table4Design jobDesign(List<Table4Design> extra) {
        UnitSpec spec = UnitSpec.parse(job);
        UnitSpec mac = spec.mac() ? spec : UnitSpec.parse(spec.canonical() + ",mac");
        List<Table4Design> designs = withTable4(extra);
        return designs.stream().filter(d -> d.spec().equals(mac)).findFirst().orElseThrow(() -> new UsageError(
                "--job " + job + " is not one of the report's MACs (accepted: " + String.join(", ", designs.stream()
                        .map(d -> d.spec().canonical()).toList()) + ")"));
    }

    /**
     * {@code --job SPEC}: the design's co-simulation, error figures and cost, each into the cache, and one
     * line saying what they were; no files. Exit as the report's: 1 for a mismatch, 3 for a tool failure.
     */
    private void runJob(Table4Design d, CostOptions options) {
        Provenance provenance = provenance();
        PrintWriter err = commandSpec.commandLine().getErr();
        GeneratedDesign rtl = Rtl.generate(d.spec());
        CheckCache checks = new CheckCache(costFlow.cacheRoot());
        Table4Row.CosimCheck cosim;
        CostOutcome cost;
        try (ProgressBar bar = ProgressBar.start(3, "steps")) {
            cosim = cosimulate(d, rtl, provenance, checks, bar, err);
            bar.advanced(1);
            errorFigures(d, provenance, checks, bar);
            bar.advanced(1);
            cost = CostFlow.measure(List.of(DesignInput.of(rtl)), options, Toolchain.system(),
                    bar.costFlowLines(err, "approxmac report: synth: ")).get(0);
        }
        commandSpec.commandLine().getOut().println("approxmac report --job " + d.spec().canonical() + ": co-simulation "
                + cosim.message() + "; cost " + cost.result().map(r -> String.format(java.util.Locale.ROOT,
                "%.2f pJ per operation", r.energyPj())).orElse("FAILED"));
        if (cosim.status() == CosimStatus.MISMATCH) {
            throw new CheckFailed("co-simulation found mismatches: " + cosim.message());
        }
        if (cosim.status() == CosimStatus.NOT_RUN) {
            throw new ToolException(Tool.VERILATOR, "co-simulation could not run: " + cosim.message());
        }
        if (cost.failure().isPresent()) {
            throw new ToolException(Tool.YOSYS, "the design could not be costed: " + cost.failure().get()
                    + yosysBooth.hint(List.of(cost.failure().get())));
        }
    }

    /**
     * A merge that found everything goes on to write the report; one that did not names each missing
     * verdict and cost and stops (exit 1, no files), and a cost there only from other tools or liberty is
     * bad input (exit 2).
     */
    private void checkMerged(List<Table4Design> designs, List<Table4Row.CosimCheck> cosim, List<CostOutcome> costs,
                             PrintWriter err) {
        SynthCosts.refuseForeignResults(costs);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            String spec = designs.get(i).spec().canonical();
            if (cosim.get(i).message().equals(MISSING_COSIM)) {
                missing.add(spec + ": " + MISSING_COSIM);
            }
            costs.get(i).failure().ifPresent(f -> missing.add(spec + ": " + f));
        }
        if (!missing.isEmpty()) {
            missing.forEach(m -> err.println("approxmac: missing " + m));
            throw new CheckFailed(missing.size() + " results of " + designs.size() + " designs are not in the cache:"
                    + " run the plan's jobs again (finished ones are found in the cache and skipped), then merge;"
                    + " nothing was written");
        }
    }

    private CostOptions options() {
        if (cosimCycles < 0 || cosimCycles > 100_000_000) {
            throw new UsageError("--cosim-cycles must be 0..100000000, got " + cosimCycles);
        }
        if (errorSamples < 1 || errorSamples > 100_000_000) {
            throw new UsageError("--error-samples must be 1..100000000, got " + errorSamples);
        }
        return costFlow.costOptions(activity, yosysBooth);
    }

    /** Refuses to run if an output file exists that approxmac did not write (nothing is overwritten). */
    private void checkOutputs() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " exists and is not a directory");
        }
        WritableFolder.problem(out).ifPresent(p -> {
            throw new UsageError("--out: " + p + " (accepted: a writable folder)");
        });
        for (String name : FILES) {
            GeneratedFiles.checkReplaceable(out.resolve(name), name.endsWith(".csv") ? ReportCommand::oursCsv
                    : ReportCommand::ours);
        }
    }

    /** Whether a file's text is one approxmac report wrote (its marker is in the first lines). */
    static boolean ours(String text) {
        return text.substring(0, Math.min(400, text.length())).contains(Table4Report.MARKER);
    }

    /** Whether a CSV is one approxmac report wrote: its first line is the header (or, before 0.2, the marker). */
    static boolean oursCsv(String text) {
        return text.startsWith(Table4Report.CSV_HEADER + "\n") || ours(text);
    }

    /** Writes all four files to temporaries first, then moves each into place. */
    private List<Path> write(Table4Report report) {
        GeneratedFiles files = new GeneratedFiles();
        files.add(out.resolve(FILES[0]), report.markdown(), ReportCommand::ours);
        files.add(out.resolve(FILES[1]), report.csv(), ReportCommand::oursCsv);
        files.add(out.resolve(FILES[2]), Json.write(report.json()) + "\n", ReportCommand::ours);
        files.add(out.resolve(FILES[3]), Table4Html.render(report), ReportCommand::ours);
        return files.write();
    }
}
