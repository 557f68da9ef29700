package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignTest {

    private static HdlModule passThrough(String name, int width, HdlModule sub) {
        ModuleBuilder m = new ModuleBuilder(name);
        Signal x = m.input("x", width);
        Signal y = m.output("y", width);
        if (sub == null) {
            m.assign(y, x);
        } else {
            Signal mid = m.wire("mid", width);
            m.instance("u_first", sub, Map.of("x", x, "y", mid));
            m.instance("u_second", sub, Map.of("x", mid, "y", y));
        }
        return m.build();
    }

    @Test
    void collectsEachModuleOnceTopFirst() {
        HdlModule leaf = passThrough("leaf", 2, null);
        HdlModule middle = passThrough("middle", 2, leaf);
        HdlModule top = passThrough("top", 2, middle);
        Design d = Design.of(top);
        assertEquals(List.of("top", "middle", "leaf"), d.modules().stream().map(HdlModule::name).toList());
        assertEquals(List.of(middle, leaf), d.submodules());
    }

    @Test
    void rejectsTwoDifferentModulesWithOneName() {
        HdlModule a = passThrough("same", 2, null);
        HdlModule b = passThrough("same", 3, null);
        ModuleBuilder m = new ModuleBuilder("top");
        Signal x = m.input("x", 2);
        Signal x3 = m.input("x3", 3);
        m.instance("u_a", a, Map.of("x", x, "y", m.output("y", 2)));
        m.instance("u_b", b, Map.of("x", x3, "y", m.output("y3", 3)));
        HdlException e = assertThrows(HdlException.class, () -> Design.of(m.build()));
        assertTrue(e.getMessage().contains("two different modules are named 'same'"));
    }
}
