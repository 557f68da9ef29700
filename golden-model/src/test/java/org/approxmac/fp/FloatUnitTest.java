package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.fp32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** The bulk comparison of the floating-point arithmetic with Java float arithmetic and Math.fma. */
class FloatUnitTest {
    private static final int MILLION = 1_000_000;
    private static final int FTZ_CASES = 200_000;

    /** A reference result for operands already converted to float. */
    private interface Reference {
        long apply(float a, float b, float acc);
    }

    /**
     * Converts an operand pattern of the unit's operand format to the float of the same value, as the
     * unit reads it (subnormals of a narrower format flushed under ftz: they are normal floats).
     */
    private static float operand(FloatUnit unit, long bits) {
        FloatFormat f = unit.operandFormat();
        if (f.equals(FloatFormat.FP32)) {
            return fp32(bits);
        }
        FloatValue v = f.decode(bits, unit.subnormals());
        return switch (v.category()) {
            case NAN -> Float.NaN;
            case INFINITY -> v.negative() ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
            default -> (float) FpReference.toDouble(v); // exact: these formats are subsets of fp32
        };
    }

    private static void compareMultiplyAdd(FloatUnit unit, long seed, int cases, Reference reference) {
        var operands = new FloatSampler(unit.operandFormat(), seed);
        var accumulators = new FloatSampler(FloatFormat.FP32, seed + 1);
        for (int i = 0; i < cases; i++) {
            long a = operands.next();
            long b = operands.next();
            float fa = operand(unit, a);
            float fb = operand(unit, b);
            long acc = accumulators.addendFor(bits(fa * fb));
            long expected = reference.apply(fa, fb, fp32(acc));
            long actual = unit.multiplyAdd(acc, a, b);
            if (expected != actual) {
                fail(String.format("%s: %x * %x + %08x: expected %08x, got %08x",
                        unit.operandFormat(), a, b, acc, expected, actual));
            }
        }
    }

    private static void compareMultiply(FloatUnit unit, long seed, int cases, Reference reference) {
        var operands = new FloatSampler(unit.operandFormat(), seed);
        for (int i = 0; i < cases; i++) {
            long a = operands.next();
            long b = operands.next();
            long expected = reference.apply(operand(unit, a), operand(unit, b), 0f);
            long actual = unit.multiply(a, b);
            if (expected != actual) {
                fail(String.format("%s: %x * %x: expected %08x, got %08x", unit.operandFormat(), a, b,
                        expected, actual));
            }
        }
    }

    private static FloatUnit unit(String spec) {
        return FloatUnit.of(UnitSpec.parse(spec));
    }

    @Test
    void fp32MultiplyIsFloatMultiplication() {
        compareMultiply(unit("fp32"), 31, MILLION, (a, b, c) -> FpReference.result(a * b));
        compareMultiply(unit("fp32:subnormals=ftz"), 32, FTZ_CASES, (a, b, c) -> FpReference.multiplyFtz(a, b));
    }

    @Test
    void fp32FusedMacIsMathFma() {
        compareMultiplyAdd(unit("fp32,mac"), 33, MILLION, FpReference::fma);
        compareMultiplyAdd(unit("fp32:subnormals=ftz,mac"), 34, FTZ_CASES, FpReference::fmaFtz);
    }

    @Test
    void fp32UnfusedMacRoundsTheProductFirst() {
        compareMultiplyAdd(unit("fp32:fused=false,mac"), 35, MILLION, (a, b, c) -> FpReference.result(a * b + c));
        compareMultiplyAdd(unit("fp32:fused=false,subnormals=ftz,mac"), 36, FTZ_CASES, FpReference::unfusedFtz);
    }

    @Test
    void bf16MultiplyIsExactUpToOverflowAndUnderflow() {
        compareMultiply(unit("bf16"), 37, MILLION, (a, b, c) -> FpReference.result(a * b));
        compareMultiply(unit("bf16:subnormals=ftz"), 38, FTZ_CASES, (a, b, c) -> FpReference.multiplyFtz(a, b));
    }

    @Test
    void bf16MacIsMathFmaOnWidenedOperands() {
        compareMultiplyAdd(unit("bf16,mac"), 39, MILLION, FpReference::fma);
        compareMultiplyAdd(unit("bf16:subnormals=ftz,mac"), 40, FTZ_CASES, FpReference::fmaFtz);
    }

    @Test
    void otherOperandFormatsWorkByParameterOnly() {
        for (FloatFormat format : new FloatFormat[] {FloatFormat.FP16, FloatFormat.E5M2, FloatFormat.E4M3}) {
            var ieee = new FloatUnit(format, FloatFormat.FP32, SubnormalMode.IEEE, true);
            compareMultiplyAdd(ieee, 41, 100_000, FpReference::fma);
            var ftz = new FloatUnit(format, FloatFormat.FP32, SubnormalMode.FTZ, true);
            compareMultiplyAdd(ftz, 42, 100_000, FpReference::fmaFtz);
        }
    }

    @Test
    void describesItsFormats() {
        FloatUnit bf16 = unit("bf16:subnormals=ftz,mac");
        assertEquals(FloatFormat.BF16, bf16.operandFormat());
        assertEquals(FloatFormat.FP32, bf16.resultFormat());
        assertEquals(SubnormalMode.FTZ, bf16.subnormals());
        assertTrue(bf16.fused());
        assertFalse(unit("fp32:fused=false").fused());
        assertEquals("bf16->fp32 ftz fused", bf16.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> unit("fixed:n=8"));
        assertEquals("fixed is not a floating kind; expected one of bf16, fp32, fp16, tf32, fp8e5m2, fp8e4m3, float", e.getMessage());
    }

    @Test
    void exactProductKeepsEveryBit() {
        FloatUnit fp32 = unit("fp32");
        long a = bits(1f + 0x1p-23f);
        FloatValue p = fp32.product(a, a);
        assertEquals(FloatValue.finite(false, ((1L << 23) + 1) * ((1L << 23) + 1), -46), p);
        assertEquals(bits(1f + 0x1p-22f), fp32.multiply(a, a)); // 1 + 2^-22 + 2^-46 rounds down
    }
}
