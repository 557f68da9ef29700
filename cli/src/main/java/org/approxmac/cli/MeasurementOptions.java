package org.approxmac.cli;

import org.approxmac.synth.CostOptions;
import picocli.CommandLine.Option;

/** The stimulus seed and common clock of a measurement ({@code synth}), checked once. */
final class MeasurementOptions implements CostOptionsPart {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CostOptions.DEFAULT_SEED,
            description = "operand stimulus seed of the activity simulation (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--clock", paramLabel = "NS", defaultValue = "" + CostOptions.DEFAULT_CLOCK_NS,
            description = "common clock period in ns for the stated power and PDP, 0.01..100000"
                    + " (default ${DEFAULT-VALUE})")
    double clockNs;

    @Override
    public void check() {
        if (!(clockNs >= 0.01 && clockNs <= 100_000)) {
            throw new UsageError("--clock must be 0.01..100000 ns, got " + clockNs);
        }
    }

    @Override
    public CostOptions applyTo(CostOptions options) {
        check();
        return options.withSeed(seed).withClockNs(clockNs);
    }
}
