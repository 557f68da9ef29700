package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Partial products, compressor trees and the fused multiply-add, through the Java evaluator. */
class MultiplyAddTest {

    /** Every combination of partial products and tree, with a cheap adder (adders are tested apart). */
    static List<MultiplyAdd> architectures() {
        List<MultiplyAdd> out = new ArrayList<>();
        for (PartialProducts pp : PartialProducts.values()) {
            for (CompressorTree tree : CompressorTree.values()) {
                out.add(new MultiplyAdd(pp, tree, CarryPropagateAdder.RIPPLE));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void multipliesExhaustivelyAtSmallWidths(MultiplyAdd arch) {
        for (int n = 2; n <= 6; n++) {
            for (boolean signed : new boolean[] {true, false}) {
                HdlModule m = arch.build("mul", n, signed, 2 * n, false);
                for (long a = 0; a < 1L << n; a++) {
                    for (long b = 0; b < 1L << n; b++) {
                        assertEquals(expected(a, b, 0, n, signed, 2 * n), eval(m, a, b, null),
                                arch.describe() + " n=" + n + (signed ? " signed " : " unsigned ") + a + "*" + b);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void fusedMultiplyAddExtendsTheProductAndAddsTheAddend(MultiplyAdd arch) {
        SplittableRandom r = new SplittableRandom(5);
        for (int n : new int[] {3, 4, 5, 8}) {
            for (boolean signed : new boolean[] {true, false}) {
                int width = 2 * n + 5;
                HdlModule m = arch.build("mac", n, signed, width, true);
                for (int t = 0; t < 400; t++) {
                    long a = r.nextLong(1L << n);
                    long b = r.nextLong(1L << n);
                    long c = t % 4 == 0 ? (1L << width) - 1 : r.nextLong(1L << width);
                    assertEquals(expected(a, b, c, n, signed, width), eval(m, a, b, c), arch.describe() + " n=" + n);
                }
            }
        }
    }

    /**
     * A breaking line (the broken-Booth multiplier, kind bbm) leaves out exactly the dots the golden model
     * subtracts: every pair at n = 4..7 for every line, and the fused form adds a whole addend.
     */
    @Test
    void brokenBoothRowsMatchTheGoldenModel() {
        SplittableRandom r = new SplittableRandom(8);
        for (int n = 4; n <= 7; n++) {
            for (int v = 0; v <= n; v++) {
                org.approxmac.golden.Multiplier golden = org.approxmac.golden.Units.multiplier(
                        org.approxmac.spec.UnitSpec.parse("bbm:n=" + n + ",vbl=" + v));
                MultiplyAdd arch = new MultiplyAdd(PartialProducts.BOOTH_RADIX4, CompressorTree.DADDA,
                        CarryPropagateAdder.RIPPLE, v);
                HdlModule mul = arch.build("mul", n, true, 2 * n, false);
                int width = 2 * n + 4;
                HdlModule mac = arch.build("mac", n, true, width, true);
                for (long a = 0; a < 1L << n; a++) {
                    for (long b = 0; b < 1L << n; b++) {
                        long z = golden.multiply(a, b);
                        assertEquals(z, eval(mul, a, b, null), "n=" + n + " v=" + v + " " + a + "*" + b);
                        long c = r.nextLong(1L << width);
                        long extended = z - (z >> (2 * n - 1) << (2 * n)); // the 2n-bit pattern's value
                        long mask = (1L << width) - 1;
                        assertEquals((extended + c) & mask, eval(mac, a, b, c), "fused n=" + n + " v=" + v);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = PartialProducts.class, names = {"BOOTH_RADIX4",
            "RADIX4_HARD_MULTIPLE"})
    void radix4MultipliersAreExactForEveryEightBitPair(PartialProducts rows) {
        for (boolean signed : new boolean[] {true, false}) {
            HdlModule m = new MultiplyAdd(rows, CompressorTree.DADDA,
                    CarryPropagateAdder.SKLANSKY).build("mul8", 8, signed, 16, false);
            for (long a = 0; a < 256; a++) {
                for (long b = 0; b < 256; b++) {
                    assertEquals(expected(a, b, 0, 8, signed, 16), eval(m, a, b, null), a + "*" + b);
                }
            }
        }
    }

    @Test
    void wideOperandsAreExactAtTheCorners() {
        int n = 24;
        long max = (1L << n) - 1;
        long[] corners = {0, 1, 2, max, max - 1, 1L << (n - 1), (1L << (n - 1)) - 1, (1L << (n - 1)) + 1, 0x555555, 0xAAAAAA};
        for (MultiplyAdd arch : architectures()) {
            for (boolean signed : new boolean[] {true, false}) {
                HdlModule m = arch.build("mul24", n, signed, 2 * n + 8, true);
                for (long a : corners) {
                    for (long b : corners) {
                        long c = (a * 31 + b) & ((1L << 56) - 1);
                        assertEquals(expected(a, b, c, n, signed, 2 * n + 8), eval(m, a, b, c), arch.describe());
                    }
                }
            }
        }
    }

    /**
     * The hard multiple is computed once (one adder, 3a) and the unsigned digits' rows select among a, 2a and 3a
     * without a sign XOR; only a signed multiplier's top digit is negated. A breaking line is refused.
     */
    @Test
    void radix4RowsShareOneHardMultipleAndNegateOnlyTheSignedTopDigit() {
        MultiplyAdd arch = new MultiplyAdd(PartialProducts.RADIX4_HARD_MULTIPLE, CompressorTree.DADDA,
                CarryPropagateAdder.RIPPLE);
        for (boolean signed : new boolean[] {true, false}) {
            HdlModule top = arch.build("mul", 8, signed, 16, false);
            String verilog = new org.approxmac.hdl.render.VerilogRenderer().render(
                    new org.approxmac.hdl.builder.Design(top, List.of(top)), List.of("test"));
            List<String> sums = verilog.lines().map(String::trim)
                    .filter(l -> l.startsWith("assign") && l.contains(" + ")).toList();
            assertEquals(1, sums.size(), "one adder, 3a (the final adder is ripple carry): " + sums);
            assertTrue(sums.get(0).startsWith("assign multiplicand_x3 = "), sums.get(0));
            for (int i = 0; i < 4; i++) {
                String row = verilog.lines().filter(l -> l.contains("assign pp_")).skip(i).findFirst().orElseThrow();
                assertEquals(signed && i == 3, row.contains("^ {"), row);
            }
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MultiplyAdd(PartialProducts.RADIX4_HARD_MULTIPLE, CompressorTree.DADDA,
                        CarryPropagateAdder.RIPPLE, 2).build("mul", 8, true, 16, false));
    }

    /**
     * The carry-save form of a pipelined unit: sum + carry is the product at every width, and radix-4 rows
     * take their hard multiple from a gate-level adder block (ripple carry for '+', else the record's adder),
     * which a pipeline register can cut, so the rows module holds no Verilog '+' at all.
     */
    @ParameterizedTest
    @MethodSource("architectures")
    void carrySaveRowsAddUpToTheProductWithNoVerilogAdder(MultiplyAdd arch) {
        for (CarryPropagateAdder adder : new CarryPropagateAdder[] {CarryPropagateAdder.PLUS, CarryPropagateAdder.KOGGE_STONE}) {
            MultiplyAdd rows = new MultiplyAdd(arch.partialProducts(), arch.tree(), adder);
            for (int n = 2; n <= 6; n++) {
                for (boolean signed : new boolean[] {true, false}) {
                    int width = 2 * n + 3;
                    HdlModule m = rows.buildRows("rows", n, signed, width);
                    assertRowsAddUpToTheProduct(arch, m, n, signed, width);
                    assertFalse(assignsWithVerilogPlus(m), arch.describeRows() + ": a '+' in the rows module");
                    boolean multipleAdder = arch.partialProducts() == PartialProducts.RADIX4_HARD_MULTIPLE
                            && (signed ? n > 2 : true);
                    assertEquals(multipleAdder, m.instances().stream().anyMatch(i -> i.name().equals("u_multiple_adder")),
                            arch.describeRows() + " n=" + n);
                }
            }
        }
    }

    /** sum + carry of the rows module {@code m} is the product of every pair of n-bit operands, mod 2^width. */
    private static void assertRowsAddUpToTheProduct(MultiplyAdd arch, HdlModule m, int n, boolean signed, int width) {
        Evaluator evaluator = new Evaluator(m);
        for (long a = 0; a < 1L << n; a++) {
            for (long b = 0; b < 1L << n; b++) {
                Map<String, BigInteger> out = evaluator.evaluate(Map.of("a", BigInteger.valueOf(a),
                        "b", BigInteger.valueOf(b)));
                long sum = out.get("sum").add(out.get("carry")).mod(BigInteger.ONE.shiftLeft(width)).longValueExact();
                assertEquals(expected(a, b, 0, n, signed, width), sum,
                        arch.describeRows() + " n=" + n + (signed ? " signed " : " unsigned ") + a + "*" + b);
            }
        }
    }

    /** Whether {@code m}'s rendered Verilog has an assignment with Verilog '+' (a carry chain no register can cut). */
    private static boolean assignsWithVerilogPlus(HdlModule m) {
        String verilog = new org.approxmac.hdl.render.VerilogRenderer().render(
                new org.approxmac.hdl.builder.Design(m, List.of(m)), List.of("test"));
        return verilog.lines().anyMatch(l -> l.trim().startsWith("assign") && l.contains(" + "));
    }

    /**
     * The rows of a multiplier no register cuts: the same sum, and radix-4's hard multiple with the record's
     * adder as it is, Verilog '+' for {@code plus} (no block), a gate-level block for a prefix adder.
     */
    @ParameterizedTest
    @MethodSource("architectures")
    void uncutRowsKeepTheRecordsAdderForTheHardMultiple(MultiplyAdd arch) {
        for (CarryPropagateAdder adder : new CarryPropagateAdder[] {CarryPropagateAdder.PLUS, CarryPropagateAdder.BRENT_KUNG}) {
            MultiplyAdd rows = new MultiplyAdd(arch.partialProducts(), arch.tree(), adder);
            for (int n = 3; n <= 6; n++) {
                for (boolean signed : new boolean[] {true, false}) {
                    int width = 2 * n + 2;
                    HdlModule m = rows.buildRows("rows", n, signed, width, false);
                    assertRowsAddUpToTheProduct(arch, m, n, signed, width);
                    boolean radix4 = arch.partialProducts() == PartialProducts.RADIX4_HARD_MULTIPLE;
                    assertEquals(radix4 && adder == CarryPropagateAdder.PLUS, assignsWithVerilogPlus(m),
                            arch.describeRows() + " " + adder);
                    assertEquals(radix4 && adder != CarryPropagateAdder.PLUS,
                            m.instances().stream().anyMatch(i -> i.name().equals("u_multiple_adder")),
                            arch.describeRows() + " " + adder + " n=" + n);
                }
            }
        }
    }

    @Test
    void boothHalvesTheRowsAndTreesNeedTheTextbookLevels() {
        assertEquals(8, PartialProducts.BOOTH_RADIX4.rows(16, true));
        assertEquals(9, PartialProducts.BOOTH_RADIX4.rows(16, false));
        assertEquals(16, PartialProducts.AND_ARRAY.rows(16, true));
        // radix-4 digits 0..3 need no extra digit for unsigned operands; an odd width has a one-bit top digit
        assertEquals(8, PartialProducts.RADIX4_HARD_MULTIPLE.rows(16, true));
        assertEquals(8, PartialProducts.RADIX4_HARD_MULTIPLE.rows(16, false));
        assertEquals(9, PartialProducts.RADIX4_HARD_MULTIPLE.rows(17, true));
        // Dadda heights 2, 3, 4, 6, 9, 13, 19: a 16-row matrix needs 6 levels, a 9-row one 4
        assertEquals(6, CompressorTree.DADDA.levels(16));
        assertEquals(4, CompressorTree.DADDA.levels(9));
        assertEquals(6, CompressorTree.WALLACE.levels(16));
        assertEquals(13, CompressorTree.daddaTarget(19));
        assertEquals(2, CompressorTree.daddaTarget(3));
    }

    @Test
    void bitMatrixRejectsDotsOutsideItsWidth() {
        BitMatrix matrix = new BitMatrix(4);
        ModuleBuilder m = new ModuleBuilder("x");
        Signal s = m.input("s", 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> matrix.addBit(4, s));
        matrix.addConstant(BigInteger.valueOf(-1));
        assertEquals(BigInteger.valueOf(15), matrix.constant());
        assertTrue(matrix.column(0).isEmpty());
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        for (MultiplyAdd arch : architectures()) {
            HdlModule m = new MultiplyAdd(arch.partialProducts(), arch.tree(), CarryPropagateAdder.BRENT_KUNG)
                    .build("fma_" + arch.partialProducts().name().toLowerCase() + "_" + arch.tree().name().toLowerCase(),
                            7, true, 22, true);
            BlockTests.lint(dir, m);
        }
    }

    /** a * b + c mod 2^width, the operands read as two's complement when signed. */
    static long expected(long a, long b, long c, int n, boolean signed, int width) {
        long x = signed ? a << (64 - n) >> (64 - n) : a;
        long y = signed ? b << (64 - n) >> (64 - n) : b;
        BigInteger p = BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)).add(BigInteger.valueOf(c));
        return p.mod(BigInteger.ONE.shiftLeft(width)).longValueExact();
    }

    private static long eval(HdlModule m, long a, long b, Long c) {
        Map<String, BigInteger> in = new java.util.HashMap<>();
        in.put("a", BigInteger.valueOf(a));
        in.put("b", BigInteger.valueOf(b));
        if (c != null) {
            in.put("addend", BigInteger.valueOf(c));
        }
        return new Evaluator(m).evaluate(in).get("result").longValueExact();
    }
}
