package org.approxmac.hdl.user;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A port of a user's module as declared in the source.
 *
 * @param name      the port's name
 * @param direction input, output or inout
 * @param width     its width in bits, or empty when the range uses something the port reader cannot
 *                  evaluate (the tool's own check then decides)
 * @param location  {@code file:line} of the declaration
 */
public record RtlPort(String name, PortDirection direction, OptionalInt width, String location) {

    public RtlPort {
        Objects.requireNonNull(name);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(width);
        Objects.requireNonNull(location);
    }

    /** As Verilog would declare it: {@code input [7:0] a}, {@code output z}, {@code input [?] a}. */
    public String declaration() {
        return declaration(direction, width, name);
    }

    static String declaration(PortDirection direction, OptionalInt width, String name) {
        String range = width.isEmpty() ? "[?] " : width.getAsInt() == 1 ? "" : "[" + (width.getAsInt() - 1) + ":0] ";
        return direction.keyword() + " " + range + name;
    }
}
