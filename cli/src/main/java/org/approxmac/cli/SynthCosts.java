package org.approxmac.cli;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import org.approxmac.analysis.sweep.CostSource;
import org.approxmac.analysis.sweep.DesignCost;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostFlow;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.CostOutcome;
import org.approxmac.synth.CostResult;
import org.approxmac.synth.DesignInput;
import org.approxmac.toolchain.Toolchain;

/**
 * The sweep's cost source: generates each design's RTL and measures all of them with the synthesis
 * cost flow (docs/cost-method.md; parallel, cached by content), as {@code approxmac synth} does.
 */
final class SynthCosts implements CostSource {
    private final CostOptions options;
    private final Consumer<String> progress;
    private final boolean cacheOnly;

    /** {@code progress} receives the cost flow's lines (see {@link ProgressBar#costFlowLines}). */
    SynthCosts(CostOptions options, Consumer<String> progress) {
        this(options, progress, false);
    }

    /**
     * @param cacheOnly take every cost from the cache, measure nothing ({@code sweep --merge}); a result
     *                  there only from other tools or another liberty is bad input (exit 2)
     */
    SynthCosts(CostOptions options, Consumer<String> progress, boolean cacheOnly) {
        this.options = options;
        this.progress = progress;
        this.cacheOnly = cacheOnly;
    }

    @Override
    public List<Lookup> costs(List<UnitSpec> designs) {
        List<DesignInput> inputs = new ArrayList<>();
        for (UnitSpec d : designs) {
            inputs.add(DesignInput.of(Rtl.generate(d)));
        }
        List<CostOutcome> outcomes = cacheOnly ? CostFlow.lookup(inputs, options, Toolchain.system())
                : CostFlow.measure(inputs, options, Toolchain.system(), progress);
        if (cacheOnly) {
            refuseForeignResults(outcomes);
        }
        List<Lookup> out = new ArrayList<>();
        for (CostOutcome o : outcomes) {
            out.add(o.result().map(r -> Lookup.of(cost(r)))
                    .orElseGet(() -> Lookup.failed(o.failure().orElse("no result"))));
        }
        return out;
    }

    /**
     * A merge ({@code --merge} of sweep or report) refuses, in one line (exit 2), a design whose result the
     * cache holds only from other tools or another liberty ({@link CostFlow#lookup}).
     */
    static void refuseForeignResults(List<CostOutcome> outcomes) {
        outcomes.stream().filter(o -> o.failure().filter(f -> f.startsWith(CostFlow.FOREIGN_RESULT)).isPresent())
                .findFirst().ifPresent(o -> {
                    throw new UsageError("--merge: " + o.design().like().canonical() + ": " + o.failure().orElseThrow()
                            + " (a plan's jobs and its merge need the same tools and liberty)");
                });
    }

    static DesignCost cost(CostResult r) {
        return new DesignCost(r.area(), r.areaUnit(), r.delayNs(), r.powerMw(), r.energyPj(), r.pdpPj());
    }
}
