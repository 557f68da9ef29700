package org.approxmac.synth;

import java.util.Objects;
import java.util.Optional;

/**
 * What measuring one design gave: its result (fresh or from the cache), or the failure message that
 * names the design and quotes the tool.
 *
 * @param design    the design
 * @param result    the result, if the measurement succeeded
 * @param failure   the message, if it failed
 * @param fromCache whether the result came from the cache
 */
public record CostOutcome(DesignInput design, Optional<CostResult> result, Optional<String> failure,
                          boolean fromCache) {

    public CostOutcome {
        Objects.requireNonNull(design);
        if (result.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("exactly one of result and failure must be present");
        }
    }

    static CostOutcome measured(DesignInput design, CostResult result, boolean fromCache) {
        return new CostOutcome(design, Optional.of(result), Optional.empty(), fromCache);
    }

    static CostOutcome failed(DesignInput design, String message) {
        return new CostOutcome(design, Optional.empty(), Optional.of(message), false);
    }

    public boolean ok() {
        return result.isPresent();
    }
}
