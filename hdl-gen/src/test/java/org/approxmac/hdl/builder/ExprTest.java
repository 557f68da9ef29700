package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExprTest {

    private static final Signal A = new Signal("a", 8, SignalKind.INPUT);
    private static final Signal B = new Signal("b", 8, SignalKind.INPUT);
    private static final Signal C = new Signal("c", 4, SignalKind.INTERNAL);

    private static void assertError(Runnable r, String... fragments) {
        HdlException e = assertThrows(HdlException.class, r::run);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
        }
    }

    @Test
    void binaryOperatorsRejectDifferentWidthsNamingBothOperands() {
        assertError(() -> A.add(C), "'+'", "'a' is 8 bits", "'c' is 4 bits");
        assertError(() -> A.sub(C.zext(6)), "'-'", "'{2'd0, c}' is 6 bits");
        assertError(() -> A.and(C), "'&'");
        assertError(() -> A.mul(C), "'*'");
        assertError(() -> A.mulSigned(C), "'$signed *'");
        assertError(() -> A.lt(C), "'<'");
        assertError(() -> Expr.mux(A.bit(0), A, C), "'?:'", "'c' is 4 bits");
        assertError(() -> Expr.mux(C, A, B), "select 'c' must be 1 bit");
        assertError(() -> A.addWithCarry(C), "'+'");
    }

    @Test
    void widthsFollowTheDocumentedRules() {
        assertEquals(8, A.add(B).width());
        assertEquals(9, A.addWithCarry(B).width());
        assertEquals(1, A.ge(B).width());
        assertEquals(1, A.orReduce().width());
        assertEquals(8, A.shl(C).width());
        assertEquals(12, Expr.concat(A, C).width());
        assertEquals(16, Expr.replicate(A, 2).width());
        assertEquals(12, A.sext(12).width());
        assertEquals(3, A.slice(5, 3).width());
        assertEquals(8, A.negate().width());
    }

    @Test
    void extensionNeverTruncates() {
        assertError(() -> A.zext(4), "cannot extend 'a' (8 bits) to 4 bits");
        assertError(() -> A.sext(7), "would truncate");
        assertEquals(A, A.zext(8));
    }

    @Test
    void slicesAreCheckedAndOnlyOnSignals() {
        assertError(() -> A.slice(8, 0), "out of range for 'a' (8 bits)");
        assertError(() -> A.slice(2, 3), "[2:3]");
        assertError(() -> A.add(B).slice(3, 0), "cannot slice the compound expression 'a + b'");
        assertEquals("a[5:4]", A.slice(7, 2).slice(3, 2).verilog());
        assertEquals("a[7]", A.msb().verilog());
        assertEquals(List.of(new Slice(A, 5, 4)), A.slice(7, 2).slice(3, 2).reads());
    }

    @Test
    void constantsAreSizedAndChecked() {
        assertEquals("8'd255", Expr.constant(8, 255).verilog());
        assertEquals("40'h10000000000".substring(0, 4), Expr.constant(40, 0).verilog().substring(0, 4));
        assertEquals("36'h800000000", Expr.constant(36, BigInteger.ONE.shiftLeft(35)).verilog());
        assertEquals("4'd15", Constant.ones(4).verilog());
        assertError(() -> Expr.constant(8, 256), "256 does not fit in 8 unsigned bits");
        assertError(() -> Expr.constant(8, -1), "does not fit");
        assertError(() -> Expr.constant(0, 0), "at least 1 bit");
    }

    @Test
    void rendersOperatorsWithParenthesesOnlyAroundCompoundOperands() {
        assertEquals("(a + b) * a", A.add(B).mul(A).verilog());
        assertEquals("a + b + a", A.add(B).add(A).verilog());
        assertEquals("~(a & b)", A.and(B).not().verilog());
        assertEquals("a[0] ? a : (a >> c)", Expr.mux(A.bit(0), A, A.shr(C)).verilog());
        assertEquals("a << 2'd3", A.shl(3).verilog());
        assertEquals("a", A.shl(0).verilog());
        assertEquals("{4{c[3]}}", Expr.replicate(C.msb(), 4).verilog());
        assertEquals("|a", A.orReduce().verilog());
        assertEquals("c[1]", C.bit(1).orReduce().verilog());
    }

    @Test
    void readsListEverySignalRange() {
        Expr e = Expr.mux(C.bit(3), A.add(B), Expr.concat(C, C));
        assertEquals(List.of(new Slice(C, 3, 3), new Slice(A, 7, 0), new Slice(B, 7, 0), new Slice(C, 3, 0),
                new Slice(C, 3, 0)), e.reads());
    }

    @Test
    void namesMustBeLegalIdentifiers() {
        assertError(() -> new Signal("use", 1, SignalKind.INPUT), "'use' is a Verilog/SystemVerilog keyword");
        assertError(() -> new Signal("a/b", 1, SignalKind.INPUT), "not a legal Verilog identifier");
        assertError(() -> new Signal("x", 0, SignalKind.INPUT), "'x' must be at least 1 bit");
    }
}
