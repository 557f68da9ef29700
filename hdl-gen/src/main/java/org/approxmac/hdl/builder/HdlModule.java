package org.approxmac.hdl.builder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A built, immutable, checked module: every output and internal signal driven exactly once, every
 * input and internal bit read (or explicitly discarded), all widths consistent. Create with
 * {@link ModuleBuilder}.
 *
 * @param name        module name
 * @param doc         comment lines shown above the module
 * @param ports       ports in declaration order
 * @param internals   internal signals in declaration order
 * @param registers   names of the signals declared {@code reg} (driven by a register)
 * @param assignments continuous assignments in creation order
 * @param instances   submodule instances in creation order
 * @param clocked     registers in creation order
 * @param discards    deliberately unused bits
 * @param comments    comment per internal signal name (may be absent)
 */
public record HdlModule(String name, List<String> doc, List<Signal> ports, List<Signal> internals,
                     Set<String> registers, List<Assignment> assignments, List<Instance> instances,
                     List<Register> clocked, List<Discard> discards, Map<String, String> comments) {

    public HdlModule {
        doc = List.copyOf(doc);
        ports = List.copyOf(ports);
        internals = List.copyOf(internals);
        registers = Set.copyOf(registers);
        assignments = List.copyOf(assignments);
        instances = List.copyOf(instances);
        clocked = List.copyOf(clocked);
        discards = List.copyOf(discards);
        comments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(comments));
    }

    /** The port with this name. */
    public Signal port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst()
                .orElseThrow(() -> new HdlException("module '" + name + "' has no port '" + portName + "'"));
    }

    public List<Signal> inputs() {
        return ports.stream().filter(p -> p.kind() == SignalKind.INPUT).toList();
    }

    public List<Signal> outputs() {
        return ports.stream().filter(p -> p.kind() == SignalKind.OUTPUT).toList();
    }

    /** Whether the signal is declared {@code reg}. */
    public boolean isRegister(Signal s) {
        return registers.contains(s.name());
    }
}
