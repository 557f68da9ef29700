package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.approxmac.sim.CosimAssertions;
import org.approxmac.synth.CostFlow;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own RTL on the command line, the same for cosim and synth: several files, file lists,
 * includes, parameter overrides, the port check before any tool, and reproducers that reproduce.
 */
class UserRtlCommandTest {
    private static final String CACHE = Path.of("target", "approxmac-cache").toString();

    /** An exact signed multiplier with N a parameter and z of width W (from an include beside the file). */
    private static final String PARAM_MUL = """
            `include "mul_width.vh"
            module pmul #(parameter N = 4) (a, b, z);
                input  [N-1:0] a;
                input  [N-1:0] b;
                output [`PRODUCT_WIDTH-1:0] z;
                wire signed [`PRODUCT_WIDTH-1:0] p = $signed(a) * $signed(b);
                assign z = p + `BUG;
            endmodule
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path paramMul(String bug) throws IOException {
        write("rtl/mul_width.vh", "`define PRODUCT_WIDTH (2 * N)\n`define BUG " + bug + "\n");
        return write("rtl/pmul.v", PARAM_MUL);
    }

    @Test
    void wrongPortsExitTwoBeforeAnyToolRunsForCosimAndSynthAlike() throws IOException {
        Path wide = write("wide.v", "module wide(input [7:0] a, input [7:0] b, output [7:0] z);\n"
                + "  assign z = a * b;\nendmodule\n");
        Path extra = write("extra.v", "module extra(input [7:0] a, input [7:0] b, input c, output [15:0] z);\n"
                + "  assign z = $signed(a) * $signed(b);\nendmodule\n");
        Path inputZ = write("inz.v", "module inz(input [7:0] a, input [7:0] b, input [15:0] z);\nendmodule\n");
        Path missing = write("nob.v", "module nob(input [7:0] a, output [15:0] z);\n  assign z = a;\nendmodule\n");
        Path macWide = write("mac.v", "module mac(input clk, input rst, input en, input clr, input [7:0] a,"
                + " input [7:0] b, output reg [15:0] acc);\nendmodule\n");
        record Case(Path file, String top, String spec, String expected) {
        }
        List<Case> cases = List.of(
                new Case(wide, "wide", "fixed:n=8", "wide.v:1: port 'z' is 8 bits wide, expected 16 (output [15:0] z)"),
                new Case(extra, "extra", "fixed:n=8", "extra.v:1: extra port 'c' (input c) is not among the expected"
                        + " ports (expected exactly: input [7:0] a, input [7:0] b, output [15:0] z)"),
                new Case(inputZ, "inz", "fixed:n=8", "inz.v:1: port 'z' is an input, expected output [15:0] z"),
                new Case(missing, "nob", "fixed:n=8", "port 'b' is missing (expected input [7:0] b)"),
                new Case(macWide, "mac", "fixed:n=8,mac", "mac.v:1: port 'acc' is 16 bits wide, expected 24"
                        + " (output [23:0] acc)"),
                new Case(wide, "nope", "fixed:n=8", "--top nope: no module 'nope' in " + wide + " (modules found: wide)"));
        Path cache = dir.resolve("cache");
        for (Case c : cases) {
            for (String command : List.of("cosim", "synth")) {
                List<String> args = new ArrayList<>(List.of(command, "--rtl", c.file().toString(), "--top", c.top(),
                        "--cache", cache.toString()));
                args.addAll(command.equals("cosim") ? List.of(c.spec()) : List.of("--like", c.spec()));
                var r = CliRunner.run(args.toArray(new String[0]));
                String what = String.join(" ", args);
                assertEquals(2, r.status(), what + "\n" + r.out() + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().contains(c.expected()), what + ": " + r.err());
                assertTrue(r.err().contains(c.file().getFileName().toString()), "names the user's file: " + r.err());
                assertFalse(r.err().contains("design.v"), r.err());
                assertEquals("", r.out());
            }
        }
        assertFalse(Files.exists(cache.resolve("verilator")) || Files.exists(cache.resolve("cost")),
                "no tool ran, nothing was built or costed");
    }

    @Test
    void severalFilesFileListsIncludesAndParameterOverridesCosimulate() throws IOException {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
        Path core = write("ip/src/core.v", "module core(input [7:0] a, b, output [15:0] z);\n"
                + "  assign z = $signed(a) * $signed(b);\nendmodule\n");
        Path top = write("ip/src/top.v", "`include \"top_ports.vh\"\nmodule top(a, b, z);\n  `TOP_PORTS\n"
                + "  core c(.a(a), .b(b), .z(z));\nendmodule\n");
        write("ip/include/top_ports.vh", "`define TOP_PORTS input [7:0] a, b; output [15:0] z;\n");
        Path list = write("ip/top.f", "// the IP, paths relative to this list\n+incdir+include\nsrc/core.v src/top.v\n");
        String[][] runs = {
            {"--rtl", top + "," + core, "-I", dir.resolve("ip/include").toString(), "--top", "top"},
            {"--rtl", core.toString(), "--rtl", top.toString(), "-I", dir.resolve("ip/include").toString(), "--top", "top"},
            {"-f", list.toString(), "--top", "top"},
            {"--rtl", paramMul("0").toString(), "-G", "N=8"},
        };
        for (String[] run : runs) {
            List<String> args = new ArrayList<>(List.of("cosim", "fixed:n=8", "--vectors", "corners+random:10k",
                    "--cache", CACHE));
            args.addAll(List.of(run));
            var r = CliRunner.run(args.toArray(new String[0]));
            assertEquals(0, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
            assertTrue(r.out().contains("11,444 vectors: corners 1,444, random 10,000"), r.out());
        }
        var wrongN = CliRunner.run("cosim", "fixed:n=8", "--rtl", paramMul("0").toString(), "-G", "N=7");
        assertEquals(2, wrongN.status());
        assertTrue(wrongN.err().contains("pmul.v:3: port 'a' is 7 bits wide, expected 8"), wrongN.err());
    }

    @Test
    void theReproducerCosimAssertionsPrintsForUserRtlFailsTheSameWay() throws IOException {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
        Path rtl = paramMul("(a == 8'd37 && b[0])"); // wrong by 1 where a = 37 and b is odd
        AssertionError e = assertThrows(AssertionError.class, () -> CosimAssertions.userRtl("fixed:n=8", "pmul", rtl)
                .parameter("N", 8).assertMatches());
        String report = e.getMessage();
        String firstReproducer = report.lines().filter(l -> l.contains("reproduce: ")).findFirst().orElseThrow()
                .replaceFirst(".*reproduce: ", "");
        assertTrue(firstReproducer.startsWith("approxmac cosim fixed:n=8,sign=twos --rtl " + rtl.toAbsolutePath()
                + " --top pmul -G N=8 --vectors pair:0x25,"), firstReproducer);
        var again = CliRunner.run(firstReproducer.replaceFirst("approxmac ", "").split(" "));
        assertEquals(1, again.status(), again.out() + again.err());
        assertEquals(firstMismatch(report), firstMismatch(again.out()));
        assertTrue(again.out().contains("  1 mismatch against the golden model"), again.out());
    }

    /** The lines of the first listed mismatch: operands, expected, actual, marked bits. */
    private static String firstMismatch(String report) {
        List<String> lines = report.lines().toList();
        int first = 0;
        while (first < lines.size() && !lines.get(first).contains("a = 0x")) {
            first++;
        }
        assertTrue(first < lines.size(), report);
        return String.join("\n", lines.subList(first, Math.min(lines.size(), first + 4)))
                .replaceAll("#\\d+|index \\d+|random|pair", "");
    }

    @Test
    void synthCostsAParameterisedModuleWithTheOverrideApplied() throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])), "tool tests skipped on request");
        Path param = paramMul("0");
        Path fixed = write("fixed8.v", PARAM_MUL.replace("`include \"mul_width.vh\"", "`define PRODUCT_WIDTH 16\n`define BUG 0")
                .replace("module pmul #(parameter N = 4)", "module fixed8").replace("N-1", "7"));
        String cache = dir.resolve("cache").toString();
        var overridden = CliRunner.run("synth", "--rtl", param.toString(), "--top", "pmul", "-G", "N=8", "--like",
                "fixed:n=8", "--cycles", "100", "--cache", cache, "--json");
        assertEquals(0, overridden.status(), overridden.err());
        var plain = CliRunner.run("synth", "--rtl", fixed.toString(), "--top", "fixed8", "--like", "fixed:n=8",
                "--cycles", "100", "--cache", cache, "--json");
        assertEquals(0, plain.status(), plain.err());
        JsonNode a = new ObjectMapper().readTree(overridden.out()).get("designs").get(0);
        JsonNode b = new ObjectMapper().readTree(plain.out()).get("designs").get(0);
        assertEquals("pmul.v", a.get("source").asText());
        assertEquals(b.get("area").asDouble(), a.get("area").asDouble(), "the same 8-bit circuit");
        assertEquals(b.get("cells").asInt(), a.get("cells").asInt());
        assertEquals(8 + 8 + 16, a.get("cell_types").get("DFFPOSX1").asInt(), "operand and product registers");
    }
}
