package org.approxmac.hdl.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.approxmac.hdl.builder.Assignment;
import org.approxmac.hdl.builder.Discard;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlException;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.Instance;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignalKind;

/**
 * Inlines every submodule instance of a combinational module, recursively, into one module of
 * continuous assignments with the same ports and the same function. A submodule signal {@code s} of
 * instance {@code u_x} becomes the wire {@code u_x_s} (a numeric suffix if that name is taken); an
 * input port becomes a wire driven by its connection, an output port a wire that drives the parent's
 * connected signal. Discards travel with their signals. Registers are refused: only combinational
 * datapaths are flattened.
 */
public final class Flattener {

    private final ModuleBuilder flat;
    private final Set<String> used = new HashSet<>();

    private Flattener(String name) {
        this.flat = new ModuleBuilder(name);
    }

    /** The flattened module {@code name} of {@code module}. */
    public static HdlModule flatten(HdlModule module, String name) {
        Flattener f = new Flattener(name);
        module.doc().forEach(f.flat::doc);
        Map<String, Signal> top = new HashMap<>();
        for (Signal p : module.ports()) {
            f.used.add(p.name());
            top.put(p.name(), p.kind() == SignalKind.INPUT ? f.flat.input(p.name(), p.width())
                    : f.flat.output(p.name(), p.width()));
        }
        f.inline(module, top, "");
        return f.flat.build();
    }

    /** Adds the body of {@code module}; {@code names} maps its ports to signals of the flat module. */
    private void inline(HdlModule module, Map<String, Signal> names, String prefix) {
        if (!module.clocked().isEmpty()) {
            throw new HdlException("module '" + module.name() + "' has registers: only combinational logic is flattened");
        }
        for (Signal s : module.internals()) {
            names.put(s.name(), flat.wire(fresh(prefix + s.name()), s.width(), comment(module, s)));
        }
        for (Assignment a : module.assignments()) {
            flat.assign(names.get(a.target().name()), Rename.apply(a.value(), s -> names.get(s.name())),
                    a.comment());
        }
        for (Discard d : module.discards()) {
            flat.discard(Rename.apply(d.bits(), s -> names.get(s.name())), d.reason());
        }
        for (Instance i : module.instances()) {
            Map<String, Signal> child = new HashMap<>();
            String childPrefix = prefix + i.name() + "_";
            for (Signal port : i.module().ports()) {
                Signal wire = flat.wire(fresh(childPrefix + port.name()), port.width(),
                        port.kind() == SignalKind.INPUT ? "input " + port.name() + " of " + i.module().name()
                                : "output " + port.name() + " of " + i.module().name());
                child.put(port.name(), wire);
                Expr connection = Rename.apply(i.connections().get(port.name()), s -> names.get(s.name()));
                if (port.kind() == SignalKind.INPUT) {
                    flat.assign(wire, connection);
                } else {
                    flat.assign((Signal) connection, wire);
                }
            }
            inline(i.module(), child, childPrefix);
        }
    }

    private static String comment(HdlModule module, Signal s) {
        return module.comments().getOrDefault(s.name(), "");
    }

    private String fresh(String wanted) {
        String name = wanted;
        for (int k = 2; !used.add(name); k++) {
            name = wanted + "_" + k;
        }
        return name;
    }
}
