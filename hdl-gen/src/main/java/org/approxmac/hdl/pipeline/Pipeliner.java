package org.approxmac.hdl.pipeline;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.approxmac.hdl.builder.Assignment;
import org.approxmac.hdl.builder.Discard;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignalKind;
import org.approxmac.hdl.builder.Slice;

/**
 * Registers a combinational datapath into {@code stages} pipeline stages with an initiation interval
 * of 1. The design is flattened, every signal gets the arrival time of {@link DelayModel}, and the
 * stage boundaries sit at equal fractions of the total: boundary j (1..S) at j (T + tail) / (S + 1),
 * where T is the latest output's arrival and {@code tail} the levels of logic that follow the outputs
 * in the same cycle (e.g. a MAC's accumulate adder), so the last stage is left room for it. A signal
 * belongs to the stage its arrival falls in (inputs to stage 0, outputs to stage S); where an
 * assignment of stage k reads a signal of an earlier stage j, it reads that signal's copy delayed by
 * k - j registers, named {@code <signal>_s<k>} (the value of the signal, delayed into stage k). Every
 * path from an input to an output so crosses exactly S registers: the outputs are the combinational
 * function of the inputs S clock cycles earlier.
 */
public final class Pipeliner {

    private final ModuleBuilder m;
    private final Signal clock;
    private final Map<String, Integer> stage = new HashMap<>();
    private final Map<String, Signal> signals = new HashMap<>();
    /** The delayed copies by {@code <signal>_s<k>}, and by their declared names the bits later stages read. */
    private final Map<String, Signal> copies = new LinkedHashMap<>();
    private final Map<String, BitSet> copyReads = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    private Pipeliner(ModuleBuilder m, Signal clock) {
        this.m = m;
        this.clock = clock;
    }

    /**
     * The module {@code name}: {@code datapath}'s ports plus the clock input {@code clockName} (first),
     * its outputs the function of the inputs {@code stages} rising edges earlier.
     *
     * @param stages number of register stages, 1 or more
     * @param tail   gate levels that follow the outputs in their cycle (0 for none)
     */
    public static HdlModule pipeline(HdlModule datapath, String name, String clockName, int stages, int tail) {
        return pipeline(datapath, name, clockName, stages, tail, false);
    }

    /**
     * As {@link #pipeline(HdlModule, String, String, int, int)}; with {@code cutAdders}, every
     * Verilog {@code +} a stage boundary falls inside is first expanded into a gate-level carry chain
     * that the registers cut ({@link CuttableAdders}), so that a wide adder no longer sets the clock.
     * Used for the pipelined multipliers and dot products, whose clock is their longest stage; a MAC's
     * clock is mostly its accumulation loop's, where the extra registers only cost energy.
     */
    public static HdlModule pipeline(HdlModule datapath, String name, String clockName, int stages, int tail,
            boolean cutAdders) {
        if (stages < 1) {
            throw new IllegalArgumentException("stages must be at least 1, got " + stages);
        }
        HdlModule flattened = Flattener.flatten(datapath, name);
        HdlModule flat = cutAdders ? CuttableAdders.expand(flattened, stages, tail) : flattened;
        Map<String, Integer> arrival = DelayModel.arrivals(flat);
        ModuleBuilder m = new ModuleBuilder(name);
        flat.doc().forEach(m::doc);
        m.doc("Pipelined into " + stages + " register stage" + (stages == 1 ? "" : "s")
                + " (latency " + stages + " cycle" + (stages == 1 ? "" : "s") + ", initiation interval 1): a signal's"
                + " copy delayed into stage k is named <signal>_s<k>.");
        if (flat.ports().stream().anyMatch(p -> p.name().equals(clockName))) {
            throw new HdlException("module '" + datapath.name() + "' already has a port '" + clockName + "'");
        }
        Pipeliner p = new Pipeliner(m, m.input(clockName, 1));
        p.build(flat, arrival, stages, tail);
        return m.build();
    }

    private void build(HdlModule flat, Map<String, Integer> arrival, int stages, int tail) {
        Set<String> outputs = new HashSet<>();
        for (Signal port : flat.ports()) {
            names.add(port.name());
            if (port.kind() == SignalKind.INPUT) {
                signals.put(port.name(), m.input(port.name(), port.width()));
                stage.put(port.name(), 0);
            } else {
                signals.put(port.name(), m.output(port.name(), port.width()));
                stage.put(port.name(), stages);
                outputs.add(port.name());
            }
        }
        int total = DelayModel.latestOutput(flat, arrival) + tail;
        for (Signal s : flat.internals()) {
            names.add(s.name());
            signals.put(s.name(), m.wire(s.name(), s.width(), flat.comments().getOrDefault(s.name(), "")));
            int t = arrival.get(s.name());
            stage.put(s.name(), stageAt(t, total, stages));
        }
        for (Assignment a : flat.assignments()) {
            int k = stage.get(a.target().name());
            Expr value = Rename.apply(a.value(), s -> {
                if (outputs.contains(s.name())) {
                    throw new HdlException("output '" + s.name() + "' is read inside the datapath; it cannot be pipelined");
                }
                return at(s.name(), k);
            });
            value.reads(r -> {
                BitSet bits = copyReads.get(r.signal().name());
                if (bits != null) {
                    bits.set(r.lo(), r.hi() + 1);
                }
            });
            m.assign(signals.get(a.target().name()), value, a.comment());
        }
        for (Discard d : flat.discards()) {
            m.discard(Rename.apply(d.bits(), s -> signals.get(s.name())), d.reason());
        }
        for (Signal copy : copies.values()) {
            BitSet read = copyReads.get(copy.name());
            for (int lo = read.nextClearBit(0); lo < copy.width(); lo = read.nextClearBit(lo)) {
                int end = read.nextSetBit(lo);
                int hi = (end < 0 ? copy.width() : end) - 1;
                m.discard(new Slice(copy, hi, lo), "not read in later stages");
                lo = hi + 1;
            }
        }
    }

    /** The stage of a signal arriving at {@code t} when the boundaries divide {@code total} into S + 1 parts. */
    static int stageAt(int t, int total, int stages) {
        return total == 0 ? 0 : Math.min(stages, (int) ((long) t * (stages + 1) / total));
    }

    /** Signal {@code name} as seen in stage {@code k}: itself, or its copy delayed into stage k. */
    private Signal at(String name, int k) {
        int own = stage.get(name);
        if (own > k) {
            throw new IllegalStateException("'" + name + "' of stage " + own + " read in stage " + k);
        }
        if (own == k) {
            return signals.get(name);
        }
        String copyName = name + "_s" + k;
        Signal copy = copies.get(copyName);
        if (copy != null) {
            return copy;
        }
        Signal previous = at(name, k - 1);
        copyReads.computeIfPresent(previous.name(), (key, bits) -> {
            bits.set(0, previous.width());
            return bits;
        });
        String fresh = copyName;
        for (int i = 2; !names.add(fresh); i++) {
            fresh = copyName + "_" + i;
        }
        copy = m.wire(fresh, previous.width(), name + " delayed into stage " + k);
        m.register(copy, clock, null, null, null, previous);
        copies.put(copyName, copy);
        copyReads.put(fresh, new BitSet());
        return copy;
    }

}
