package org.approxmac.hdl.builder;

import java.util.HashMap;
import java.util.Map;

/**
 * The driver of every assigned or instance-driven signal of one {@link HdlModule}, by signal name:
 * built once per module so that the {@link Evaluator} finds a signal's driver with one look-up
 * instead of scanning the assignments and instance connections on every evaluation. Inputs and
 * registers have no entry (the evaluator reads them from its inputs and register state).
 */
final class DriverIndex {

    /** What drives a signal: a continuous assignment, or an output port of a submodule instance. */
    sealed interface Driver permits Assigned, InstanceOutput {
    }

    /** {@code assign target = value;} */
    record Assigned(Expr value) implements Driver {
    }

    /** The signal is connected to {@code port} (an output) of {@code instance}. */
    record InstanceOutput(Instance instance, Signal port) implements Driver {
    }

    private final Map<String, Driver> drivers = new HashMap<>();

    private DriverIndex(HdlModule module) {
        // a checked HdlModule drives each signal once; the first driver wins, as the scan it replaces did
        for (Assignment a : module.assignments()) {
            drivers.putIfAbsent(a.target().name(), new Assigned(a.value()));
        }
        for (Instance i : module.instances()) {
            for (Map.Entry<String, Expr> c : i.connections().entrySet()) {
                Signal port = i.module().port(c.getKey());
                if (c.getValue() instanceof Signal target && port.kind() == SignalKind.OUTPUT) {
                    drivers.putIfAbsent(target.name(), new InstanceOutput(i, port));
                }
            }
        }
    }

    static DriverIndex of(HdlModule module) {
        return new DriverIndex(module);
    }

    /** The driver of the signal with this name, or null when nothing in the module drives it. */
    Driver driver(String signalName) {
        return drivers.get(signalName);
    }
}
