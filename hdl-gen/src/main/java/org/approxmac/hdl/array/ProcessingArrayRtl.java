package org.approxmac.hdl.array;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * An output-stationary array of R x C MAC processing elements (docs/units.md, "Processing-element
 * arrays"): ports {@code clk}, {@code rst}, {@code en}, {@code clr}, {@code a} (R operands, row r's at
 * [r*N +: N]), {@code b} (C operands, column c's at [c*N +: N]) and {@code acc} (the R x C accumulators,
 * element (r, c) at [(r*C + c)*A +: A]). Every element sees the same controls.
 * <pre>
 *  unshared:  a_r, b_c --> element (r, c): a whole MAC
 *  shared:    a_r --> conversion (once per row)    --+
 *             b_c --> conversion (once per column) --+--> element (r, c): combination + accumulate
 * </pre>
 *
 * @param rows    R
 * @param cols    C
 * @param n       operand width N
 * @param element the MAC of one element: ports clk, rst, en, clr, a, b, acc; its a and b take operands,
 *                or codes when {@code convert} is given
 * @param convert the conversion of one broadcast operand (ports a: N bits, code), or null: no sharing
 */
public record ProcessingArrayRtl(int rows, int cols, int n, HdlModule element, HdlModule convert) {

    /** The array module {@code name}. */
    public HdlModule build(String name) {
        int accumulatorWidth = element.port("acc").width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Array of " + rows + " x " + cols + " MACs, output stationary: on each rising clk edge every element"
                + " (r, c) applies the MAC contract (rst, en, clr) to a[r*" + n + " +: " + n + "] * b[c*" + n
                + " +: " + n + "] and its accumulator acc[(r*" + cols + "+c)*" + accumulatorWidth + " +: "
                + accumulatorWidth + "]" + (convert == null ? "." : "; each row's and column's operand is converted"
                + " once and shared by its elements."));
        Signal clk = m.input("clk", 1);
        Signal rst = m.input("rst", 1);
        Signal en = m.input("en", 1);
        Signal clr = m.input("clr", 1);
        Signal a = m.input("a", rows * n);
        Signal b = m.input("b", cols * n);
        Signal acc = m.output("acc", rows * cols * accumulatorWidth);
        List<Expr> rowOperands = operands(m, a, rows, "row");
        List<Expr> colOperands = operands(m, b, cols, "col");  // "col" as in the cols key
        List<Expr> accumulators = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Signal elementAcc = m.wire("acc_" + r + "_" + c, accumulatorWidth, r + c == 0
                        ? "element (r, c)'s accumulator, placed at acc[(r*" + cols + "+c)*" + accumulatorWidth + " +: "
                        + accumulatorWidth + "]" : "");
                Map<String, Expr> ports = new LinkedHashMap<>();
                ports.put("clk", clk);
                ports.put("rst", rst);
                ports.put("en", en);
                ports.put("clr", clr);
                ports.put("a", rowOperands.get(r));
                ports.put("b", colOperands.get(c));
                ports.put("acc", elementAcc);
                m.instance("u_pe_" + r + "_" + c, element, ports);
                accumulators.add(0, elementAcc);
            }
        }
        m.assign(acc, Expr.concat(accumulators));
        return m.build();
    }

    /** The operands of one port, or their shared conversions. */
    private List<Expr> operands(ModuleBuilder m, Signal port, int count, String line) {
        List<Expr> operands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Expr operand = port.slice(i * n + n - 1, i * n);
            if (convert == null) {
                operands.add(operand);
                continue;
            }
            Signal code = m.wire(line + "_code_" + i, convert.port("code").width(), i == 0
                    ? "the " + (line.equals("row") ? "row" : "column") + "'s operand converted once for all its elements"
                    : "");
            m.instance("u_convert_" + line + "_" + i, convert, Map.of("a", operand, "code", code));
            operands.add(code);
        }
        return operands;
    }
}
