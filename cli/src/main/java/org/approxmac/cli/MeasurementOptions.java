package org.approxmac.cli;

import java.time.Duration;
import org.approxmac.synth.CostOptions;
import picocli.CommandLine.Option;

/** The stimulus seed, common clock and tool time limit of a measurement ({@code synth}), checked once. */
final class MeasurementOptions implements CostOptionsPart {
    static final int MAX_TIMEOUT_SECONDS = 86_400;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CostOptions.DEFAULT_SEED,
            description = "operand stimulus seed of the activity simulation (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--clock", paramLabel = "NS", defaultValue = "" + CostOptions.DEFAULT_CLOCK_NS,
            description = "common clock period in ns for the stated power and PDP, 0.01..100000"
                    + " (default ${DEFAULT-VALUE})")
    double clockNs;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "1200",
            description = "time limit in seconds of each tool run, 1.." + MAX_TIMEOUT_SECONDS
                    + " (default ${DEFAULT-VALUE}); a design that exceeds it fails, the others complete")
    int timeoutSeconds;

    @Override
    public void check() {
        if (!(clockNs >= 0.01 && clockNs <= 100_000)) {
            throw new UsageError("--clock must be 0.01..100000 ns, got " + clockNs);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new UsageError("--timeout must be 1.." + MAX_TIMEOUT_SECONDS + " seconds, got " + timeoutSeconds);
        }
    }

    @Override
    public CostOptions applyTo(CostOptions options) {
        check();
        return options.withSeed(seed).withClockNs(clockNs).withToolTimeout(Duration.ofSeconds(timeoutSeconds));
    }
}
