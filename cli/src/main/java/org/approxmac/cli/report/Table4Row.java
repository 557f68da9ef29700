package org.approxmac.cli.report;

import java.util.Optional;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.synth.CostResult;

/**
 * Everything the report knows of one design.
 *
 * @param design      the design and the paper's figure
 * @param cost        the measured cost, if the cost flow succeeded
 * @param costFailure why the cost flow failed, otherwise empty
 * @param cosim       the short co-simulation's outcome
 * @param errors      the multiplier's error metrics from the golden model
 */
public record Table4Row(Table4Design design, Optional<CostResult> cost, Optional<String> costFailure,
                        CosimCheck cosim, ErrorMetrics errors) {

    /**
     * Outcome of the report's co-simulation of one design.
     *
     * @param ran     whether it ran (false when skipped on request or when the RTL could not be built)
     * @param passed  whether the RTL matched the golden model on every cycle
     * @param cycles  MAC cycles compared
     * @param message a one-line summary or the failure
     */
    public record CosimCheck(boolean ran, boolean passed, long cycles, String message) {
    }

    /** This design's energy per operation relative to the reference's, if both were measured. */
    public Optional<Double> energyRatio(Table4Row reference) {
        return cost.flatMap(c -> reference.cost.map(r -> c.energyPj() / r.energyPj()));
    }

    /** This design's paper-compatible PDP relative to the reference's. */
    public Optional<Double> pdpRatio(Table4Row reference) {
        return cost.flatMap(c -> reference.cost.map(r -> c.pdpPj() / r.pdpPj()));
    }
}
