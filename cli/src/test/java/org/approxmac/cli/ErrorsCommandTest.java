package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorsCommandTest {

    @Test
    void jsonHasTheDocumentedKeysAndPaperFigures() throws Exception {
        var r = CliRunner.run("errors", "mitchw:n=32,w=6", "--samples", "200000", "--seed", "1", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        for (String k : new String[] {"spec", "samples", "mean_rel_error", "var_rel_error", "min_rel_error",
            "max_rel_error", "mred", "wcre", "mae", "wce", "ep", "nmed", "bn_mean_scale", "bn_var_scale"}) {
            assertTrue(o.has(k), k);
        }
        assertEquals("mitchw:n=32,w=6,sign=c1", o.get("spec").asText());
        assertEquals(200000, o.get("samples").asLong());
        double e = o.get("mean_rel_error").asDouble();
        assertEquals(-0.059, e, 0.001);
        assertEquals(1 + e, o.get("bn_mean_scale").asDouble(), 1e-12);
        assertEquals((1 + e) * (1 + e), o.get("bn_var_scale").asDouble(), 1e-12);
    }

    /** A floating kind also reports its format's conversion error: bf16 truncation errs from 0 to -0.78 %. */
    @Test
    void floatingKindsReportTheirConversionError() throws Exception {
        var r = CliRunner.run("errors", "bf16", "--samples", "100000", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode c = new ObjectMapper().readTree(r.out()).get("conversion");
        assertEquals("bf16", c.get("format").asText());
        assertEquals(100000, c.get("samples").asLong());
        assertEquals(0.0, c.get("truncation").get("max_rel_error").asDouble(), 1e-6);
        assertEquals(-0.0078, c.get("truncation").get("min_rel_error").asDouble(), 0.0001);
        assertTrue(Math.abs(c.get("rounding").get("max_rel_error").asDouble()) <= 0x1p-8);
        var text = CliRunner.run("errors", "fp8e4m3", "--samples", "1000");
        assertTrue(text.out().contains("conversion of FP32 values into fp8e4m3 (1000 values, seed 1)"), text.out());
        var fp32 = new ObjectMapper().readTree(CliRunner.run("errors", "fp32", "--samples", "1000", "--json").out());
        assertTrue(fp32.get("conversion").isNull(), "fp32 converts FP32 exactly");
    }

    @Test
    void textReportAndExhaustive() {
        var r = CliRunner.run("errors", "drum:n=8,k=4", "--exhaustive");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("exhaustive"));
        assertTrue(r.out().contains("(65536 vectors"));
    }

    /** Small operands in a 16-bit unit: the truncated multiplier loses them, DRUM keeps its relative error. */
    @Test
    void magnitudeBitsSampleSmallOperands() throws Exception {
        var trunc = CliRunner.run("errors", "trunc:n=16,t=20", "--magnitude-bits", "10", "--samples", "20000", "--json");
        assertEquals(0, trunc.status(), trunc.err());
        JsonNode t = new ObjectMapper().readTree(trunc.out());
        assertEquals(10, t.get("magnitude_bits").asInt());
        assertEquals(-1.0, t.get("mean_rel_error").asDouble(), 1e-12, "every product below 2^20 is dropped whole");
        var full = new ObjectMapper().readTree(CliRunner.run("errors", "trunc:n=16,t=20", "--samples", "20000",
                "--json").out());
        assertTrue(full.get("magnitude_bits").isNull());
        assertTrue(full.get("mred").asDouble() < 0.03, "over the whole range the same unit is within a few per cent");
        var drum = new ObjectMapper().readTree(CliRunner.run("errors", "drum:n=16,k=6,sign=sm", "--magnitude-bits", "10",
                "--samples", "20000", "--json").out());
        assertTrue(drum.get("mred").asDouble() < 0.03, "DRUM's segments scale with the operand");
        var text = CliRunner.run("errors", "drum:n=16", "--magnitude-bits", "4", "--samples", "1000");
        assertTrue(text.out().contains("magnitudes below 2^4"), text.out());
        var floating = CliRunner.run("errors", "bf16", "--magnitude-bits", "4");
        assertEquals(2, floating.status());
        assertEquals("approxmac: --magnitude-bits applies to random operands of integer kinds only (bf16 is floating)\n",
                floating.err());
        var range = CliRunner.run("errors", "fixed:n=8", "--magnitude-bits", "9");
        assertEquals(2, range.status());
        assertEquals("approxmac: --magnitude-bits 9 is out of range (accepted: 1..n = 1..8)\n", range.err());
        assertEquals(2, CliRunner.run("errors", "fixed:n=8", "--magnitude-bits", "3", "--exhaustive").status());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        var r = CliRunner.run("errors", "mitchw:n=16", "--exhaustive");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("approxmac: --exhaustive needs an integer kind with n <= 12"));
        var s = CliRunner.run("errors", "mitchw:n=16", "--samples", "0");
        assertEquals(2, s.status());
        assertEquals("approxmac: --samples 0 is out of range (accepted: 1..10000000000)\n", s.err());
        var t = CliRunner.run("errors", "mitchw:n=16", "--samples", "x");
        assertEquals(2, t.status());
        var u = CliRunner.run("errors", "mitchw:n=16", "--samples", "5", "--exhaustive");
        assertEquals(2, u.status());
    }

    @TempDir
    Path dir;

    @Test
    void writesHeatmapAndHistogramFiles() throws Exception {
        Path map = dir.resolve("map.png");
        Path hist = dir.resolve("hist.svg");
        var r = CliRunner.run("errors", "mitchw:n=8,w=4", "--exhaustive", "--heatmap", map.toString(),
                "--histogram", hist.toString(), "--bins", "40");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("heat map written to " + map));
        var img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(map)));
        assertTrue(img.getWidth() > 500 && img.getHeight() > 400);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(hist.toFile());
        assertTrue(doc.getDocumentElement().getTextContent().contains("Relative error of mitchw:n=8,w=4,sign=c1"));
        // the same run again replaces approxmac's own files with identical bytes
        byte[] before = Files.readAllBytes(map);
        assertEquals(0, CliRunner.run("errors", "mitchw:n=8,w=4", "--exhaustive", "--heatmap", map.toString())
                .status());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(map)));
    }

    @Test
    void figureProblemsExitTwoBeforeAnyWork() throws Exception {
        var r = CliRunner.run("errors", "mitchw:n=8", "--heatmap", dir.resolve("m.jpg").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("approxmac: --heatmap: unknown figure format"), r.err());
        Path foreign = dir.resolve("notes.svg");
        Files.writeString(foreign, "<svg/>");
        var f = CliRunner.run("errors", "mitchw:n=8", "--histogram", foreign.toString());
        assertEquals(2, f.status());
        assertTrue(f.err().contains("refusing to overwrite"), f.err());
        assertEquals("<svg/>", Files.readString(foreign));
        var g = CliRunner.run("errors", "mitchw:n=16", "--heatmap", dir.resolve("m.png").toString(), "--grid", "1");
        assertEquals(2, g.status());
        assertEquals("approxmac: --grid 1 is out of range (accepted: 2..1024)\n", g.err());
        assertTrue(Files.notExists(dir.resolve("m.png")));
    }
}
