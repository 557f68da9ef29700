package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class MeasurementWrapperTest {

    @Test
    void macWrapperRegistersOperandsAndUsesTheMacsAccumulator() {
        String v = MeasurementWrapper.verilog("fixed_mac16", UnitSpec.parse("fixed:n=16,mac"));
        assertTrue(v.contains("module approxmac_cost_wrapper ("), v);
        assertTrue(v.contains("a_q <= a;"), v);
        assertTrue(v.contains("output wire [39:0] acc"), v);
        assertTrue(v.contains("fixed_mac16 unit (.clk(clk), .rst(rst), .en(en), .clr(clr), .a(a_q), .b(b_q), .acc(acc));"), v);
        assertTrue(!v.contains("z <="), v);
    }

    @Test
    void multiplierWrapperRegistersTheProductToo() {
        String v = MeasurementWrapper.verilog("m", UnitSpec.parse("fp32"));
        assertTrue(v.contains("input  wire [31:0] a,"), v);
        assertTrue(v.contains("output reg  [31:0] z"), v);
        assertTrue(v.contains("m unit (.a(a_q), .b(b_q), .z(z_d));"), v);
        assertTrue(v.contains("z <= z_d;"), v);
        assertTrue(!v.contains("${") && !v.contains("#if"), v);
    }

    @Test
    void parameterOverridesAreSetWhereTheUnitIsInstantiated() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("N", "8");
        p.put("W", "16'h10");
        String v = MeasurementWrapper.verilog("pmul", UnitSpec.parse("fixed:n=8"), p);
        assertTrue(v.contains("pmul #(.N(8), .W(16'h10)) unit (.a(a_q), .b(b_q), .z(z_d));"), v);
        assertTrue(MeasurementWrapper.verilog("pmul", UnitSpec.parse("fixed:n=8"), Map.of())
                .equals(MeasurementWrapper.verilog("pmul", UnitSpec.parse("fixed:n=8"))));
    }
}
