package org.approxmac.cli;

import java.util.Collection;
import java.util.List;
import org.approxmac.synth.CostOptions;
import picocli.CommandLine.Option;

/**
 * {@code --yosys-booth} of the costing commands ({@code synth}, {@code sweep}, {@code report}): every
 * Verilog {@code *} synthesised as Yosys' own radix-4 Booth multiplier ({@code synth -booth}), which
 * Yosys releases newer than Debian 12's 0.23 have.
 */
final class YosysBoothOption implements CostOptionsPart {
    /** The option's name, as a command line (or a plan's job) spells it. */
    static final String NAME = "--yosys-booth";

    /** How the designs were synthesised with the option on (a report's provenance states it so). */
    static final String SYNTHESIS = "every Verilog '*' as Yosys' own radix-4 Booth multiplier (" + NAME
            + ", synth -booth)";

    /** The line under a table of designs costed with the option on. */
    static final String LINE = "synthesis: " + SYNTHESIS;

    @Option(names = NAME, description = "synthesise every Verilog '*' with Yosys' own radix-4 Booth multiplier"
            + " (synth -booth), to compare arch=star with a newer synthesiser's: needs a Yosys release that has it"
            + " (APPROXMAC_YOSYS names the binary); Debian 12's Yosys 0.23 has not (exit 3 with its error);"
            + " cached apart")
    boolean on;

    @Override
    public void check() {
        // a switch: nothing to check
    }

    @Override
    public CostOptions applyTo(CostOptions options) {
        return options.withYosysBooth(on);
    }

    /** The option as extra arguments of a job that must cost the same way ({@code sweep --plan}). */
    List<String> jobArguments() {
        return on ? List.of(NAME) : List.of();
    }

    /**
     * A hint to append to the cost failures of a run: with this option on and a Yosys that refused it
     * (Yosys 0.23 says {@code Unknown option}), how to point approxmac at another Yosys; else empty.
     */
    String hint(Collection<String> failures) {
        return on && failures.stream().anyMatch(f -> f.contains("Unknown option"))
                ? "\n" + NAME + " needs a Yosys whose synth has -booth (Debian 12's 0.23 has not; 0.55 has):"
                        + " point APPROXMAC_YOSYS at one" : "";
    }
}
