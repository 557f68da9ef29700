package org.approxmac.cli.report;

import java.util.List;
import org.approxmac.spec.UnitSpec;

/**
 * The six MACs of Table 4 of Kim, Del Barrio, Kim, Bagherzadeh, "The Effects of Approximate
 * Multiplication on Convolutional Neural Networks" (IEEE TETC 2021), with the paper's energy relative
 * to the bfloat16 MAC (Synopsys DC, 32 nm): Mitch-w6 spends 20% of the bfloat16 MAC's energy at N=16
 * and 61% at N=32; fixed point 35% and 267%; FP32 622%.
 */
public final class Table4 {
    private Table4() {
    }

    public static final List<Table4Design> DESIGNS = List.of(
            new Table4Design("bfloat16", UnitSpec.parse("bf16,mac"), 1.00),
            new Table4Design("fixed", UnitSpec.parse("fixed:n=16,mac"), 0.35),
            new Table4Design("Mitch-w6", UnitSpec.parse("mitchw:n=16,w=6,sign=c1,mac"), 0.20),
            new Table4Design("FP32", UnitSpec.parse("fp32,mac"), 6.22),
            new Table4Design("fixed", UnitSpec.parse("fixed:n=32,mac"), 2.67),
            new Table4Design("Mitch-w6", UnitSpec.parse("mitchw:n=32,w=6,sign=c1,mac"), 0.61));

    /** The reference row every energy ratio is taken against (the paper's): the bfloat16 MAC. */
    public static final Table4Design REFERENCE = DESIGNS.get(0);

    public static final String PAPER = "Kim, Del Barrio, Kim, Bagherzadeh, \"The Effects of Approximate"
            + " Multiplication on Convolutional Neural Networks\", IEEE TETC 2021, Table 4 (Synopsys DC, 32 nm)";
}
