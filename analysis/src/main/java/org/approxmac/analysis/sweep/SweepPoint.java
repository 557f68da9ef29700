package org.approxmac.analysis.sweep;

import java.util.Optional;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.spec.UnitSpec;

/**
 * One design of a sweep: its error metrics (of its multiplier) and, when costs were asked for, its
 * synthesis cost or why that failed.
 *
 * @param spec          the design (a MAC or a multiplier)
 * @param errors        error metrics of the design's multiplier
 * @param cost          the cost, if measured
 * @param costFailure   why the cost could not be measured, if it was asked for and failed
 * @param paretoOptimal whether no other costed design has both lower energy and lower MRED
 */
public record SweepPoint(UnitSpec spec, ErrorMetrics errors, Optional<DesignCost> cost, Optional<String> costFailure,
                         boolean paretoOptimal) {
}
