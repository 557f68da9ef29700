package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class DriverIndexTest {

    /** Every module of real designs: each assignment and instance output found, inputs and registers absent. */
    @Test
    void indexesEveryDriverOfGeneratedModules() {
        int instanceOutputs = 0;
        for (String spec : new String[] {"drum:n=16,k=6,sign=c1,mac", "mitchw:n=12,w=5,sign=sm", "fp32:fused=false,mac"}) {
            for (HdlModule m : Design.of(Rtl.module(UnitSpec.parse(spec), "dut")).modules()) {
                DriverIndex index = DriverIndex.of(m);
                for (Assignment a : m.assignments()) {
                    DriverIndex.Assigned d = assertInstanceOf(DriverIndex.Assigned.class, index.driver(a.target().name()));
                    assertSame(a.value(), d.value(), m.name() + "." + a.target().name());
                }
                for (Instance i : m.instances()) {
                    for (Map.Entry<String, Expr> c : i.connections().entrySet()) {
                        Signal port = i.module().port(c.getKey());
                        if (port.kind() == SignalKind.OUTPUT) {
                            var d = assertInstanceOf(DriverIndex.InstanceOutput.class,
                                    index.driver(((Signal) c.getValue()).name()));
                            assertSame(i, d.instance());
                            assertEquals(port, d.port());
                            instanceOutputs++;
                        }
                    }
                }
                m.inputs().forEach(p -> assertNull(index.driver(p.name()), "input " + p.name()));
                m.registers().forEach(r -> assertNull(index.driver(r), "register " + r));
            }
        }
        assertTrue(instanceOutputs > 10, "the designs have submodules: " + instanceOutputs);
        assertNull(DriverIndex.of(Rtl.module(UnitSpec.parse("fixed:n=8"), "dut")).driver("no_such_signal"));
    }
}
