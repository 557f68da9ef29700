package org.approxmac.hdl.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.approxmac.spec.UnitSpec;

/**
 * The ports a design of a spec must have, exactly as the generated RTL has them (docs/units.md):
 * a multiplier {@code input [N-1:0] a, b; output [W-1:0] z} (a pipelined one, {@code stages} above
 * 0, with {@code input clk} first); a MAC {@code input clk, rst, en, clr; input [N-1:0] a, b;
 * output [A-1:0] acc}. The one check of a user's module against it serves
 * co-simulation and costing alike, before any tool runs.
 *
 * @param spec     the spec whose convention it is
 * @param expected the ports, in convention order
 */
public record PortConvention(UnitSpec spec, List<Expected> expected) {

    /**
     * One expected port.
     *
     * @param name      the port's name
     * @param direction its direction
     * @param width     its width in bits
     */
    public record Expected(String name, PortDirection direction, int width) {
        /** As Verilog would declare it, e.g. {@code output [15:0] z}. */
        public String declaration() {
            return RtlPort.declaration(direction, OptionalInt.of(width), name);
        }
    }

    public PortConvention {
        expected = List.copyOf(expected);
    }

    /** The convention of a spec. */
    public static PortConvention of(UnitSpec spec) {
        return new PortConvention(spec, ports(spec.mac(), spec.mac() || spec.latency() > 0, spec.aPortWidth(),
                spec.bPortWidth(), spec.outputWidth()));
    }

    /**
     * The convention's ports for a shape: the control inputs of a MAC ({@code clk, rst, en, clr}) or a
     * pipelined multiplier's {@code clk}, the operands, the result ({@code acc} or {@code z}); the one
     * definition behind {@link #of} and the co-simulation bridge's port check.
     */
    public static List<Expected> ports(boolean mac, boolean clocked, int aWidth, int bWidth, int resultWidth) {
        List<Expected> ports = new ArrayList<>();
        if (clocked) {
            ports.add(new Expected("clk", PortDirection.INPUT, 1));
        }
        if (mac) {
            for (String control : List.of("rst", "en", "clr")) {
                ports.add(new Expected(control, PortDirection.INPUT, 1));
            }
        }
        ports.add(new Expected("a", PortDirection.INPUT, aWidth));
        ports.add(new Expected("b", PortDirection.INPUT, bWidth));
        ports.add(new Expected(mac ? "acc" : "z", PortDirection.OUTPUT, resultWidth));
        return ports;
    }

    /** Every difference between the module's ports and the convention, one phrase each; empty if none. */
    public List<String> problems(ModuleInterface module) {
        Map<String, RtlPort> actual = new LinkedHashMap<>();
        module.ports().forEach(p -> actual.put(p.name(), p));
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            RtlPort p = actual.remove(e.name());
            if (p == null) {
                problems.add("port '" + e.name() + "' is missing (expected " + e.declaration() + ")");
            } else if (p.direction() != e.direction()) {
                problems.add(p.location() + ": port '" + e.name() + "' is an " + p.direction().keyword()
                        + ", expected " + e.declaration());
            } else if (p.width().isPresent() && p.width().getAsInt() != e.width()) {
                problems.add(p.location() + ": port '" + e.name() + "' is " + p.width().getAsInt() + " bit"
                        + (p.width().getAsInt() == 1 ? "" : "s") + " wide, expected " + e.width() + " ("
                        + e.declaration() + ")");
            }
        }
        actual.values().forEach(p -> problems.add(p.location() + ": extra port '" + p.name() + "' ("
                + p.declaration() + ") is not among the expected ports"));
        return problems;
    }

    /**
     * Throws a one-line {@link UserRtlException} naming the module, its file, every problem and the
     * expected ports, unless the module's ports follow the convention.
     */
    public void require(ModuleInterface module) {
        List<String> problems = problems(module);
        if (!problems.isEmpty()) {
            throw new UserRtlException("module " + module.name() + " (" + module.location() + ") does not have the"
                    + " ports " + spec.canonical() + " needs: " + String.join("; ", problems)
                    + " (expected exactly: " + String.join(", ", expected.stream().map(Expected::declaration).toList())
                    + ")");
        }
    }
}
