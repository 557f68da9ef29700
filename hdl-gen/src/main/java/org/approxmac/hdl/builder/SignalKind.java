package org.approxmac.hdl.builder;

/** What a named signal is in its module. */
public enum SignalKind {
    /** A module input port. */
    INPUT,
    /** A module output port. */
    OUTPUT,
    /** An internal net or register. */
    INTERNAL
}
