package org.approxmac.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac bn-scale SPEC}: the batch-normalisation correction for a biased unit (paper Section 4). */
@Command(name = "bn-scale", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Batch-normalisation scales (1 + e) and (1 + e)^2 for a unit with bias e (paper Section 4).",
            "Stored running means are multiplied by (1 + e), running variances by (1 + e)^2 (docs/units.md).",
            "e comes from the golden model on seeded uniform operand pairs, as in 'approxmac errors'."},
        footer = {"", "Example:", "  approxmac bn-scale mitchw:n=32,w=6   # 0.94088 and 0.88525 (paper: 0.941, 0.885)"})
final class BnScaleCommand implements Runnable {

    static final String HOW_TO = "Every product of this unit is (1 + e) times the exact one on average, so each"
            + " convolution or dense output feeding a batch-normalisation layer is scaled by (1 + e): multiply that"
            + " layer's stored running mean by (1 + e) and its running variance by (1 + e)^2 before inference, and"
            + " the normalised outputs match the exact network's.";

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the unit (a MAC spec means its multiplier)")
    String spec;

    @Option(names = "--samples", paramLabel = "COUNT", defaultValue = "1000000",
            description = "random operand pairs for e (default ${DEFAULT-VALUE}; 1..10^10)")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public void run() {
        UnitSpec unit = UnitSpec.parse(spec).multiplier();
        if (samples < 1 || samples > 10_000_000_000L) {
            throw new UsageError("--samples " + samples + " is out of range (accepted: 1..10000000000)");
        }
        ErrorMetrics m = ErrorAnalysis.analyze(Units.multiplier(unit), Sampling.random(samples, seed));
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("spec", unit.canonical());
            o.put("samples", samples);
            o.put("seed", seed);
            o.put("mean_rel_error", m.meanRelError());
            o.put("bn_mean_scale", m.bnMeanScale());
            o.put("bn_var_scale", m.bnVarScale());
            o.put("how_to_apply", HOW_TO);
            out.println(Json.write(o));
            return;
        }
        out.printf("%s: mean relative error e = %.4f %% (%d uniform pairs, seed %d)%n", unit.canonical(),
                100 * m.meanRelError(), samples, seed);
        out.printf("  running-mean scale      1 + e     = %.5f%n", m.bnMeanScale());
        out.printf("  running-variance scale  (1 + e)^2 = %.5f%n", m.bnVarScale());
        out.println(HOW_TO);
    }
}
