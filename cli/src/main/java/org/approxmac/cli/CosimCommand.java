package org.approxmac.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.approxmac.hdl.user.LoadedRtl;
import org.approxmac.sim.CosimReport;
import org.approxmac.sim.CosimRequest;
import org.approxmac.sim.CosimResult;
import org.approxmac.sim.Cosimulation;
import org.approxmac.sim.MacPlan;
import org.approxmac.sim.PortMismatchException;
import org.approxmac.sim.RtlSource;
import org.approxmac.sim.SimModel;
import org.approxmac.sim.VectorPlan;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac cosim SPEC}: Verilator co-simulation of generated or user RTL against the golden model. */
@Command(name = "cosim", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Co-simulate RTL with Verilator against the golden model, bit for bit, and (integer"
                + " multipliers) against the unit's analytic error bound.",
            "The RTL is generated from SPEC, or is your own: --rtl FILE.v (several files: repeat --rtl or use"
                + " commas; file lists: -f LIST.f; include folders: -I DIR; parameters: -G NAME=VALUE) and --top MODULE"
                + " (default: the first file's base name). Its ports are checked against SPEC's convention"
                + " (docs/units.md) before Verilator runs. Builds are cached by content under the cache root's verilator/ folder (a second run does not"
                + " recompile).",
            "A pipelined design (stages=L in SPEC, or --latency L for your own RTL) is compared L cycles after its"
                + " inputs; at a wrong latency it fails with a note that the outputs appear shifted.",
            "Exit status: 0 pass, 1 mismatch, 2 bad input (incl. a missing file or module, or a port of the wrong"
                + " name, width or direction), 3 tool failure.",
            "Details: docs/cosim.md."},
        footer = {"", "Examples:", "  approxmac cosim mitchw:n=8,w=4 --vectors exhaustive",
            "  approxmac cosim mitchw:n=32,w=6 --vectors random:1M --seed 7 --json",
            "  approxmac cosim fixed:n=16,mac --cycles 1000000",
            "  approxmac cosim bf16,mac --vectors corners",
            "  approxmac cosim bf16,mac --sequence repro.seq",
            "  approxmac cosim fixed:n=8 --rtl my_mul.v --top my_mul",
            "  approxmac cosim fixed:n=16 --rtl mul.v,add.v -I inc --top mul -G WIDTH=16",
            "  approxmac cosim fixed:n=16,mac -f rtl/mac.f --top my_mac --cycles 1000000",
            "  approxmac cosim mitchw:n=16 --rtl my_piped_mul.v --latency 3"})
final class CosimCommand implements Callable<Integer> {

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the unit; its golden model is the reference")
    String spec;

    @Option(names = "--vectors", paramLabel = "CLASS", defaultValue = CosimRequest.DEFAULT_VECTORS,
            description = "multipliers: exhaustive (2N <= 32), random:COUNT (stratified; k/M/G suffixes),"
                    + " corners, all (corners + exhaustive, or + 1M random when 2N > 32), pair:A,B;"
                    + " MACs: all (corner pairs, the constructive classes of floating MACs, --cycles random"
                    + " cycles), corners (without the random cycles), random:COUNT (default ${DEFAULT-VALUE})")
    String vectors;

    @Option(names = "--cycles", paramLabel = "COUNT", defaultValue = "200000",
            description = "MACs: random en/clr/rst cycles of --vectors all, acc compared every cycle"
                    + " (default ${DEFAULT-VALUE})")
    long cycles;

    @Option(names = "--sequence", paramLabel = "FILE", description = "MACs: run the cycles of a sequence file"
            + " (one cycle per line: rst en clr or hold, a=V b=V; '#' comments), e.g. a reproducer")
    Path sequence;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    UserRtlOptions rtl;

    @Option(names = "--latency", paramLabel = "L", description = "your own RTL's pipeline latency: a multiplier's"
            + " product appears L rising clk edges after its operands, a MAC's accumulator L cycles later than the"
            + " combinational MAC's; the same as stages=L in SPEC (0.." + Kind.MAX_STAGES + ", default: SPEC's stages)")
    Integer latency;

