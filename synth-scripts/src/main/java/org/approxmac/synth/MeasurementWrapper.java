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
        return verilog(unitTop, like, Map.of());
    }

    /**
     * As {@link #verilog(String, UnitSpec)}, the unit instantiated with parameter overrides
     * ({@code unit #(.N(16)) unit (...)}; the template is unchanged, so generated designs keep their
     * cache keys).
     */
    public static String verilog(String unitTop, UnitSpec like, Map<String, String> parameters) {
        StringBuilder unit = new StringBuilder(unitTop);
        parameters.forEach((n, v) -> unit.append(unit.length() == unitTop.length() ? " #(" : ", ")
                .append('.').append(n).append('(').append(v).append(')'));
        if (!parameters.isEmpty()) {
            unit.append(')');
        }
        return ScriptTemplate.WRAPPER.render(Map.of(
                "wrapper", MODULE,
                "unit", unit.toString(),
                "spec", like.canonical(),
                "mac", like.mac(),
                "clocked", !like.mac() && like.latency() > 0,
                "aMsb", like.aPortWidth() - 1,
                "bMsb", like.bPortWidth() - 1,
                "outMsb", like.outputWidth() - 1));
    }
}
