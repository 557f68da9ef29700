package org.approxmac.cli;

import org.approxmac.synth.CostOptions;
import org.approxmac.synth.OperandDistribution;
import picocli.CommandLine.Option;

/** The activity simulation's operands and length ({@code synth}, {@code report}), checked once. */
final class ActivityOptions implements CostOptionsPart {
    static final int MIN_CYCLES = 10;
    static final int MAX_CYCLES = 1_000_000;

    @Option(names = "--operands", paramLabel = "DIST", defaultValue = "uniform",
            description = "operand distribution of the activity simulation: uniform (default) or sparse (CNN-like)")
    String operands;

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "" + CostOptions.DEFAULT_CYCLES,
            description = "measured cycles of the activity simulation, " + MIN_CYCLES + ".." + MAX_CYCLES
                    + " (default ${DEFAULT-VALUE})")
    int cycles;

    /** The {@code --operands} argument as given. */
    String operands() {
        return operands;
    }

    @Override
    public void check() {
        if (cycles < MIN_CYCLES || cycles > MAX_CYCLES) {
            throw new UsageError("--cycles must be " + MIN_CYCLES + ".." + MAX_CYCLES + ", got " + cycles);
        }
        distribution();
    }

    @Override
    public CostOptions applyTo(CostOptions options) {
        check();
        return options.withOperands(distribution()).withSimCycles(cycles);
    }

    private OperandDistribution distribution() {
        try {
            return OperandDistribution.byCliName(operands);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--operands: " + e.getMessage());
        }
    }
}
