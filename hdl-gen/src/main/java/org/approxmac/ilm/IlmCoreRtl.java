package org.approxmac.ilm;

import java.util.Map;
import org.approxmac.hdl.blocks.BarrelShifter;
import org.approxmac.hdl.blocks.BitMatrix;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.blocks.LeadingOneDetector;
import org.approxmac.hdl.blocks.LeadingOneSelector;
import org.approxmac.hdl.blocks.OneHotShift;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.ConvertedOperands;
import org.approxmac.hdl.wrapper.SharedCoreRtl;
import org.approxmac.mitchw.MitchwCoreRtl;

/**
 * RTL of the unsigned truncated iterative log multiplier core (docs/units.md, "The ILM core"; Babić,
 * Avramović, Bulić, Microprocessors and Microsystems 2011; H. Kim et al., IEEE ARITH 2019). With
 * K = w - 1 bits kept below each operand's leading one:
 * <pre>
 *  x --> Mitch-w conversion --> characteristic_x (kx), fraction_x (K bits)   mantissa_x = {1, fraction_x}
 *  y --> (same)
 *  basic block on the mantissas (leading ones at bit K):   (mantissa_x + fraction_y) &lt;&lt; K
 *  correction j = 1..iter on residues a_j, b_j (K bits; a_1 = fraction_x, b_1 = fraction_y):
 *      one-hot leading ones h_a, h_b;  a_j+1 = a_j &amp; ~h_a;  b_j+1 = b_j &amp; ~h_b
 *      term_j = (a_j &lt;&lt; lead(b_j)) + (b_j+1 &lt;&lt; lead(a_j))   (AND-OR shifts by the one-hot lines; 0 when
 *                                                          either residue is 0)
 *  mantissa_product = sum of the rows                     (Dadda tree and one adder, 2w bits)
 *  p = (mantissa_product &lt;&lt; (kx + ky)) &gt;&gt; 2K             (the bits dropped are always 0)
 * </pre>
 * The truncated operand x_t equals mantissa_x 2^(kx - K), and every block scales with its inputs'
 * powers of two, so the product of the mantissas placed by kx + ky - 2K is the core's P(x, y) exactly.
 * The per-operand conversion is Mitch-w's, so an array converts each broadcast operand once.
 * A zero operand converts like 1; masking zero operands is the sign wrapper's job.
 */
public final class IlmCoreRtl implements SharedCoreRtl {

    private final int n;
    private final int fractionBits;
    private final int iterations;
    private final MitchwCoreRtl conversion;

    /**
     * @param n          operand width (4..64)
     * @param kept       bits kept per operand, w (1..n)
     * @param iterations error-correction iterations after the basic block (0..8)
     */
    public IlmCoreRtl(int n, int kept, int iterations) {
        if (kept < 1 || kept > n || iterations < 0) {
            throw new IllegalArgumentException("ilm core needs 1 <= w <= n and iterations >= 0, got n=" + n
                    + " w=" + kept + " iterations=" + iterations);
        }
        this.n = n;
        this.fractionBits = kept - 1;
        this.iterations = iterations;
        this.conversion = new MitchwCoreRtl(n, kept);
    }

    @Override
    public int width() {
        return n;
    }

    @Override
    public HdlModule build(String name) {
        return ConvertedOperands.build(this, name, title() + ": operands truncated to w bits, basic block and "
                + iterations + " correction block(s) on the mantissas, product placed by the characteristics.",
                op -> "{characteristic, fraction} of " + op, (m, codeX, codeY, p) -> combine(m, name, codeX, codeY, p));
    }

    private String title() {
        return "Truncated iterative log multiplier core, N = " + n + ", w = " + (fractionBits + 1) + ", "
                + iterations + " correction iteration(s)";
    }

    /** {characteristic, fraction}: Mitch-w's log value of the operand. */
    @Override
    public int codeWidth() {
        return conversion.codeWidth();
    }

    @Override
    public HdlModule buildEncoder(String name) {
        return conversion.buildEncoder(name);
    }

    @Override
    public HdlModule buildCombiner(String name) {
        return ConvertedOperands.combiner(this, name, title() + ": the product of two converted operands.",
                (m, codeX, codeY, p) -> combine(m, name, codeX, codeY, p));
    }

