package org.approxmac.hdl.builder;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one {@link HdlModule}: declare ports and internal signals, drive them with assignments,
 * registers or submodule instances, then {@link #build()} checks the whole module. Typical use:
 *
 * <pre>{@code
 * ModuleBuilder m = new ModuleBuilder("sum8");
 * Signal a = m.input("a", 8), b = m.input("b", 8);
 * Signal s = m.output("s", 9);
 * m.assign(s, a.addWithCarry(b));
 * HdlModule sum8 = m.build();
 * }</pre>
 *
 * <p>Checks (each an {@link HdlException} naming the signal): legal unique names; assignment widths;
 * each output and internal signal driven exactly once, inputs never driven; every bit of every input
 * and internal signal read somewhere, unless {@link #discard discarded} with a reason; every
 * instance port connected with the right width; only this module's signals used.
 */
public final class ModuleBuilder {

    private final String name;
    private final List<String> doc = new ArrayList<>();
    private final Map<String, Signal> signals = new LinkedHashMap<>();
    private final Map<String, String> comments = new LinkedHashMap<>();
    private final Map<String, String> drivers = new LinkedHashMap<>();
    private final Set<String> registerNames = new LinkedHashSet<>();
    private final Set<String> instanceNames = new LinkedHashSet<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<Register> clocked = new ArrayList<>();
    private final List<Discard> discards = new ArrayList<>();

    public ModuleBuilder(String name) {
        this.name = Identifiers.require(name, "module");
    }

    public String name() {
        return name;
    }

    /** Adds a line to the comment above the module. */
    public ModuleBuilder doc(String line) {
        doc.add(line);
        return this;
    }

    public Signal input(String portName, int width) {
        return declare(new Signal(portName, width, SignalKind.INPUT), "");
    }

    public Signal output(String portName, int width) {
        return declare(new Signal(portName, width, SignalKind.OUTPUT), "");
    }

    /** Declares an internal signal, to be driven later by {@link #assign}, a register or an instance. */
    public Signal wire(String wireName, int width) {
        return wire(wireName, width, "");
    }

    /** As {@link #wire(String, int)} with a comment shown next to the declaration. */
    public Signal wire(String wireName, int width, String comment) {
        return declare(new Signal(wireName, width, SignalKind.INTERNAL), comment);
    }

    /** Declares an internal signal of the value's width and assigns the value to it. */
    public Signal wire(String wireName, Expr value) {
        return wire(wireName, value, "");
    }

    /** As {@link #wire(String, Expr)} with a comment. */
    public Signal wire(String wireName, Expr value, String comment) {
        Signal s = wire(wireName, value.width(), comment);
        assign(s, value);
        return s;
    }

    /** {@code assign target = value;} (equal widths required). */
    public void assign(Signal target, Expr value) {
        assign(target, value, "");
    }

    /** As {@link #assign(Signal, Expr)} with a one-line comment above the assignment. */
    public void assign(Signal target, Expr value, String comment) {
        requireOwn(target);
        if (target.width() != value.width()) {
            throw new HdlException("width mismatch assigning '" + target.name() + "' (" + target.width()
                    + " bits) from '" + value.verilog() + "' (" + value.width() + " bits)");
        }
        drive(target, "assignment");
        assignments.add(new Assignment(target, value, comment));
    }

    /**
     * A register on the rising edge of {@code clock}: synchronous active-high {@code reset} to
     * {@code resetValue} (optional), else when {@code enable} (optional) load {@code next}.
     */
    public void register(Signal target, Signal clock, Expr reset, Expr resetValue, Expr enable, Expr next) {
        requireOwn(target);
        requireWidth(clock, 1, "clock");
        if (reset != null) {
            requireWidth(reset, 1, "reset");
            requireWidth(resetValue, target.width(), "reset value of '" + target.name() + "'");
        }
        if (enable != null) {
            requireWidth(enable, 1, "enable");
        }
        requireWidth(next, target.width(), "next value of '" + target.name() + "'");
        drive(target, "register");
        registerNames.add(target.name());
        clocked.add(new Register(target, clock, Optional.ofNullable(reset),
                reset == null ? Constant.zero(target.width()) : resetValue, Optional.ofNullable(enable), next));
    }

    /**
     * Instantiates {@code module}. {@code connections} maps every port name to an expression (inputs)
     * or to a whole {@link Signal} of this module (outputs); widths must match exactly.
     */
    public void instance(String instanceName, HdlModule module, Map<String, ? extends Expr> connections) {
        Identifiers.require(instanceName, "instance");
        if (signals.containsKey(instanceName) || instanceNames.contains(instanceName)) {
            throw new HdlException("instance name '" + instanceName + "' is already used in module '" + name + "'");
        }
        Map<String, Expr> ordered = new LinkedHashMap<>();
        for (Signal port : module.ports()) {
            Expr e = connections.get(port.name());
            String where = "port '" + port.name() + "' of instance '" + instanceName + "' (" + module.name() + ")";
            if (e == null) {
                throw new HdlException(where + " is not connected");
            }
            requireWidth(e, port.width(), where);
            if (port.kind() == SignalKind.OUTPUT) {
                if (!(e instanceof Signal s)) {
                    throw new HdlException(where + " is an output and must drive a whole signal, not '"
                            + e.verilog() + "'");
                }
                requireOwn(s);
            }
            ordered.put(port.name(), e);
        }
        for (String key : connections.keySet()) {
            module.port(key);
        }
        for (Signal port : module.outputs()) {
            drive((Signal) ordered.get(port.name()), "instance " + instanceName);
        }
        instanceNames.add(instanceName);
        instances.add(new Instance(instanceName, module, ordered));
    }

    /** Marks bits as deliberately unused (e.g. dropped by truncation), with the reason. */
    public void discard(Expr bits, String reason) {
        discards.add(new Discard(bits, reason));
    }

    /** Checks the module and returns it. */
    public HdlModule build() {
        for (Signal s : signals.values()) {
            if (s.kind() != SignalKind.INPUT && !drivers.containsKey(s.name())) {
                throw new HdlException((s.kind() == SignalKind.OUTPUT ? "output" : "signal") + " '" + s.name()
                        + "' of module '" + name + "' is never driven");
            }
        }
        Map<String, BitSet> read = new LinkedHashMap<>();
        for (Slice r : allReads()) {
            requireOwn(r.signal());
            read.computeIfAbsent(r.signal().name(), k -> new BitSet()).set(r.lo(), r.hi() + 1);
        }
        for (Signal s : signals.values()) {
            if (s.kind() == SignalKind.OUTPUT) {
                continue;
            }
            BitSet bits = read.getOrDefault(s.name(), new BitSet());
            if (bits.cardinality() < s.width()) {
                BitSet missing = new BitSet();
                missing.set(0, s.width());
                missing.andNot(bits);
                throw new HdlException("bits " + ranges(missing) + " of '" + s.name() + "' in module '" + name
                        + "' are never read; discard() them with a reason if that is intended");
            }
        }
        List<Signal> ports = signals.values().stream().filter(s -> s.kind() != SignalKind.INTERNAL).toList();
        List<Signal> internals = signals.values().stream().filter(s -> s.kind() == SignalKind.INTERNAL).toList();
        return new HdlModule(name, doc, ports, internals, registerNames, assignments, instances, clocked,
                discards, comments);
    }

    private List<Slice> allReads() {
        List<Slice> out = new ArrayList<>();
        assignments.forEach(a -> a.value().reads(out::add));
        instances.forEach(i -> i.connections().forEach((port, e) -> {
            if (i.module().port(port).kind() == SignalKind.INPUT) {
                e.reads(out::add);
            }
        }));
        for (Register r : clocked) {
            r.clock().reads(out::add);
            r.reset().ifPresent(e -> e.reads(out::add));
            r.reset().ifPresent(e -> r.resetValue().reads(out::add));
            r.enable().ifPresent(e -> e.reads(out::add));
            r.next().reads(out::add);
        }
        discards.forEach(d -> d.bits().reads(out::add));
        return out;
    }

    private static String ranges(BitSet bits) {
        List<String> parts = new ArrayList<>();
        for (int lo = bits.nextSetBit(0); lo >= 0; ) {
            int hi = bits.nextClearBit(lo) - 1;
            parts.add(0, hi == lo ? "[" + lo + "]" : "[" + hi + ":" + lo + "]");
            lo = bits.nextSetBit(hi + 1);
        }
        return String.join(", ", parts);
    }

    private Signal declare(Signal s, String comment) {
        if (signals.containsKey(s.name()) || instanceNames.contains(s.name())) {
            throw new HdlException("name '" + s.name() + "' is declared twice in module '" + name + "'");
        }
        signals.put(s.name(), s);
        if (!comment.isEmpty()) {
            comments.put(s.name(), comment);
        }
        return s;
    }

    private void drive(Signal target, String by) {
        if (target.kind() == SignalKind.INPUT) {
            throw new HdlException("input '" + target.name() + "' of module '" + name + "' cannot be driven");
        }
        String previous = drivers.putIfAbsent(target.name(), by);
        if (previous != null) {
            throw new HdlException("'" + target.name() + "' in module '" + name + "' is driven twice (by "
                    + previous + " and by " + by + ")");
        }
    }

    private void requireOwn(Signal s) {
        if (!s.equals(signals.get(s.name()))) {
            throw new HdlException("signal '" + s.name() + "' (" + s.width() + " bits) is not declared in module '"
                    + name + "'");
        }
    }

    private static void requireWidth(Expr e, int width, String what) {
        if (e.width() != width) {
            throw new HdlException("width mismatch for " + what + ": expected " + width + " bits, '"
                    + e.verilog() + "' is " + e.width() + " bits");
        }
    }
}
