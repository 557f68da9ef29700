package org.approxmac.synth;

import java.util.Map;
import org.approxmac.spec.UnitSpec;

/**
 * The circuit under measurement (docs/cost-method.md, "The method"): the operands a and b registered in
 * front of the unit; a MAC's own {@code acc} register is the accumulator, a bare multiplier's product
 * is registered behind it. Delay is then register to register and activity is clocked.
 */
public final class MeasurementWrapper {

    /** The wrapper's module name: the top of every synthesised netlist. */
    public static final String MODULE = "approxmac_cost_wrapper";

    private MeasurementWrapper() {
    }

    /** The wrapper's Verilog around the unit {@code unitTop} that follows {@code like}'s ports. */
    public static String verilog(String unitTop, UnitSpec like) {
        return ScriptTemplate.WRAPPER.render(Map.of(
                "wrapper", MODULE,
                "unit", unitTop,
                "spec", like.canonical(),
                "mac", like.mac(),
                "nMsb", like.n() - 1,
                "outMsb", like.outputWidth() - 1));
    }
}
