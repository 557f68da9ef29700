package org.approxmac.hdl.builder;

import java.util.Map;

/**
 * An instance of a submodule with every port connected: inputs to expressions, outputs to whole
 * internal signals or output ports of the parent. Connections are in the submodule's port order.
 *
 * @param name        the instance name
 * @param module      the instantiated module
 * @param connections port name to connected expression, in port order
 */
public record Instance(String name, HdlModule module, Map<String, Expr> connections) {
}
