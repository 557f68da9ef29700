package org.approxmac.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.approxmac.analysis.error.ErrorFigures;
import org.approxmac.analysis.error.ErrorHistogram;
import org.approxmac.analysis.error.ErrorMap;
import org.approxmac.analysis.error.ProductError;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ConversionError;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac errors SPEC}: the error metrics of docs/units.md from the golden model. */
@Command(name = "errors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Error metrics of a unit's multiplier against the exact product, from the golden model.",
            "Prints mean/variance/min/max relative error, MRED, WCRE, MAE, WCE, EP, NMED and the batch-norm scales.",
            "Operands are uniform over the operand range of the sign mode (seeded; --magnitude-bits B: magnitudes"
                + " below 2^B), or all pairs with --exhaustive (n <= 12). Floating kinds: finite operands with exponents in [-16, 15];"
                + " for a format narrower than FP32 also its own conversion error (FP32 values truncated and rounded"
                + " into it; the paper's bf16 figure).",
            "Formulas and normalisers: docs/error-metrics.md.",
            "--heatmap/--histogram (integer kinds) draw the relative error over the operand plane and its"
                + " distribution as PNG or SVG (by extension); an existing file is only replaced if approxmac"
                + " wrote it."},
        footer = {"", "Examples:", "  approxmac errors mitchw:n=32,w=6 --samples 1000000 --seed 1",
            "  approxmac errors mitchw:n=8,w=4 --exhaustive --json",
            "  approxmac errors trunc:n=16,t=20 --magnitude-bits 10     # small operands in a 16-bit unit",
            "  approxmac errors bf16                                    # + bf16's truncation error, 0 to -0.78 %%",
            "  approxmac errors mitchw:n=16,w=6 --heatmap mitchw6.png --histogram mitchw6-hist.svg"})
final class ErrorsCommand implements Runnable {

    static final long DEFAULT_SAMPLES = 1_000_000;

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the unit (a MAC spec means its multiplier)")
    String spec;

    @ArgGroup(exclusive = true)
    Vectors vectors = new Vectors();

    static final class Vectors {
        @Option(names = "--samples", paramLabel = "COUNT",
                description = "random operand pairs (default ${DEFAULT-VALUE}; 1..10^10)", defaultValue = "1000000")
        long samples = DEFAULT_SAMPLES;

