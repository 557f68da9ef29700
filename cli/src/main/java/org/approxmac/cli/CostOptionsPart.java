package org.approxmac.cli;

import org.approxmac.synth.CostOptions;

/** A group of cost-flow options some commands take in addition to {@link CostFlowOptions}. */
interface CostOptionsPart {

    /** Throws a {@link UsageError} naming the option and its accepted range if a value is bad. */
    void check();

    /** {@code options} with this group's settings (checked first). */
    CostOptions applyTo(CostOptions options);
}
