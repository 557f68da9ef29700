package org.approxmac.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approxmac.golden.Units;
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

/** {@code approxmac errors SPEC}: the error metrics of UNITS.md from the golden model. */
@Command(name = "errors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Error metrics of a unit's multiplier against the exact product, from the golden model:",
            "mean/variance/min/max relative error, MRED, WCRE, MAE, WCE, EP, NMED and the batch-norm scales.",
            "Operands are uniform over the operand range of the sign mode (seeded), or all pairs with"
                + " --exhaustive (n <= 12). Floating kinds: finite operands with exponents in [-16, 15].",
            "Formulas and normalisers: docs/error-metrics.md."},
        footer = {"", "%nExamples:", "  approxmac errors mitchw:n=32,w=6 --samples 1000000 --seed 1",
            "  approxmac errors mitchw:n=8,w=4 --exhaustive --json"})
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

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public void run() {
        UnitSpec unit = UnitSpec.parse(spec).multiplier();
        if (!vectors.exhaustive && (vectors.samples < 1 || vectors.samples > 10_000_000_000L)) {
            throw new UsageError("--samples " + vectors.samples + " is out of range (accepted: 1..10000000000)");
        }
        Sampling sampling = vectors.exhaustive ? Sampling.exhaustiveAll() : Sampling.random(vectors.samples, seed);
        long start = System.nanoTime();
        ErrorMetrics m = ErrorAnalysis.analyze(Units.multiplier(unit), sampling);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(m)));
        } else {
            print(out, m, seconds);
        }
    }

    /** The JSON object of {@code errors --json} (all error values are fractions, not percent). */
    static Map<String, Object> toJson(ErrorMetrics m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("spec", m.spec().canonical());
        o.put("sampling", m.sampling().exhaustive() ? "exhaustive" : "uniform");
        o.put("seed", m.sampling().exhaustive() ? null : m.sampling().seed());
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
