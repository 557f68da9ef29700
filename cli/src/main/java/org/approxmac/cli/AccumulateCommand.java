package org.approxmac.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.analysis.accumulate.AccumulationExperiment;
import org.approxmac.analysis.accumulate.AccumulationFigures;
import org.approxmac.analysis.accumulate.AccumulationPoint;
import org.approxmac.analysis.accumulate.AccumulationResult;
import org.approxmac.analysis.accumulate.ConvolutionComparison;
import org.approxmac.analysis.accumulate.OperandDistribution;
import org.approxmac.analysis.error.ProductError;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac accumulate SPEC}: accumulated error of approximate dot products (paper Fig. 4, Table 2). */
@Command(name = "accumulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Accumulated error of approximate dot products (paper Fig. 4, Table 2).",
            "Dot products use the unit's approximate products and exact additions and are compared with the exact"
                + " dot product (paper Section 3).",
            "For each length L: --trials dot products of L products of seeded random positive operands; the mean"
                + " and variance of (S' - S) / S. The variance falls with L while the mean converges to the unit's"
                + " bias e (its mean relative error, also printed).",
            "Also compares a conventional convolution output (channels x k x k products) with a depthwise one"
                + " (k x k); both lengths are added to --lengths if missing and marked in the table. Integer kinds."
                + " Details: docs/methodology.md."},
        footer = {"", "Examples:", "  approxmac accumulate mitchw:n=16,w=6",
            "  approxmac accumulate drum:n=16,k=6 --operands gaussian --json --plot drum6-accumulate.svg"})
final class AccumulateCommand implements Runnable {
    static final int MAX_TRIALS = 1_000_000;

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the unit (a MAC spec means its multiplier)")
    String spec;

    @Option(names = "--lengths", paramLabel = "L,...", split = ",", defaultValue = "1,9,64,576,4608",
            description = "dot-product lengths (default ${DEFAULT-VALUE}; each 1..1048576)")
    int[] lengths;

    @Option(names = "--operands", paramLabel = "DIST", defaultValue = "uniform",
            description = "operand magnitudes: uniform (1..max) or gaussian (|N(0, (max/4)^2)|) (default ${DEFAULT-VALUE})")
    String operands;

