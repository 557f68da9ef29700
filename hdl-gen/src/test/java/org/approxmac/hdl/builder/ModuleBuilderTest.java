package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleBuilderTest {

    private static void assertError(Runnable r, String fragment) {
        HdlException e = assertThrows(HdlException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }

    private static HdlModule inverter() {
        ModuleBuilder m = new ModuleBuilder("inv");
        Signal x = m.input("x", 4);
        m.assign(m.output("y", 4), x.not());
        return m.build();
    }

    @Test
    void assignmentWidthMismatchNamesTheTarget() {
        ModuleBuilder m = new ModuleBuilder("t");
        Signal a = m.input("a", 8);
        Signal z = m.output("z", 9);
        assertError(() -> m.assign(z, a), "width mismatch assigning 'z' (9 bits) from 'a' (8 bits)");
    }

    @Test
    void everyOutputAndWireMustBeDrivenOnce() {
        ModuleBuilder m = new ModuleBuilder("t");
        Signal a = m.input("a", 2);
        Signal z = m.output("z", 2);
        assertError(m::build, "output 'z' of module 't' is never driven");
        m.assign(z, a);
        assertError(() -> m.assign(z, a), "'z' in module 't' is driven twice");
        assertError(() -> m.assign(a, a), "input 'a' of module 't' cannot be driven");
        m.wire("w", 1);
        assertError(m::build, "signal 'w' of module 't' is never driven");
    }

    @Test
    void unreadBitsAreErrorsUnlessDiscarded() {
        ModuleBuilder m = new ModuleBuilder("t");
        Signal a = m.input("a", 8);
        m.assign(m.output("z", 2), a.slice(5, 4));
        assertError(m::build, "bits [7:6], [3:0] of 'a' in module 't' are never read");
        m.discard(Expr.concat(a.slice(7, 6), a.slice(3, 0)), "test");
        HdlModule built = m.build();
        assertEquals(1, built.discards().size());
    }

    @Test
    void namesAreUniqueAndSignalsLocal() {
        ModuleBuilder m = new ModuleBuilder("t");
        m.input("a", 1);
        assertError(() -> m.wire("a", 1), "name 'a' is declared twice in module 't'");
        Signal foreign = new Signal("b", 1, SignalKind.INPUT);
        ModuleBuilder m2 = new ModuleBuilder("t2");
        Signal a2 = m2.input("a", 1);
        m2.assign(m2.output("z", 1), foreign.and(a2));
        assertError(m2::build, "signal 'b' (1 bits) is not declared in module 't2'");
    }

    @Test
    void instancesNeedEveryPortWithMatchingWidth() {
        HdlModule inv = inverter();
        ModuleBuilder m = new ModuleBuilder("t");
        Signal a = m.input("a", 4);
        Signal y = m.output("y", 4);
        assertError(() -> m.instance("u", inv, Map.of("x", a)), "port 'y' of instance 'u' (inv) is not connected");
        assertError(() -> m.instance("u", inv, Map.of("x", a.slice(2, 0), "y", y)),
                "width mismatch for port 'x' of instance 'u' (inv): expected 4 bits, 'a[2:0]' is 3 bits");
        assertError(() -> m.instance("u", inv, Map.of("x", a, "y", a.not())), "must drive a whole signal");
        m.instance("u", inv, Map.of("x", a, "y", y));
        assertError(() -> m.instance("u", inv, Map.of("x", a, "y", y)), "instance name 'u' is already used");
        HdlModule t = m.build();
        assertEquals(List.of("x", "y"), List.copyOf(t.instances().get(0).connections().keySet()));
    }

    @Test
    void registersCheckWidthsAndDeclareReg() {
        ModuleBuilder m = new ModuleBuilder("t");
        Signal clk = m.input("clk", 1);
        Signal d = m.input("d", 4);
        Signal q = m.output("q", 4);
        assertError(() -> m.register(q, clk, null, null, null, d.slice(2, 0)), "next value of 'q'");
        assertError(() -> m.register(q, clk, d, Constant.zero(4), null, d), "width mismatch for reset");
        m.register(q, clk, null, null, null, d);
        HdlModule t = m.build();
        assertTrue(t.isRegister(q));
        assertEquals(1, t.clocked().size());
    }
}
