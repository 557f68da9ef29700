package org.approxmac.hdl.builder;

/**
 * A continuous assignment {@code assign target = value;} with an optional comment.
 *
 * @param target  the driven signal
 * @param value   the value (same width)
 * @param comment a one-line comment shown above the assignment, or empty
 */
public record Assignment(Signal target, Expr value, String comment) {
}
