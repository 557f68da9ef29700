package org.approxmac.analysis.sweep;

import java.util.List;
import java.util.Optional;
import org.approxmac.spec.UnitSpec;

/**
 * Where a sweep's synthesis costs come from (the synthesis flow, implemented outside this module).
 * Costs are asked for all designs at once so the source can measure them in parallel and reuse its
 * cache.
 */
public interface CostSource {

    /**
     * The cost of each design, in the order given.
     *
     * @return one entry per design
     */
    List<Lookup> costs(List<UnitSpec> designs);

    /**
     * The cost of one design, or why it could not be measured.
     *
     * @param cost    the cost, if measured
     * @param failure the message naming the design and quoting the tool, if not
     */
    record Lookup(Optional<DesignCost> cost, Optional<String> failure) {
        public static Lookup of(DesignCost cost) {
            return new Lookup(Optional.of(cost), Optional.empty());
        }

        public static Lookup failed(String message) {
            return new Lookup(Optional.empty(), Optional.of(message));
        }
    }
}
