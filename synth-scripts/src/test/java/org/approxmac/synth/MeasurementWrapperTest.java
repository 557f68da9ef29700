package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
