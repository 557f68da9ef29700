package org.approxmac.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one co-simulation run.
 *
 * @param spec              the canonical spec the RTL was checked against
 * @param rtlOrigin         where the RTL came from
 * @param classCounts       vectors run per class label (for a MAC: its cycle classes, e.g. corners, cancel, random, or sequence), in run order
 * @param seed              the seed of the random vectors or MAC sequences
 * @param vectors           the total vectors (or cycles) checked
 * @param mismatches        outputs that differ from the golden model
 * @param boundViolations   outputs outside the analytic error bound (second oracle)
 * @param seconds           wall-clock seconds of the simulation (excluding the build)
 * @param processes         simulator processes used
 * @param cachedBuild       whether the model came from the build cache
 * @param firstMismatches   the first problems found, lowest index first (at most {@link Cosim#REPORTED})
 */
public record CosimResult(String spec, String rtlOrigin, Map<String, Long> classCounts, long seed, long vectors,
                          long mismatches, long boundViolations, double seconds, int processes,
                          boolean cachedBuild, List<Mismatch> firstMismatches) {

    public CosimResult {
        classCounts = Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
        firstMismatches = List.copyOf(firstMismatches);
    }

    public boolean passed() {
        return mismatches == 0 && boundViolations == 0;
    }

    public double vectorsPerSecond() {
        return seconds > 0 ? vectors / seconds : 0;
    }
}