        @Option(names = "--exhaustive", description = "every operand pair (integer kinds, n <= 12)")
        boolean exhaustive;
    }

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})",
            defaultValue = "1")
    long seed;

    @Option(names = "--magnitude-bits", paramLabel = "B",
            description = "random operands of magnitude below 2^B, negative with probability 1/2 in a signed mode"
                    + " (small values in a wide multiplier, as CNN data often are; integer kinds, 1..n; default:"
                    + " the whole operand range)")
    Integer magnitudeBits;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--heatmap", paramLabel = "FILE",
            description = "write the relative-error map over operands a, b (.png or .svg; integer kinds)")
    Path heatmap;

    @Option(names = "--grid", paramLabel = "P", defaultValue = "256",
            description = "heat-map points per axis for n > 8 (default ${DEFAULT-VALUE}; 2..1024); n <= 8: every value")
    int grid;

    @Option(names = "--histogram", paramLabel = "FILE",
            description = "write the distribution of relative errors of the sampled vectors (.png or .svg)")
    Path histogram;

    @Option(names = "--bins", paramLabel = "B", defaultValue = "100",
            description = "histogram bins (default ${DEFAULT-VALUE}; 1..10000)")
    int bins;

    @Override
    public void run() {
        UnitSpec unit = UnitSpec.parse(spec).multiplier();
        if (!vectors.exhaustive && (vectors.samples < 1 || vectors.samples > 10_000_000_000L)) {
            throw new UsageError("--samples " + vectors.samples + " is out of range (accepted: 1..10000000000)");
        }
        checkFigureOptions(unit);
        Sampling sampling = vectors.exhaustive ? Sampling.exhaustiveAll() : Sampling.random(vectors.samples, seed);
        if (magnitudeBits != null) {
            if (vectors.exhaustive || unit.kind().floating()) {
                throw new UsageError("--magnitude-bits applies to random operands of integer kinds only"
                        + (vectors.exhaustive ? " (not with --exhaustive)" : " (" + unit.kind().specName() + " is floating)"));
            }
            if (magnitudeBits < 1 || magnitudeBits > unit.n()) {
                throw new UsageError("--magnitude-bits " + magnitudeBits + " is out of range (accepted: 1..n = 1.."
                        + unit.n() + ")");
            }
            sampling = sampling.withMagnitudeBits(magnitudeBits);
        }
        long start = System.nanoTime();
        Multiplier multiplier = Units.multiplier(unit);
        ErrorMetrics m;
        try (ProgressBar bar = ProgressBar.start(json ? 0 : ErrorAnalysis.pairs(unit, sampling), "pairs")) {
            m = ErrorAnalysis.analyze(multiplier, sampling, bar::advanced);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Optional<ConversionError> conversion = vectors.exhaustive ? Optional.empty()
                : ConversionError.of(unit, Math.min(vectors.samples, CONVERSION_SAMPLES), seed);
        writeFigures(multiplier, m);
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = toJson(m);
            o.put("conversion", conversion.map(ErrorsCommand::conversionJson).orElse(null));
            if (heatmap != null) {
                o.put("heatmap", heatmap.toString());
            }
            if (histogram != null) {
                o.put("histogram", histogram.toString());
            }
            out.println(Json.write(o));
        } else {
            print(out, m, seconds);
            conversion.ifPresent(c -> printConversion(out, c));
            if (heatmap != null) {
                out.println("  heat map written to " + heatmap);
            }
            if (histogram != null) {
                out.println("  histogram written to " + histogram);
            }
        }
    }

    private void checkFigureOptions(UnitSpec unit) {
        if (grid < 2 || grid > 1024) {
            throw new UsageError("--grid " + grid + " is out of range (accepted: 2..1024)");
        }
        if (bins < 1 || bins > 10_000) {
            throw new UsageError("--bins " + bins + " is out of range (accepted: 1..10000)");
        }
        var given = commandSpec.commandLine().getParseResult();
        if (heatmap == null && given.hasMatchedOption("--grid")) {
            throw new UsageError("--grid applies to the heat map only: add --heatmap FILE or drop --grid");
        }
        if (histogram == null && given.hasMatchedOption("--bins")) {
            throw new UsageError("--bins applies to the histogram only: add --histogram FILE or drop --bins");
        }
        if (heatmap == null && histogram == null) {
            return;
        }
        String problem = ProductError.unsupported(unit);
        if (problem != null) {
            throw new UsageError("--heatmap/--histogram " + problem);
        }
        if (heatmap != null && heatmap.equals(histogram)) {
            throw new UsageError("--heatmap and --histogram name the same file " + heatmap);
        }
        FigureOutput.check("--heatmap", heatmap);
        FigureOutput.check("--histogram", histogram);
    }

    private void writeFigures(Multiplier multiplier, ErrorMetrics m) {
        if (heatmap == null && histogram == null) {
            return;
        }
        ProductError error = new ProductError(multiplier);
        if (heatmap != null) {
            FigureOutput.write("--heatmap", ErrorFigures.heatmap(ErrorMap.compute(error, grid)), heatmap);
        }
        if (histogram != null) {
            ErrorHistogram.Robust h = ErrorHistogram.robust(error, m.sampling(), bins, m.minRelError(),
                    m.maxRelError());
            String text = m.sampling().exhaustive() ? "all operand pairs"
                    : m.sampling().count() + " uniform pairs, seed " + m.sampling().seed()
                    + (m.sampling().magnitudeBits() > 0 ? ", |operands| < 2^" + m.sampling().magnitudeBits() : "");
            FigureOutput.write("--histogram", ErrorFigures.histogram(h, text), histogram);
        }
    }

    /** The JSON object of {@code errors --json} (all error values are fractions, not percent). */
    static Map<String, Object> toJson(ErrorMetrics m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("spec", m.spec().canonical());
        o.put("sampling", m.sampling().exhaustive() ? "exhaustive" : "uniform");
        o.put("seed", m.sampling().exhaustive() ? null : m.sampling().seed());
        o.put("magnitude_bits", m.sampling().magnitudeBits() > 0 ? m.sampling().magnitudeBits() : null);
        o.put("samples", m.samples());
        o.put("rel_samples", m.relSamples());
        o.put("mean_rel_error", m.meanRelError());
        o.put("var_rel_error", m.varRelError());
        o.put("min_rel_error", m.minRelError());
        o.put("max_rel_error", m.maxRelError());
        o.put("mred", m.mred());
        o.put("wcre", m.wcre());
        o.put("mae", m.mae());
        o.put("wce", m.wce());
        o.put("ep", m.ep());
        o.put("nmed", m.nmed());
        o.put("nmed_normaliser", m.nmedNormaliser());
        o.put("mae_percent_evo", m.maePercentEvo());
        o.put("wce_percent_evo", m.wcePercentEvo());
        o.put("bn_mean_scale", m.bnMeanScale());
        o.put("bn_var_scale", m.bnVarScale());
        return o;
    }

    /** At most this many FP32 values are converted for a floating kind's conversion error. */
    static final long CONVERSION_SAMPLES = 1_000_000;

    private static Map<String, Object> conversionJson(ConversionError c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", c.format().name());
        o.put("samples", c.samples());
        o.put("truncation", statsJson(c.truncation()));
        o.put("rounding", statsJson(c.rounding()));
        return o;
    }

    private static Map<String, Object> statsJson(ConversionError.Stats s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("mean_rel_error", s.mean());
        o.put("min_rel_error", s.min());
        o.put("max_rel_error", s.max());
        return o;
    }

    /** The format's own error: FP32 values converted into it (the paper's bf16 truncation figure). */
    private static void printConversion(PrintWriter out, ConversionError c) {
        out.printf("  conversion of FP32 values into %s (%d values, seed %d):%n", c.format().name(), c.samples(),
                c.seed());
        for (var row : new Object[][] {{"truncation (toward zero)", c.truncation()},
            {"rounding to nearest even", c.rounding()}}) {
            ConversionError.Stats s = (ConversionError.Stats) row[1];
            out.printf("    %-36s mean %+.4f %%, range %+.4f %% .. %+.4f %%%n", row[0], 100 * s.mean(), 100 * s.min(),
                    100 * s.max());
        }
    }

    private static void print(PrintWriter out, ErrorMetrics m, double seconds) {
        out.printf("%s — %s (%.2f s)%n", m.spec().canonical(), m.sampling(), seconds);
        out.printf("  %-38s %12.4f %%%n", "mean relative error (bias e)", 100 * m.meanRelError());
        out.printf("  %-38s %12.6f %%²%n", "variance of relative error", 1e4 * m.varRelError());
        out.printf("  %-38s %12.4f %% .. %.4f %%%n", "relative error range", 100 * m.minRelError(),
                100 * m.maxRelError());
        out.printf("  %-38s %12.4f %%%n", "MRED (mean |Z'-Z|/|Z|)", 100 * m.mred());
        out.printf("  %-38s %12.4f %%%n", "WCRE (max |Z'-Z|/|Z|)", 100 * m.wcre());
        out.printf("  %-38s %12.6g%n", "MAE (mean |Z'-Z|)", m.mae());
        out.printf("  %-38s %12.6g%n", "WCE (max |Z'-Z|)", m.wce());
        out.printf("  %-38s %12.4f %%%n", "EP (share of Z' != Z)", 100 * m.ep());
        out.printf("  %-38s %12.6g%n", "NMED (MAE / max |Z| = " + String.format("%.4g", m.nmedNormaliser()) + ")",
                m.nmed());
        out.printf("  %-38s %12.6g %% / %.6g %%%n", "MAE% / WCE% (EvoApprox, / 2^" + m.spec().productWidth() + ")",
                m.maePercentEvo(), m.wcePercentEvo());
        out.printf("  batch-norm: scale stored means by %.5f and variances by %.5f (1+e, (1+e)^2)%n",
                m.bnMeanScale(), m.bnVarScale());
        out.printf("  (%d vectors, %d with a non-zero exact product)%n", m.samples(), m.relSamples());
    }
}
