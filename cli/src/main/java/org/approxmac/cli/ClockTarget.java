package org.approxmac.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.approxmac.fixed.FixedRtl;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostFlow;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.CostOutcome;
import org.approxmac.synth.CostResult;
import org.approxmac.synth.DesignInput;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.Toolchain;

/**
 * {@code gen --clock NS}: the fewest pipeline stages of a unit whose measured register-to-register
 * delay meets a clock period, found by costing stages = 0, 1, ... in turn (the cost flow with fanout
 * buffering, results cached), giving up once {@link #GIVE_UP_AFTER} more stages have not shortened it.
 */
final class ClockTarget {
    /** The largest {@code stages} value tried (the key's range). */
    static final int MAX_STAGES = Kind.MAX_STAGES;

    /**
     * Stages tried beyond the best so far before giving up: a floating MAC's rounded accumulation loop
     * bounds its clock, so more product stages stop helping.
     */
    static final int GIVE_UP_AFTER = 2;

    private final double clockNs;
    private final CostOptions options;

    private ClockTarget(double clockNs, CostOptions options) {
        this.clockNs = clockNs;
        this.options = options;
    }

    static ClockTarget of(double clockNs, CostFlowOptions costFlow) {
        if (!(clockNs >= 0.01 && clockNs <= 100_000)) {
            throw new UsageError("--clock must be 0.01..100000 ns, got " + clockNs);
        }
        return new ClockTarget(clockNs, costFlow.costOptions().withBuffered(true));
    }

    /** {@code spec} with the fewest stages meeting the clock; reports each measurement and the choice. */
    UnitSpec choose(UnitSpec spec, PrintWriter progress, PrintWriter out) {
        if (spec.latency() != 0) {
            throw new UsageError("--clock chooses stages itself: remove stages=" + spec.latency() + " from "
                    + spec.canonical());
        }
        double best = Double.MAX_VALUE;
        int bestStages = 0;
        for (int stages = 0; stages <= MAX_STAGES && stages <= bestStages + GIVE_UP_AFTER; stages++) {
            UnitSpec candidate = spec.withLatency(stages);
            if (stages > 0 && spec.kind() == Kind.FIXED && FixedRtl.architecture(spec).isEmpty()) {
                throw new UsageError("--clock " + fmt(clockNs) + " ns: " + spec.canonical() + " measures " + fmt(best)
                        + " ns and arch=star cannot be pipelined (accepted: a tree arch, e.g. arch=auto)");
            }
            double delay = delay(candidate);
            progress.printf(Locale.ROOT, "approxmac gen: %s: register-to-register delay %s ns%n", candidate.canonical(),
                    fmt(delay));
            progress.flush();
            if (delay <= clockNs) {
                out.printf(Locale.ROOT, "chose stages=%d for %s: %s ns measured, slack %s ns at a %s ns clock on %s"
                                + " (mapping with fanout buffering)%n", stages, spec.canonical(), fmt(delay),
                        fmt(clockNs - delay), fmt(clockNs), options.liberty().name());
                out.flush();
                return candidate;
            }
            if (delay < best) {
                best = delay;
                bestStages = stages;
            }
        }
        int tried = Math.min(MAX_STAGES, bestStages + GIVE_UP_AFTER);
        throw new UsageError("--clock " + fmt(clockNs) + " ns: no stages=0.." + tried + " of " + spec.canonical()
                + " meets it on " + options.liberty().name() + " (shortest measured: " + fmt(best) + " ns, at stages="
                + bestStages + "; accepted: a period of at least that)");
    }

    private double delay(UnitSpec candidate) {
        List<CostOutcome> outcomes = CostFlow.measure(List.of(DesignInput.of(Rtl.generate(candidate))), options,
                Toolchain.system(), line -> { });
        CostOutcome o = outcomes.get(0);
        if (o.failure().isPresent()) {
            throw new ToolException(Tool.YOSYS, o.failure().get());
        }
        CostResult r = o.result().orElseThrow();
        return r.delayNs();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
