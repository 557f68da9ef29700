package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.junit.jupiter.api.Test;

class BatchRtlTest {

    @Test
    void wrapperWiresEveryMemberToItsSliceOfTheResult() {
        DutShape shape = DutShape.of(UnitSpec.parse("fixed:n=8,mac"));
        RtlSource batch = BatchRtl.of(List.of(new RtlSource("m0", "module m0; endmodule\n", "x"),
                new RtlSource("m1", "module m1; endmodule\n", "y")), shape);
        assertEquals(BatchRtl.TOP, batch.top());
        assertTrue(batch.verilog().contains("output wire [47:0] acc"), batch.verilog());
        assertTrue(batch.verilog().contains("m1 u_member1 (.clk(clk), .rst(rst), .en(en), .clr(clr), .a(a), .b(b),"
                + " .acc(acc[47:24]));"), batch.verilog());
        assertTrue(batch.verilog().contains("module m0; endmodule"));
    }

    @Test
    void onlyTheFaultyMemberOfABatchFails() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
        UnitSpec spec = Fixtures.FIXED8;
        String good = Fixtures.verilog("exact_mul8.v");
        RtlSource m0 = new RtlSource("good0", good.replace("exact_mul8", "good0"), "good0");
        RtlSource m1 = new RtlSource("bad1", good.replace("exact_mul8", "bad1")
                .replace("$signed(a) * $signed(b);", "$signed(a) * $signed(b) + $signed({15'd0, a == 8'h80});"), "bad1");
        RtlSource m2 = new RtlSource("good2", good.replace("exact_mul8", "good2"), "good2");
        DutShape shape = DutShape.of(spec);
        SimModel model = Fixtures.builder().build(BatchRtl.of(List.of(m0, m1, m2), shape), shape.batch(3));
        var golden = Units.multiplier(spec);
        List<CosimResult> r = Fixtures.cosim().multipliers(model, List.of(golden, golden, golden),
                List.of(ErrorBound.of(spec), ErrorBound.of(spec), ErrorBound.of(spec)),
                VectorPlan.parse("exhaustive", spec, 1), Cosim.Progress.NONE);
        assertTrue(r.get(0).passed());
        assertEquals(256, r.get(1).mismatches(), "a = 0x80 with every b");
        assertTrue(r.get(2).passed());
    }
}
