/**
 * Rendering of a {@link org.approxmac.hdl.builder.Design} to Verilog-2005 text with Apache Velocity
 * (template {@code org/approxmac/hdl/render/design.vm}).
 */
package org.approxmac.hdl.render;
