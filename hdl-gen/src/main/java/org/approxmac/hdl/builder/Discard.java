package org.approxmac.hdl.builder;

/**
 * Bits deliberately left unused (e.g. fraction bits dropped by truncation), with the reason. They
 * are collected into one {@code unused_bits} sink so lint tools know the omission is intended.
 *
 * @param bits   the unused bits
 * @param reason why they are not needed
 */
public record Discard(Expr bits, String reason) {
}
