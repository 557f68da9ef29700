package org.approxmac.hdl.builder;

import java.util.Optional;

/**
 * A register updated on the rising clock edge: if {@code reset} (synchronous, active high) it loads
 * {@code resetValue}; else if {@code enable} (or always, without one) it loads {@code next}.
 *
 * @param target     the register (an output port or internal signal, declared {@code reg})
 * @param clock      1-bit clock
 * @param reset      optional 1-bit synchronous active-high reset
 * @param resetValue value loaded on reset (ignored without a reset)
 * @param enable     optional 1-bit enable
 * @param next       the value loaded when enabled
 */
public record Register(Signal target, Signal clock, Optional<Expr> reset, Expr resetValue,
                       Optional<Expr> enable, Expr next) {
}
