package org.approxmac.hdl.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.approxmac.hdl.builder.Assignment;
import org.approxmac.hdl.builder.Binary;
import org.approxmac.hdl.builder.Concat;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.Mux;
import org.approxmac.hdl.builder.Replicate;
import org.approxmac.hdl.builder.Shift;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignedProduct;
import org.approxmac.hdl.builder.Slice;
import org.approxmac.hdl.builder.Unary;

/**
 * Arrival times of a flat combinational module's signals, a technology-free estimate used only to
 * balance pipeline stages, in units of one complex gate (an AND-OR-invert, the carry cell of a ripple
 * adder): inputs arrive at 0; a NOT, AND, OR or an AND-OR such as an adder cell's carry
 * {@code g | p & c} adds 1; an XOR or a 2:1 multiplexer adds 2; a reduction or comparison of w bits
 * adds ceil(log2 w) + 2; Verilog {@code +} or {@code -} of w bits adds w + 2, since the default cost flow
 * (Yosys and ABC without a delay target) maps it to a ripple-like carry chain; a shifter by a variable
 * amount adds 2 per amount bit; a multiplier {@code *} of w bits adds 3w. Wiring (slices,
 * concatenation, constant shifts) is free. (Of the weightings tried on osu018, this one gave the
 * shortest stages over the six MACs of docs/pipelining.md.)
 */
public final class DelayModel {

    private final Map<String, Expr> drivers = new HashMap<>();
    private final Map<String, Integer> arrival = new HashMap<>();

    private DelayModel(HdlModule flat) {
        if (!flat.instances().isEmpty() || !flat.clocked().isEmpty()) {
            throw new HdlException("module '" + flat.name() + "' is not a flat combinational module");
        }
        for (Assignment a : flat.assignments()) {
            drivers.put(a.target().name(), a.value());
        }
        flat.inputs().forEach(s -> arrival.put(s.name(), 0));
    }

    /** The arrival time of every signal of {@code flat} (inputs, internals, outputs). */
    public static Map<String, Integer> arrivals(HdlModule flat) {
        DelayModel d = new DelayModel(flat);
        for (Signal s : flat.ports()) {
            d.of(s);
        }
        for (Signal s : flat.internals()) {
            d.of(s);
        }
        return Map.copyOf(d.arrival);
    }

    /** The gate levels of {@code module}'s longest input-to-output path: flattened, its latest output. */
    public static int levels(HdlModule module) {
        HdlModule flat = Flattener.flatten(module, module.name());
        return latestOutput(flat, arrivals(flat));
    }

        /** The latest arrival among the outputs of {@code flat}, given its {@link #arrivals}. */
    public static int latestOutput(HdlModule flat, Map<String, Integer> arrival) {
        return flat.outputs().stream().mapToInt(o -> arrival.get(o.name())).max().orElse(0);
    }

    /** The levels {@code e} adds to its latest operand, plus that operand's arrival. */
    static int delay(Expr e, ToIntFunction<Signal> arrivalOf) {
        if (e instanceof Signal s) {
            return arrivalOf.applyAsInt(s);
        }
        if (e instanceof Slice s) {
            return arrivalOf.applyAsInt(s.signal());
        }
        if (e instanceof Constant) {
            return 0;
        }
        if (e instanceof Concat c) {
            return c.parts().stream().mapToInt(p -> delay(p, arrivalOf)).max().orElse(0);
        }
        if (e instanceof Replicate r) {
            return delay(r.value(), arrivalOf);
        }
        if (e instanceof Unary u) {
            int in = delay(u.operand(), arrivalOf);
            return u.op().equals("~") ? in + 1 : u.op().equals("-") ? in + adder(u.width())
                    : in + log2(u.operand().width()) + 2;
        }
        if (e instanceof Mux m) {
            return Math.max(delay(m.select(), arrivalOf), Math.max(delay(m.whenOne(), arrivalOf),
                    delay(m.whenZero(), arrivalOf))) + 2;
        }
        if (e instanceof Shift s) {
            int value = delay(s.value(), arrivalOf);
            if (s.amount() instanceof Constant) {
                return value;
            }
            return Math.max(value, delay(s.amount(), arrivalOf)) + 2 * s.amount().width();
        }
        if (e instanceof SignedProduct p) {
            return Math.max(delay(p.left(), arrivalOf), delay(p.right(), arrivalOf)) + multiplier(p.width());
        }
        if (e instanceof Binary b && b.op().equals("|") && (isAnd(b.left()) || isAnd(b.right()))) {
            // an AND-OR (the carry of an adder cell): one complex gate (AOI/OAI) in a cell library
            return Math.max(inputs(b.left(), arrivalOf), inputs(b.right(), arrivalOf)) + 1;
        }
        if (e instanceof Binary b) {
            int in = Math.max(delay(b.left(), arrivalOf), delay(b.right(), arrivalOf));
            int w = b.left().width();
            return in + switch (b.op()) {
                case "&", "|" -> 1;
                case "^" -> 2;
                case "+", "-" -> adder(w);
                case "*" -> multiplier(w);
                default -> log2(w) + 2; // comparisons
            };
        }
        throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
    }

    private static boolean isAnd(Expr e) {
        return e instanceof Binary b && b.op().equals("&");
    }

    /** The arrival of an AND's operands (the AND is part of the complex gate), else of the term itself. */
    private static int inputs(Expr e, ToIntFunction<Signal> arrivalOf) {
        if (e instanceof Binary b && b.op().equals("&")) {
            return Math.max(delay(b.left(), arrivalOf), delay(b.right(), arrivalOf));
        }
        return delay(e, arrivalOf);
    }

    private int of(Signal s) {
        Integer known = arrival.get(s.name());
        if (known != null) {
            if (known < 0) {
                throw new HdlException("combinational loop through '" + s.name() + "'");
            }
            return known;
        }
        arrival.put(s.name(), -1);
        Expr driver = drivers.get(s.name());
        if (driver == null) {
            throw new HdlException("signal '" + s.name() + "' has no continuous driver");
        }
        int t = delay(driver, this::of);
        arrival.put(s.name(), t);
        return t;
    }

    private static int adder(int w) {
        return w + 2;
    }

    private static int multiplier(int w) {
        return 3 * w;
    }

    /** ceil(log2 w), at least 0. */
    public static int log2(int w) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, w - 1));
    }
}
