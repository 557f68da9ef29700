package org.approxmac.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.approxmac.sim.CosimReport;
import org.approxmac.sim.CosimRequest;
import org.approxmac.sim.CosimResult;
import org.approxmac.sim.Cosimulation;
import org.approxmac.sim.MacPlan;
import org.approxmac.sim.PortMismatchException;
import org.approxmac.sim.RtlSource;
import org.approxmac.sim.SimModel;
import org.approxmac.sim.VectorPlan;
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
            "The RTL is generated from SPEC, or --rtl FILE.v --top MODULE with the port convention of UNITS.md."
                + " Builds are cached by content under the cache root's verilator/ folder (a second run does not"
                + " recompile).",
            "Exit status: 0 pass, 1 mismatch, 2 bad input (incl. a port-width mismatch), 3 tool failure.",
            "Details: docs/cosim.md."},
        footer = {"", "Examples:", "  approxmac cosim mitchw:n=8,w=4 --vectors exhaustive",
            "  approxmac cosim mitchw:n=32,w=6 --vectors random:1M --seed 7 --json",
            "  approxmac cosim fixed:n=16,mac --cycles 1000000",
            "  approxmac cosim bf16,mac --vectors corners",
            "  approxmac cosim bf16,mac --sequence repro.seq",
            "  approxmac cosim fixed:n=8 --rtl my_mul.v --top my_mul"})
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

    @Option(names = "--rtl", paramLabel = "FILE.v", description = "user Verilog instead of generated RTL")
    Path rtl;

    @Option(names = "--top", paramLabel = "MODULE", description = "top module of --rtl (default: the file's base name)")
    String top;

    @Option(names = "--jobs", paramLabel = "P", description = "simulator processes (default: available cores)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "a simulator silent this long is declared hung and killed (default ${DEFAULT-VALUE})")
    long timeout;

    @Mixin
    VerilatorCacheOptions cache;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        UnitSpec unit = UnitSpec.parse(spec);
        CosimRequest request = request(unit);
        PrintWriter out = commandSpec.commandLine().getOut();
        try {
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
        if (top != null && rtl == null) {
            throw new UsageError("--top needs --rtl FILE.v");
        }
        RtlSource source = rtl == null ? RtlSource.generated(unit) : userRtl();
        return new CosimRequest(unit, source, rtl, vectors, cycles, seed, processes, Duration.ofSeconds(timeout),
                cache.builds(), sequence);
    }

    private RtlSource userRtl() {
        String name = top != null ? top : rtl.getFileName().toString().replaceFirst("\\.s?v$", "");
        try {
            return new RtlSource(name, Files.readString(rtl), rtl.toString());
        } catch (NoSuchFileException e) {
            throw new UsageError("--rtl file not found: " + rtl);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--top: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