    @Option(names = "--jobs", paramLabel = "P", description = "simulator processes (default: available cores)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + CostFlowOptions.DEFAULT_TIMEOUT_SECONDS,
            description = "time limit of each tool run: the Verilator version probe and build, and the longest a"
                    + " simulator may stay silent; at the limit the tool and every process it started are killed,"
                    + " exit 3 (1..86400, default ${DEFAULT-VALUE})")
    long timeout;

    @Mixin
    VerilatorCacheOptions cache;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        UnitSpec unit = withLatency(UnitSpec.parse(spec));
        CosimRequest request = request(unit);
        PrintWriter out = commandSpec.commandLine().getOut();
        try {
            // the vectors (or the sequence file) are checked before the (long) build
            long total = unit.mac() ? Cosimulation.macPlan(request).total()
                    : VectorPlan.parse(request.vectors(), request.spec(), request.seed()).total();
            SimModel model = Cosimulation.build(request);
            CosimResult result;
            try (ProgressBar bar = ProgressBar.start(json ? 0 : total, unit.mac() ? "cycles" : "vectors")) {
                result = Cosimulation.run(request, model, bar::advanced);
            }
            CosimReport report = new CosimReport(request, result);
            out.print(json ? Json.write(report.json()) + "\n" : report.text());
            out.flush();
            return result.passed() ? 0 : Main.EXIT_CHECK_FAILED;
        } catch (PortMismatchException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** SPEC with {@code --latency} as its stages, when given (for the user's own RTL only). */
    private UnitSpec withLatency(UnitSpec unit) {
        if (latency == null) {
            return unit;
        }
        if (!rtl.anyGiven()) {
            throw new UsageError("--latency describes your own RTL (--rtl); a generated design takes stages=" + latency
                    + " in SPEC");
        }
        if (latency < 0 || latency > Kind.MAX_STAGES) {
            throw new UsageError("--latency " + latency + " is out of range (accepted: 0.." + Kind.MAX_STAGES + ")");
        }
        if (unit.latency() != 0 && unit.latency() != latency) {
            throw new UsageError("--latency " + latency + " contradicts stages=" + unit.latency() + " in SPEC (give one)");
        }
        return unit.withLatency(latency);
    }

    private CosimRequest request(UnitSpec unit) {
        if (timeout < 1 || timeout > 86_400) {
            throw new UsageError("--timeout " + timeout + " is out of range (accepted: 1..86400 seconds)");
        }
        int processes = jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : jobs;
        if (processes < 1 || processes > 256) {
            throw new UsageError("--jobs " + processes + " is out of range (accepted: 1..256)");
        }
        if (cycles < 1 || cycles > 1L << 40) {
            throw new UsageError("--cycles " + cycles + " is out of range (accepted: 1..2^40)");
        }
        if (!unit.mac() && commandSpec.commandLine().getParseResult().hasMatchedOption("--cycles")) {
            throw new UsageError("--cycles applies to MACs only; " + unit.canonical()
                    + " is a multiplier (choose its vectors with --vectors)");
        }
        if (sequence != null && !unit.mac()) {
            throw new UsageError("--sequence applies to MACs; " + unit.canonical() + " is a multiplier: use --vectors"
                    + " pair:A,B for one vector");
        }
        boolean cyclesGiven = commandSpec.commandLine().getParseResult().hasMatchedOption("--cycles");
        boolean vectorsGiven = commandSpec.commandLine().getParseResult().hasMatchedOption("--vectors");
        if (sequence != null && (cyclesGiven || vectorsGiven)) {
            throw new UsageError("--sequence runs the file's cycles; it cannot go with --vectors or --cycles");
        }
        if (unit.mac() && cyclesGiven && !vectors.strip().equalsIgnoreCase("all")) {
            throw new UsageError("--cycles sets the random cycles of --vectors all; with --vectors " + vectors
                    + " give random:COUNT instead (a MAC accepts " + MacPlan.ACCEPTED + ")");
        }
        if (!rtl.anyGiven()) {
            return new CosimRequest(unit, RtlSource.generated(unit), null, vectors, cycles, seed, processes,
                    Duration.ofSeconds(timeout), cache.builds(), sequence);
        }
        LoadedRtl user = rtl.load(unit, true);
        return new CosimRequest(unit, RtlSource.of(user), rtl.request(user.top()), vectors, cycles, seed, processes,
                Duration.ofSeconds(timeout), cache.builds(), sequence);
    }
}
