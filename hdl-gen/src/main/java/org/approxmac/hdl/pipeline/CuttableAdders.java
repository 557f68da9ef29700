package org.approxmac.hdl.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.builder.Assignment;
import org.approxmac.hdl.builder.Binary;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.Instance;

/**
 * Makes the carry-propagate adders a stage boundary would fall inside cuttable. A Verilog {@code +}
 * is one signal, so the {@link Pipeliner} must place the whole adder in one stage, however wide it
 * is; a 48-bit significand adder then sets the clock of a deeply pipelined unit. Every assignment
 * {@code t = x + y} of a flat datapath whose operands arrive in an earlier stage than its sum is
 * replaced by a gate-level ripple-carry {@link CarryPropagateAdder} of the same width, whose carries
 * are signals of their own that a register may cut. Ripple carry, because {@link DelayModel} weighs a
 * {@code +} as a ripple-like chain, so the expansion keeps the stage split's estimate (a Brent–Kung
 * network, Yosys' own structure for {@code +}, measured slower here: its estimate is far shorter, and
 * the boundaries move). Stages are recomputed after each round until no boundary falls inside a
 * {@code +}. Adders inside a larger expression, and subtractions, are left as they are.
 */
final class CuttableAdders {

    /** The prefix network a cut adder becomes. */
    static final CarryPropagateAdder NETWORK = CarryPropagateAdder.RIPPLE;

    private CuttableAdders() {
    }

    /** {@code flat} with every {@code +} that a boundary of the {@code stages}-stage split cuts expanded. */
    static HdlModule expand(HdlModule flat, int stages, int tail) {
        HdlModule current = flat;
        while (true) {
            Map<String, Integer> arrival = DelayModel.arrivals(current);
            int total = DelayModel.latestOutput(current, arrival) + tail;
            List<Assignment> kept = new ArrayList<>();
            List<Instance> adders = new ArrayList<>();
            for (Assignment a : current.assignments()) {
                if (a.value() instanceof Binary sum && sum.op().equals("+") && sum.width() > 1) {
                    int start = Math.max(DelayModel.delay(sum.left(), s -> arrival.get(s.name())),
                            DelayModel.delay(sum.right(), s -> arrival.get(s.name())));
                    int end = arrival.get(a.target().name());
                    if (Pipeliner.stageAt(start, total, stages) < Pipeliner.stageAt(end, total, stages)) {
                        adders.add(new Instance(a.target().name() + "_cpa",
                                NETWORK.build(a.target().name() + "_cpa", sum.width()),
                                Map.<String, Expr>of("a", sum.left(), "b", sum.right(), "sum", a.target())));
                        continue;
                    }
                }
                kept.add(a);
            }
            if (adders.isEmpty()) {
                return current;
            }
            current = Flattener.flatten(new HdlModule(current.name(), current.doc(), current.ports(),
                    current.internals(), Set.of(), kept, adders, List.of(), current.discards(),
                    current.comments()), current.name());
        }
    }
}
