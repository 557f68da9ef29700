package org.approxmac.hdl.builder;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A width-checked combinational expression. Every node knows its exact width; every operator checks
 * its operands' widths when the node is created and throws an {@link HdlException} naming the
 * operands on a mismatch, so a built module never relies on Verilog's implicit extension or
 * truncation (and lints clean under {@code verilator -Wall}).
 *
 * <p>Width rules: {@code add, sub, mul, and, or, xor} take two operands of equal width and return
 * that width (arithmetic is mod 2^width; widen first with {@link #zext}/{@link #sext} to keep
 * carries); comparisons and reductions return 1 bit; shifts keep the left operand's width;
 * {@link #mux} takes a 1-bit select and two equal-width branches; {@link #concat} sums widths.
 * Slicing is only possible on a {@link Signal} (Verilog cannot slice an expression): assign a
 * compound expression to a wire first.
 */
public sealed interface Expr permits Signal, Constant, Slice, Concat, Replicate, Unary, Binary, SignedProduct, Shift, Mux {

    /** The exact width in bits (at least 1). */
    int width();

    /** Verilog-2005 text of the expression. */
    String verilog();

    /** Whether the text needs no parentheses when used as an operand. */
    default boolean atomic() {
        return true;
    }

    /** Reports every signal bit range this expression reads. */
    void reads(Consumer<Slice> sink);

    /** The bit ranges this expression reads, in order. */
    default List<Slice> reads() {
        List<Slice> out = new ArrayList<>();
        reads(out::add);
        return out;
    }

    /** Text of this expression as an operand of a larger one. */
    default String asOperand() {
        return atomic() ? verilog() : "(" + verilog() + ")";
    }

    // ----- slicing (signals only)

    /** Bits {@code hi..lo} (inclusive). Only signals and slices of signals can be sliced. */
    default Expr slice(int hi, int lo) {
        throw new HdlException("cannot slice the compound expression '" + verilog()
                + "': assign it to a wire first");
    }

    /** Bit {@code i}. */
    default Expr bit(int i) {
        return slice(i, i);
    }

    /** The most significant bit. */
    default Expr msb() {
        return bit(width() - 1);
    }

    // ----- arithmetic, mod 2^width

    default Expr add(Expr other) {
        return Binary.of("+", this, other, false);
    }

    default Expr sub(Expr other) {
        return Binary.of("-", this, other, false);
    }

    default Expr mul(Expr other) {
        return Binary.of("*", this, other, false);
    }

    /**
     * Product mod 2^width with both operands marked {@code $signed} (same bits as {@link #mul}); use
     * over sign-extended operands so synthesis builds a narrow signed multiplier.
     */
    default Expr mulSigned(Expr other) {
        return SignedProduct.of(this, other);
    }

    /** Two's-complement negation within the width. */
    default Expr negate() {
        return new Unary("-", this, width());
    }

    /** {@code this + other} with the carry kept: both zero-extended by one bit first. */
    default Expr addWithCarry(Expr other) {
        Binary.requireSameWidth("+", this, other);
        return zext(width() + 1).add(other.zext(width() + 1));
    }

    // ----- bitwise

    default Expr and(Expr other) {
        return Binary.of("&", this, other, false);
    }

    default Expr or(Expr other) {
        return Binary.of("|", this, other, false);
    }

    default Expr xor(Expr other) {
        return Binary.of("^", this, other, false);
    }

    default Expr not() {
        return new Unary("~", this, width());
    }

    // ----- reductions (1 bit)

    default Expr orReduce() {
        return width() == 1 ? this : new Unary("|", this, 1);
    }

    default Expr andReduce() {
        return width() == 1 ? this : new Unary("&", this, 1);
    }

    default Expr xorReduce() {
        return width() == 1 ? this : new Unary("^", this, 1);
    }

    // ----- unsigned comparisons (1 bit)

    default Expr eq(Expr other) {
        return Binary.of("==", this, other, true);
    }

    default Expr ne(Expr other) {
        return Binary.of("!=", this, other, true);
    }

    default Expr lt(Expr other) {
        return Binary.of("<", this, other, true);
    }

    default Expr le(Expr other) {
        return Binary.of("<=", this, other, true);
    }

    default Expr gt(Expr other) {
        return Binary.of(">", this, other, true);
    }

    default Expr ge(Expr other) {
        return Binary.of(">=", this, other, true);
    }

    /** Whether the value is all zeros (1 bit). */
    default Expr isZero() {
        return orReduce().not();
    }

    // ----- shifts (width preserved; vacated bits are zero)

    default Expr shl(int amount) {
        return Shift.byConstant("<<", this, amount);
    }

    default Expr shr(int amount) {
        return Shift.byConstant(">>", this, amount);
    }

    /** Left shift by an unsigned variable amount. */
    default Expr shl(Expr amount) {
        return new Shift("<<", this, amount);
    }

    /** Logical right shift by an unsigned variable amount. */
    default Expr shr(Expr amount) {
        return new Shift(">>", this, amount);
    }

    // ----- width changes

    /** Zero-extends to {@code width} bits (at least the current width). */
    default Expr zext(int width) {
        int extra = Extension.extra(this, width);
        return extra == 0 ? this : concat(Constant.zero(extra), this);
    }

    /** Sign-extends to {@code width} bits, replicating the MSB (needs a sliceable expression). */
    default Expr sext(int width) {
        int extra = Extension.extra(this, width);
        return extra == 0 ? this : concat(replicate(msb(), extra), this);
    }

    // ----- constructors

    /** {@code {parts[0], parts[1], ...}}: the first part is the most significant. */
    static Expr concat(Expr... parts) {
        return Concat.of(List.of(parts));
    }

    static Expr concat(List<? extends Expr> parts) {
        return Concat.of(parts);
    }

    /** {@code {count{value}}}. */
    static Expr replicate(Expr value, int count) {
        return count == 1 ? value : new Replicate(value, count);
    }

    /** {@code select ? whenOne : whenZero}; {@code select} must be 1 bit, the branches equal width. */
    static Expr mux(Expr select, Expr whenOne, Expr whenZero) {
        return Mux.of(select, whenOne, whenZero);
    }

    static Expr constant(int width, long value) {
        return Constant.of(width, BigInteger.valueOf(value));
    }

    static Expr constant(int width, BigInteger value) {
        return Constant.of(width, value);
    }
}
