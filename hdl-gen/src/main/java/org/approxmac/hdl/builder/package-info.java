/**
 * A small, pure-Java hardware description builder: modules, ports, internal signals, registers,
 * submodule instances and width-checked expressions, rendered to Verilog-2005 by
 * {@link org.approxmac.hdl.render.VerilogRenderer}.
 *
 * <h2>Concepts</h2>
 * <ul>
 *   <li>{@link org.approxmac.hdl.builder.ModuleBuilder} declares {@code input}, {@code output} and
 *       {@code wire} signals and drives them with {@code assign}, {@code register} (rising edge,
 *       optional synchronous active-high reset and enable) or {@code instance}. {@code build()}
 *       checks the module and returns an immutable {@link org.approxmac.hdl.builder.HdlModule}.</li>
 *   <li>{@link org.approxmac.hdl.builder.Expr} is an immutable expression tree with an exact width.
 *       Operators check widths when the expression is built: {@code add/sub/mul/and/or/xor} need
 *       equal widths and keep them (mod 2^w), {@code addWithCarry} widens by one, comparisons and
 *       reductions give 1 bit, shifts (by a constant or a variable) keep the width, {@code mux}
 *       needs a 1-bit select and equal branches, {@code concat}/{@code replicate} sum widths,
 *       {@code zext}/{@code sext} only widen. Only signals can be sliced. A mismatch is an
 *       {@link org.approxmac.hdl.builder.HdlException} naming the operands; nothing is ever
 *       truncated or extended implicitly, so output lints clean under {@code verilator -Wall}.</li>
 *   <li>Every input and internal bit must be read, or given up explicitly with
 *       {@code discard(bits, reason)} (e.g. truncated fraction bits); discarded bits go to one
 *       {@code unused_bits} sink that lint tools recognise.</li>
 *   <li>{@link org.approxmac.hdl.builder.Design#of} collects a top module and everything it
 *       instantiates, each once, top first, in a deterministic order.</li>
 *   <li>{@link org.approxmac.hdl.builder.Evaluator} simulates a module in Java (cycle by cycle), for
 *       fast functional tests of building blocks.</li>
 * </ul>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * ModuleBuilder m = new ModuleBuilder("top_scale");
 * Signal x = m.input("x", 8);
 * Signal s = m.input("s", 3);
 * Signal y = m.output("y", 9);
 * Signal shifted = m.wire("shifted", x.shl(s), "x scaled by 2^s");
 * m.assign(y, shifted.addWithCarry(x));
 * String verilog = new VerilogRenderer().render(Design.of(m.build()), List.of("my header"));
 * }</pre>
 * Reusable blocks (leading-one detector, leading-zero counter, barrel shifter, adder, multiplier)
 * live in {@link org.approxmac.hdl.blocks}; each returns a {@code HdlModule} to instantiate.
 */
package org.approxmac.hdl.builder;