    /** The per-product part: the iterations on the mantissas, then the placement. */
    private void combine(ModuleBuilder m, String name, Signal codeX, Signal codeY, Signal p) {
        int k = fractionBits;
        int charWidth = LeadingOneDetector.positionWidth(n);
        Signal charX = m.wire("characteristic_x", codeX.slice(charWidth + k - 1, k), "leading-one position of x");
        Signal charY = m.wire("characteristic_y", codeY.slice(charWidth + k - 1, k), "leading-one position of y");
        Signal product = m.wire("mantissa_product", 2 * k + 2, "ILM product of the mantissas 1.fraction_x, 1.fraction_y");
        if (k == 0) {
            m.assign(product, Constant.ones(1).zext(2), "w = 1: both mantissas are 1");
        } else {
            mantissaProduct(m, name, codeX.slice(k - 1, 0), codeY.slice(k - 1, 0), product);
        }
        int placedWidth = 2 * n + 2 * k;
        Signal exponent = m.wire("exponent", charX.addWithCarry(charY), "characteristic_x + characteristic_y");
        Signal placed = m.wire("placed", placedWidth, "mantissa_product << exponent");
        m.instance("u_place", BarrelShifter.widening(name + "_place", product.width(), placedWidth, charWidth + 1),
                Map.of("value", product, "amount", exponent, "result", placed));
        if (k == 0) {
            m.assign(p, placed);
            return;
        }
        m.assign(p, placed.slice(placedWidth - 1, 2 * k), "divide by 2^(2K): the mantissas carry K fraction bits each");
        m.discard(placed.slice(2 * k - 1, 0), "always 0: a truncated operand has no bits below 2^0");
    }

    /**
     * The basic block and the correction blocks on the mantissas, summed by a tree and one adder. Each
     * block takes a leading one off both residues, so block j's residues have K - j + 1 bits and no
     * block beyond K has any input (the product is exact by then).
     */
    private void mantissaProduct(ModuleBuilder m, String name, Expr fractionX, Expr fractionY, Signal product) {
        int k = fractionBits;
        BitMatrix rows = new BitMatrix(2 * k + 2);
        Signal mantissaX = m.wire("mantissa_x", Expr.concat(Constant.ones(1), fractionX), "1.fraction_x");
        Signal residueY = m.wire("residue_y_1", fractionY, "y's mantissa without its leading one");
        rows.addRow(mantissaX, k);
        rows.addRow(residueY, k);
        int blocks = Math.min(iterations, k);
        Signal a = blocks == 0 ? null : m.wire("residue_x_1", fractionX, "x's mantissa without its leading one");
        Signal b = residueY;
        for (int j = 1; j <= blocks; j++) {
            int width = k - j + 1;
            if (width == 1) { // one-bit residues: the block is their product and leaves no residue
                rows.addRow(m.wire("term_x_" + j, a.and(b), "residue_x_" + j + " * residue_y_" + j + " (one bit each)"), 0);
                break;
            }
            HdlModule selector = LeadingOneSelector.build(name + "_lead" + width, width);
            Signal leadA = leadingOne(m, selector, "x", j, a);
            Signal leadB = leadingOne(m, selector, "y", j, b);
            rows.addRow(m.wire("term_x_" + j, OneHotShift.of(a, leadB),
                    "residue_x_" + j + " << lead(residue_y_" + j + "); 0 when residue_y_" + j + " is 0"), 0);
            Signal nextB = withoutLeadingOne(m, "y", j, b, leadB);
            rows.addRow(m.wire("term_y_" + j, OneHotShift.of(nextB, leadA),
                    "residue_y_" + (j + 1) + " << lead(residue_x_" + j + "); 0 when residue_x_" + j + " is 0"), 0);
            if (j < blocks) {
                a = withoutLeadingOne(m, "x", j, a, leadA);
            }
            b = nextB;
        }
        CompressorTree.DADDA.sum(m, rows, CarryPropagateAdder.PLUS, name + "_mantissa_adder", product);
    }

    /** residue_op_(j+1): residue_op_j with its leading one cleared, one bit narrower (its top bit is then 0). */
    private static Signal withoutLeadingOne(ModuleBuilder m, String op, int j, Signal residue, Signal lead) {
        int width = residue.width();
        Signal cleared = m.wire("cleared_" + op + "_" + j, residue.and(lead.not()),
                "residue_" + op + "_" + j + " without its leading one");
        m.discard(cleared.msb(), "the top bit is the leading one or below it: 0 once the leading one is cleared");
        return m.wire("residue_" + op + "_" + (j + 1), cleared.slice(width - 2, 0));
    }

    /** The one-hot leading one of a residue of two or more bits. */
    private static Signal leadingOne(ModuleBuilder m, HdlModule selector, String op, int j, Signal residue) {
        Signal lines = m.wire("lead_" + op + "_" + j, residue.width(), "one-hot leading one of residue_" + op + "_" + j);
        Signal above = m.wire("above_" + op + "_" + j, residue.width());
        m.instance("u_lead_" + op + "_" + j, selector, Map.of("x", residue, "onehot", lines, "above", above));
        m.discard(above, "only the one-hot lines are used");
        return lines;
    }
}
