package org.approxmac.hdl.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module graph: the top module and every module it instantiates, directly or indirectly, each
 * once, in a deterministic order (top first, then submodules in order of first instantiation,
 * depth first). Two different modules with the same name are rejected.
 *
 * @param top     the top module
 * @param modules all modules, top first
 */
public record Design(HdlModule top, List<HdlModule> modules) {

    public Design {
        modules = List.copyOf(modules);
    }

    /** Collects the graph below {@code top}. */
    public static Design of(HdlModule top) {
        Map<String, HdlModule> seen = new LinkedHashMap<>();
        collect(top, seen);
        return new Design(top, new ArrayList<>(seen.values()));
    }

    private static void collect(HdlModule m, Map<String, HdlModule> seen) {
        HdlModule previous = seen.putIfAbsent(m.name(), m);
        if (previous != null) {
            if (!previous.equals(m)) {
                throw new HdlException("two different modules are named '" + m.name() + "'");
            }
            return;
        }
        for (Instance i : m.instances()) {
            collect(i.module(), seen);
        }
    }

    /** The submodules (all modules but the top). */
    public List<HdlModule> submodules() {
        return modules.subList(1, modules.size());
    }
}