    @Option(names = "--trials", paramLabel = "T", defaultValue = "10000",
            description = "dot products per length (default ${DEFAULT-VALUE}; 2..1000000)")
    int trials;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--channels", paramLabel = "C", defaultValue = "64",
            description = "input channels of the conventional convolution (default ${DEFAULT-VALUE})")
    int channels;

    @Option(names = "--kernel", paramLabel = "K", defaultValue = "3",
            description = "kernel size k of both convolutions (default ${DEFAULT-VALUE})")
    int kernel;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "write mean and variance against length (.png or .svg)")
    Path plot;

    @Override
    public void run() {
        UnitSpec unit = UnitSpec.parse(spec).multiplier();
        OperandDistribution distribution = validate(unit);
        FigureOutput.check("--plot", plot);
        Multiplier m = Units.multiplier(unit);
        double e = ErrorAnalysis.analyze(m, Sampling.random(ErrorsCommand.DEFAULT_SAMPLES, seed)).meanRelError();
        AccumulationResult result = AccumulationExperiment.run(m, ConvolutionComparison.withLengths(lengths, channels,
                kernel), distribution, trials, seed);
        ConvolutionComparison conv = ConvolutionComparison.of(result, channels, kernel);
        if (plot != null) {
            FigureOutput.write("--plot", AccumulationFigures.convergence(result, e), plot);
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(result, conv, e)));
        } else {
            print(out, result, conv, e);
        }
    }

    private OperandDistribution validate(UnitSpec unit) {
        String problem = ProductError.unsupported(unit);
        if (problem != null) {
            throw new UsageError("accumulate " + problem);
        }
        OperandDistribution distribution;
        try {
            distribution = OperandDistribution.bySpecName(operands);
        } catch (IllegalArgumentException ex) {
            throw new UsageError("--operands: " + ex.getMessage());
        }
        if (trials < 2 || trials > MAX_TRIALS) {
            throw new UsageError("--trials " + trials + " is out of range (accepted: 2.." + MAX_TRIALS + ")");
        }
        if (lengths.length == 0) {
            throw new UsageError("--lengths needs at least one length");
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int l : lengths) {
            if (l < 1 || l > AccumulationExperiment.MAX_LENGTH) {
                throw new UsageError("--lengths: " + l + " is out of range (accepted: 1.."
                        + AccumulationExperiment.MAX_LENGTH + ")");
            }
            if (!seen.add(l)) {
                throw new UsageError("--lengths: " + l + " is given twice (accepted: distinct lengths)");
            }
        }
        if (kernel < 1 || kernel > 15) {
            throw new UsageError("--kernel " + kernel + " is out of range (accepted: 1..15)");
        }
        if (channels < 1 || (long) channels * kernel * kernel > AccumulationExperiment.MAX_LENGTH) {
            throw new UsageError("--channels " + channels + " is out of range (accepted: 1.."
                    + AccumulationExperiment.MAX_LENGTH / (kernel * kernel) + " for k = " + kernel + ")");
        }
        return distribution;
    }

    static Map<String, Object> toJson(AccumulationResult r, ConvolutionComparison conv, double e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("spec", r.spec().canonical());
        o.put("operands", r.distribution().specName());
        o.put("trials", r.trials());
        o.put("seed", r.seed());
        o.put("unit_mean_rel_error", e);
        List<Object> points = new ArrayList<>();
        for (AccumulationPoint p : r.points()) {
            points.add(point(p));
        }
        o.put("lengths", points);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("channels", conv.channels());
        c.put("kernel", conv.kernel());
        c.put("depthwise_length", conv.depthwise().length());
        c.put("conventional_length", conv.conventional().length());
        c.put("variance_ratio", conv.varianceRatio());
        o.put("convolution", c);
        return o;
    }

    private static Map<String, Object> point(AccumulationPoint p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("length", p.length());
        o.put("mean_rel_error", p.meanRelError());
        o.put("var_rel_error", p.varRelError());
        o.put("min_rel_error", p.minRelError());
        o.put("max_rel_error", p.maxRelError());
        return o;
    }

    private static void print(PrintWriter out, AccumulationResult r, ConvolutionComparison conv, double e) {
        out.printf("%s — accumulated relative error of dot products (%s positive operands, %d trials per length,"
                + " seed %d)%n", r.spec().canonical(), r.distribution().specName(), r.trials(), r.seed());
        out.printf("  unit bias e (mean relative error of one product, %d uniform pairs): %.4f %%%n",
                ErrorsCommand.DEFAULT_SAMPLES, 100 * e);
        out.printf("  %8s %12s %14s %10s %22s%n", "length", "mean (%)", "variance (%²)", "std (%)", "range (%)");
        for (AccumulationPoint p : r.points()) {
            out.printf("  %8d %12.4f %14.6f %10.4f %10.4f .. %8.4f%s%n", p.length(), 100 * p.meanRelError(),
                    1e4 * p.varRelError(), 100 * Math.sqrt(p.varRelError()), 100 * p.minRelError(),
                    100 * p.maxRelError(), role(p.length(), conv));
        }
        out.printf("  conventional vs depthwise convolution (%dx%d kernel, %d channels; paper Table 2): lengths %d"
                + " and %d above%n", conv.kernel(), conv.kernel(), conv.channels(), conv.conventional().length(),
                conv.depthwise().length());
        out.printf("  variance ratio depthwise / conventional: %.1f%n", conv.varianceRatio());
    }

    /** The table's mark of the convolution comparison's lengths. */
    private static String role(int length, ConvolutionComparison conv) {
        List<String> roles = new ArrayList<>();
        if (length == conv.depthwise().length()) {
            roles.add("depthwise");
        }
        if (length == conv.conventional().length()) {
            roles.add("conventional");
        }
        return roles.isEmpty() ? "" : "  " + String.join(", ", roles);
    }
}
