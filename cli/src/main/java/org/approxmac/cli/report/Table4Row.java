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
     * @param status  what happened
     * @param cycles  MAC cycles compared (0 unless it ran)
     * @param message a one-line summary or the failure
     */
    public record CosimCheck(CosimStatus status, long cycles, String message) {
        /** Whether the co-simulation ran (passed or found mismatches). */
        public boolean ran() {
            return status == CosimStatus.PASSED || status == CosimStatus.MISMATCH;
        }

        /** Whether nothing is wrong: it passed, or was skipped on request. */
        public boolean good() {
            return status == CosimStatus.PASSED || status == CosimStatus.SKIPPED;
        }
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
