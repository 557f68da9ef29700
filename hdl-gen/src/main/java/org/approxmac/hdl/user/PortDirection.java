package org.approxmac.hdl.user;

import java.util.Locale;

/** A module port's direction, as declared. */
public enum PortDirection {
    INPUT, OUTPUT, INOUT;

    /** The Verilog keyword: {@code input}, {@code output} or {@code inout}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
