package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CosimCommandTest {
    /** The cache root of the cli module's tests (also its approxmac.cache property); builds go to CACHE/verilator. */
    private static final String CACHE = Path.of("target", "approxmac-cache").toString();

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @Test
    void generatedDesignPassesAndJsonHasTheAgreedFields() throws IOException {
        var r = CliRunner.run("cosim", "mitchw:n=8,w=4", "--vectors", "all", "--json", "--cache", CACHE);
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("mitchw:n=8,w=4,sign=c1", o.get("spec").asText());
        assertEquals(65536 + o.get("classes").get("corners").asLong(), o.get("vectors").asLong());
        assertEquals(0, o.get("mismatches").asLong());
        assertTrue(o.get("vectors_per_second").asLong() > 0);
        assertTrue(o.get("first_mismatches").isArray() && o.get("first_mismatches").isEmpty());
        assertEquals(1, o.get("seed").asLong());
    }

    @Test
    void mutatedUserRtlFailsWithMarkedBitsAndAReproducerThatFindsTheSameVector(@TempDir Path dir) throws IOException {
        UnitSpec spec = UnitSpec.parse("drum:n=8,k=4");
        String verilog = Rtl.generate(spec, "user_drum").verilog();
        String mutated = verilog.replace("assign negative = a[7] ^ b[7];", "assign negative = a[7] | b[7];");
        assertTrue(!mutated.equals(verilog), "the mutation applies");
        Path file = dir.resolve("user_drum.v");
        Files.writeString(file, mutated);
        var r = CliRunner.run("cosim", spec.canonical(), "--rtl", file.toString(), "--vectors", "corners",
                "--cache", CACHE);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("FAIL drum:n=8,k=4,sign=c1"), r.out());
        assertTrue(r.out().contains("^"), "differing bits are marked");
        String reproduce = r.out().lines().filter(l -> l.contains("reproduce: ")).findFirst().orElseThrow()
                .replaceFirst(".*reproduce: approxmac ", "");
        assertTrue(reproduce.contains("--rtl " + file) && reproduce.contains("--top user_drum"), reproduce);
        var again = CliRunner.run((reproduce + " --cache " + CACHE).split(" "));
        assertEquals(1, again.status(), again.err());
        assertTrue(again.out().contains("1 vectors: pair 1"), again.out());
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        var vectors = CliRunner.run("cosim", "mitchw:n=32,w=6", "--vectors", "exhaustive", "--cache", CACHE);
        assertEquals(2, vectors.status());
        assertTrue(vectors.err().contains("2N <= 32"), vectors.err());

        Path file = dir.resolve("narrow.v");
        Files.writeString(file, Rtl.generate(UnitSpec.parse("fixed:n=6"), "narrow").verilog());
        var ports = CliRunner.run("cosim", "fixed:n=8", "--rtl", file.toString(), "--cache", CACHE);
        assertEquals(2, ports.status());
        assertTrue(ports.err().contains("narrow.v:") && ports.err().contains(": port 'a' is 6 bits wide, expected 8 (input [7:0] a)"),
                ports.err());
        assertEquals(1, ports.err().strip().lines().count());

        var missing = CliRunner.run("cosim", "fixed:n=8", "--rtl", dir.resolve("none.v").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.v: file not found"), missing.err());

        var both = CliRunner.run("cosim", "fixed:n=8", "--cache", CACHE, "--cache-dir", CACHE);
        assertEquals(2, both.status());
        assertEquals(1, both.err().strip().lines().count(), both.err());
        assertTrue(both.err().contains("not both"), both.err());
    }

    @Test
    void verilogThatDoesNotCompileExitsThreeWithVerilatorsMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.v");
        Files.writeString(file, "module broken(input wire [7:0] a, input wire [7:0] b, output wire [15:0] z);\n"
                + "  assign z = a * ;\nendmodule\n");
        var r = CliRunner.run("cosim", "fixed:n=8", "--rtl", file.toString(), "--cache", CACHE);
        assertEquals(3, r.status(), r.out());
        assertTrue(r.err().contains("%Error") && r.err().contains("syntax error"), r.err());
        assertTrue(r.err().contains(file + ":2:") && !r.err().contains("design.v"), "names the user's file: " + r.err());
    }

    @Test
    void macSpecRunsCycles() {
        // the older --cache-dir names the Verilator build folder itself: the same builds as --cache CACHE
        var r = CliRunner.run("cosim", "fixed:n=8,mac", "--cycles", "50000",
                "--cache-dir", Path.of(CACHE, "verilator").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(", random 50,000; seed 1"), r.out());
        assertTrue(r.out().contains("cycles: corners "), r.out());
    }

    @Test
    void macVectorsAreMacClassesOrAUsageError() {
        var random = CliRunner.run("cosim", "fixed:n=8,mac", "--vectors", "random:5000", "--cache", CACHE);
        assertEquals(0, random.status(), random.err());
        assertTrue(random.out().contains("5,000 cycles: random 5,000; seed 1"), random.out());
        for (String[] bad : new String[][] {{"--vectors", "exhaustive"}, {"--vectors", "pair:1,2"}}) {
            var r = CliRunner.run("cosim", "fixed:n=8,mac", bad[0], bad[1], "--cache", CACHE);
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().contains("a MAC accepts all, corners, random:COUNT"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        var both = CliRunner.run("cosim", "fixed:n=8,mac", "--vectors", "corners", "--cycles", "10", "--cache", CACHE);
        assertEquals(2, both.status(), both.err());
    }

    @Test
    void sequenceFileRunsItsCyclesAndBadLinesAreUsageErrors(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path seq = dir.resolve("steps.seq");
        java.nio.file.Files.writeString(seq, "# three cycles\nrst\nen clr a=3 b=-2\nen a=0x7f b=0x7f  # 16123\n");
        var r = CliRunner.run("cosim", "fixed:n=8,mac", "--sequence", seq.toString(), "--cache", CACHE);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("3 cycles: sequence 3"), r.out());
        java.nio.file.Files.writeString(seq, "rst\nen a=0x1ff\n");
        var bad = CliRunner.run("cosim", "fixed:n=8,mac", "--sequence", seq.toString(), "--cache", CACHE);
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("line 2: operand '0x1ff' is outside -128..255"), bad.err());
        var multiplier = CliRunner.run("cosim", "fixed:n=8", "--sequence", seq.toString(), "--cache", CACHE);
        assertEquals(2, multiplier.status(), multiplier.err());
    }
}
