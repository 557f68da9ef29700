package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @Test
    void multiplierProductsAreZeroPaddedHex() {
        var r = CliRunner.runWithInput("0005 FFFF   # (-1)*5 in c1\n\n0 FFFB\n", "eval", "mitchw:n=16,w=6");
        assertEquals(0, r.status(), r.err());
        assertEquals("FFFFFFFA\n00000000\n", r.out());
    }

    @Test
    void macStepsFromGivenAccumulator() {
        var r = CliRunner.runWithInput("3 4 10\nFFFF 1 0\n", "eval", "fixed:n=16,mac");
        assertEquals(0, r.status(), r.err());
        assertEquals("000000001C\nFFFFFFFFFF\n", r.out());
    }

    @Test
    void wideUnits(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("v.txt");
        Files.writeString(f, "FFFFFFFFFFFFFFFF 2\n");
        var r = CliRunner.run("eval", "fixed:n=64", "--input", f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("F".repeat(31) + "E\n", r.out());
    }

    @Test
    void badLinesNameTheLineAndRangeAndPrintNothing() {
        var r = CliRunner.runWithInput("1 2\n1FF 1\n", "eval", "fixed:n=8");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("approxmac: stdin line 2: a=1FF exceeds 8 bits (accepted: 0..FF; signed values as"
                + " two's-complement patterns)\n", r.err());
        var q = CliRunner.runWithInput("1\n", "eval", "fixed:n=8");
        assertEquals(2, q.status());
        assertTrue(q.err().contains("expected 2 hex fields (a b), got 1"));
        var s = CliRunner.run("eval", "fixed:n=8", "--input", "/nonexistent/file");
        assertEquals(2, s.status());
        assertTrue(s.err().contains("--input /nonexistent/file: file not found"), s.err());
    }

    @Test
    void dotProductsTakeTheLanesSideBySideAndSumThemExactly() {
        // lanes (2, 4) and (3, 5); then (-128)*(-128) + (-128)*(-128): the sum needs the 17th bit
        var r = CliRunner.runWithInput("0302 0504\n8080 8080\n", "eval", "fixed:n=8,dot=2");
        assertEquals(0, r.status(), r.err());
        assertEquals("00017\n08000\n", r.out());
        var mac = CliRunner.runWithInput("0302 0504 3FFFF\n", "eval", "fixed:n=8,dot=2,mac,acc=18");
        assertEquals(0, mac.status(), mac.err());
        assertEquals("00016\n", mac.out(), "-1 + 23");
        var wide = CliRunner.runWithInput("1FF 1\n", "eval", "fixed:n=8,dot=2");
        assertEquals(0, wide.status(), "9 bits fit the 16-bit lane pair: lanes (0xFF, 0x01) and (0x01, 0x00)");
        assertEquals("1FFFF\n", wide.out(), "-1 * 1 + 1 * 0");
        var bad = CliRunner.runWithInput("", "eval", "fixed:n=8,dot=65");
        assertEquals(2, bad.status());
        assertEquals("approxmac: fixed: dot=65 is out of range (accepted: 1..64)\n", bad.err());
    }

    @Test
    void arraysTakeRowsInAAndColumnsInBAndFloatingDotProductsTheirTree() {
        // rows a = (2, 3), column b = 4: elements 2*4 and 3*4, 24 bits each, element (1, 0) on top
        var array = CliRunner.runWithInput("0302 04 000000000001\n", "eval", "fixed:n=8,mac,rows=2,cols=1");
        assertEquals(0, array.status(), array.err());
        assertEquals("00000C000009\n", array.out(), "element (0, 0) adds 8 to its 1");
        var narrow = CliRunner.runWithInput("0302 0504 0\n", "eval", "fixed:n=8,mac,rows=2,cols=1");
        assertEquals(2, narrow.status(), "b holds one column's operand");
        // bf16 lanes (1, 1) and (1, 2): 1*1 + 1*2 = 3.0
        var dot = CliRunner.runWithInput("3F803F80 40003F80\n", "eval", "bf16,dot=2");
        assertEquals(0, dot.status(), dot.err());
        assertEquals("40400000\n", dot.out());
    }

    @Test
    void badSpecExitsTwo() {
        var r = CliRunner.runWithInput("", "eval", "mitchw:n=16,w=0");
        assertEquals(2, r.status());
        assertEquals("approxmac: mitchw: w=0 is out of range (accepted: 1..n = 1..16 for n=16)\n", r.err());
    }
}
