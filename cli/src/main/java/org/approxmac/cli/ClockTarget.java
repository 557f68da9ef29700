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
import org.approxmac.synth.Mapping;
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
        return of(clockNs, costFlow.costOptions());
    }

    /**
     * The outcome of a search: the spec with the fewest stages meeting the clock, or (when none does)
     * the one of shortest measured delay.
     *
     * @param spec    the spec chosen, with its {@code stages}
     * @param delayNs its measured register-to-register delay
     * @param meets   whether it meets the clock
     * @param tried   the largest stages value measured
     */
    record Choice(UnitSpec spec, double delayNs, boolean meets, int tried) {
    }

    /**
     * A target that measures with {@code options} at the clock itself: fanout buffering added and power
     * stated at {@code clockNs} ({@link #options()}), so that its measurements are the costs of a report
     * at that clock.
     */
    static ClockTarget atClock(double clockNs, CostOptions options) {
        ClockTarget checked = of(clockNs, options);
        return new ClockTarget(clockNs, checked.options.withClockNs(clockNs));
    }

    /** The cost options it measures with. */
    CostOptions options() {
        return options;
    }

    /** As {@link #of(double, CostFlowOptions)}, measuring with {@code options} as they are (fanout buffering added). */
    static ClockTarget of(double clockNs, CostOptions options) {
        if (!(clockNs >= 0.01 && clockNs <= 100_000)) {
            throw new UsageError("--clock must be 0.01..100000 ns, got " + clockNs);
        }
        return new ClockTarget(clockNs, options.withMapping(Mapping.BUFFERED));
    }

    /** {@code spec} with the fewest stages meeting the clock; reports each measurement and the choice. */
    UnitSpec choose(UnitSpec spec, PrintWriter progress, PrintWriter out) {
        Choice c = search(spec, progress, "approxmac gen: ");
        if (c.meets()) {
            out.printf(Locale.ROOT, "chose stages=%d for %s: %s ns measured, slack %s ns at a %s ns clock on %s"
                            + " (mapping with fanout buffering)%n", c.spec().latency(), spec.canonical(),
                    fmt(c.delayNs()), fmt(clockNs - c.delayNs()), fmt(clockNs), options.liberty().name());
            out.flush();
            return c.spec();
        }
        throw new UsageError("--clock " + fmt(clockNs) + " ns: no stages=0.." + c.tried() + " of " + spec.canonical()
                + " meets it on " + options.liberty().name() + " (shortest measured: " + fmt(c.delayNs())
                + " ns, at stages=" + c.spec().latency() + "; accepted: a period of at least that)");
    }

    /**
     * Measures stages = 0, 1, ... of {@code spec} until one meets the clock, or {@link #GIVE_UP_AFTER}
     * more have not shortened the delay, printing each measurement after {@code prefix}.
     */
    Choice search(UnitSpec spec, PrintWriter progress, String prefix) {
        if (spec.latency() != 0) {
            throw new UsageError("--clock chooses stages itself: remove stages=" + spec.latency() + " from "
                    + spec.canonical());
        }
        spec.withLatency(1); // a unit that cannot be pipelined yet (a dot-product MAC, an array) is refused before any run
        double best = Double.MAX_VALUE;
        int bestStages = 0;
        int stages = 0;
        for (; stages <= MAX_STAGES && stages <= bestStages + GIVE_UP_AFTER; stages++) {
            UnitSpec candidate = spec.withLatency(stages);
            if (stages > 0 && spec.kind() == Kind.FIXED && FixedRtl.architecture(spec).isEmpty()) {
                throw new UsageError("--clock " + fmt(clockNs) + " ns: " + spec.canonical() + " measures " + fmt(best)
                        + " ns and arch=star cannot be pipelined (accepted: a tree arch, e.g. arch=auto)");
            }
            double delay = delay(candidate);
            progress.printf(Locale.ROOT, "%s%s: register-to-register delay %s ns%n", prefix, candidate.canonical(),
                    fmt(delay));
            progress.flush();
            if (delay <= clockNs) {
                return new Choice(candidate, delay, true, stages);
            }
            if (delay < best) {
                best = delay;
                bestStages = stages;
            }
        }
        return new Choice(spec.withLatency(bestStages), best, false, stages - 1);
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

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
