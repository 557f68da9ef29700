package org.approxmac.spec;

/** The value type of a kind parameter. */
public enum ParamType {
    /** A whole number within a {@link Bound} range. */
    INT,
    /** One word out of a fixed list. */
    CHOICE,
    /** {@code true} or {@code false}. */
    BOOL
}
