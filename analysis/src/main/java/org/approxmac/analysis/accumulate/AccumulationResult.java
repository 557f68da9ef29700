package org.approxmac.analysis.accumulate;

import java.util.List;
import org.approxmac.spec.UnitSpec;

/**
 * The accumulation experiment's result: one {@link AccumulationPoint} per dot-product length.
 *
 * @param spec         the multiplier
 * @param distribution operand distribution
 * @param trials       dot products per length
 * @param seed         the seed
 * @param points       one per length, in the order asked
 */
public record AccumulationResult(UnitSpec spec, OperandDistribution distribution, int trials, long seed,
                                 List<AccumulationPoint> points) {

    /** The point of a length. */
    public AccumulationPoint at(int length) {
        return points.stream().filter(p -> p.length() == length).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no point for length " + length));
    }
}
