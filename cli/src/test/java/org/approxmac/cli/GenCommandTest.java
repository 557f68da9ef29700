package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approxmac.hdl.CanonicalDesigns;
import org.approxmac.hdl.Manifest;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostFlow;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenCommandTest {

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void committedRtlOutIsUpToDateAndCanonical() throws IOException {
        Path rtlOut = Path.of("..", "rtl-out");
        CliRunner.Result r = CliRunner.run("gen", "--check", rtlOut.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("up to date: " + CanonicalDesigns.specs().size() + " designs in " + rtlOut + "\n", r.out());
        Manifest m = Manifest.parse(Files.readString(rtlOut.resolve(Manifest.FILE_NAME)), "rtl-out");
        assertEquals(CanonicalDesigns.specs().stream().map(UnitSpec::canonical).collect(Collectors.toSet()),
                Set.copyOf(m.entries().values()));
    }

    @Test
    void clockTargetPicksTheFewestStagesThatMeetItOrRefusesWithTheShortestMeasured(@TempDir Path out,
                                                                                   @TempDir Path cache) throws IOException {
        assumeTrue(ToolGate.enabled(CostFlow.TOOLS.toArray(new Tool[0])));
        CliRunner.Result easy = CliRunner.run("gen", "mitchw:n=4,w=2,mac", "--clock", "1000", "--out", out.toString(),
                "--cache", cache.toString());
        assertEquals(0, easy.status(), easy.err());
        assertTrue(easy.out().startsWith("chose stages=0 for mitchw:n=4,w=2,sign=c1,mac,acc=16: "), easy.out());
        assertTrue(easy.out().contains("ns clock on osu018"), easy.out());
        assertEquals(List.of("MANIFEST.tsv", "mitchw_n4_w2_c1_mac_acc16.v"), files(out));
        CliRunner.Result impossible = CliRunner.run("gen", "mitchw:n=4,w=2,mac", "--clock", "0.05", "--out",
                out.resolve("none").toString(), "--cache", cache.toString());
        assertEquals(Main.EXIT_BAD_INPUT, impossible.status(), impossible.err());
        String last = impossible.err().lines().reduce((a, b) -> b).orElse("");
        var refusal = java.util.regex.Pattern.compile("--clock 0\\.050 ns: no stages=0\\.\\.(\\d) of"
                + " mitchw:n=4,w=2,sign=c1,mac,acc=16 meets it .*\\(shortest measured: [0-9.]+ ns, at stages=(\\d);.*")
                .matcher(last);
        assertTrue(refusal.find(), last);
        int tried = Integer.parseInt(refusal.group(1));
        int best = Integer.parseInt(refusal.group(2));
        assertEquals(Math.min(8, best + 2), tried, "it gives up two stages after the shortest");
        assertEquals(tried + 1, impossible.err().lines().filter(l -> l.contains("register-to-register delay")).count(),
                "every stages value it names was measured");
        assertFalse(Files.exists(out.resolve("none")), "no files when no stages value meets the clock");
    }

    @Test
    void clockTargetRefusesUnitsThatCannotBePipelinedBeforeAnyMeasurement(@TempDir Path out) {
        for (String spec : new String[] {"mitchw:n=8,w=4,mac,rows=2,cols=2", "drum:n=8,k=4,dot=3,mac"}) {
            CliRunner.Result r = CliRunner.run("gen", spec, "--clock", "5", "--out", out.resolve("x").toString());
            assertEquals(Main.EXIT_BAD_INPUT, r.status(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("not available yet (accepted: stages=0"), r.err());
            assertFalse(Files.exists(out.resolve("x")));
        }
    }

    @Test
    void writesFilesAndManifestDeterministically(@TempDir Path a, @TempDir Path b) throws IOException {
        String[] specs = {"mitchw:n=12,w=4,mac", "drum:n=9,k=5,sign=sm"};
        CliRunner.Result r = CliRunner.run("gen", specs[0], specs[1], "--out", a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("wrote " + a.resolve("mitchw_n12_w4_c1_mac_acc32.v") + "\nwrote " + a.resolve("drum_n9_k5_sm.v")
                + "\nwrote " + a.resolve("MANIFEST.tsv") + "\n", r.out());
        assertEquals(0, CliRunner.run("gen", specs[1], specs[0], "--out", b.toString()).status());
        assertEquals(files(a), files(b));
        for (String f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertEquals(0, CliRunner.run("gen", specs[0], "--out", a.toString()).status(), "regenerating replaces");
        assertEquals(0, CliRunner.run("gen", "--check", a.toString()).status());
    }

    @Test
    void checkListsStaleAndMissingFiles(@TempDir Path dir) throws IOException {
        assertEquals(0, CliRunner.run("gen", "fixed:n=8", "mitchell:n=8", "--out", dir.toString()).status());
        Path f = dir.resolve("fixed_n8_twos.v");
        Files.writeString(f, Files.readString(f).replace("a * b", "a + b").replace("assign z", "assign  z"));
        Files.delete(dir.resolve("mitchell_n8_sm.v"));
        CliRunner.Result r = CliRunner.run("gen", "--check", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("stale: " + f + " (differs from fresh output of fixed:n=8,sign=twos)"), r.err());
        assertTrue(r.err().contains("stale: " + dir.resolve("mitchell_n8_sm.v") + " (missing"), r.err());
    }

    @Test
    void nameSetsTheModuleAndMustBeALegalIdentifier(@TempDir Path dir) throws IOException {
        CliRunner.Result r = CliRunner.run("gen", "fixed:n=8", "--name", "mul8", "--out", dir.toString(), "--fusesoc");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(dir.resolve("mul8.v")).contains("module mul8 ("));
        assertTrue(Files.readString(dir.resolve("mul8.core")).contains("toplevel: mul8"));
        for (String bad : new String[] {"../evil", "a/b", "module", "9x", ""}) {
            r = CliRunner.run("gen", "fixed:n=8", "--name", bad, "--out", dir.resolve("bad").toString());
            assertEquals(2, r.status(), bad);
            assertTrue(r.err().startsWith("approxmac: module name '" + bad + "'"), r.err());
            assertEquals(1, r.err().strip().lines().count());
        }
        r = CliRunner.run("gen", "fixed:n=8", "drum:n=8", "--name", "x", "--out", dir.resolve("bad").toString());
        assertEquals(2, r.status());
        assertEquals("approxmac: --name applies to a single SPEC, got 2\n", r.err());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void badInputWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("gen", "fixed:n=8", "mitchw:n=16,w=17", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("w"), r.err());
        assertFalse(Files.exists(out));
        r = CliRunner.run("gen", "fixed:n=8", "drum:n=8,k=9", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("k=9"), r.err());
        assertFalse(Files.exists(out));
        r = CliRunner.run("gen", "fixed:n=8", "bf16", "--name", "two_designs", "--out", out.toString());
        assertEquals(2, r.status());
        assertFalse(Files.exists(out));
        r = CliRunner.run("gen", "bf16", "fp32:fused=maybe", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("fused"), r.err());
        assertFalse(Files.exists(out));
        for (String[] bad : new String[][] {
            {"mitchw:n=8,dot=0", "approxmac: mitchw: dot=0 is out of range (accepted: 1..64)\n"},
            {"drum:n=8,dot=4,stages=1,mac", "approxmac: drum: dot=4 with stages=1 and mac is not available yet (accepted:"
                    + " stages=0 for a dot-product MAC; a dot-product unit without mac takes stages)\n"},
            {"bf16:dot=65", "approxmac: bf16: dot=65 is out of range (accepted: 1..64)\n"},
            {"bf16,mac,rows=2,share=operands", "approxmac: bf16: share=operands is not accepted (accepted: none)\n"}}) {
            r = CliRunner.run("gen", "fixed:n=8,dot=2", bad[0], "--out", out.toString());
            assertEquals(2, r.status(), bad[0]);
            assertEquals(bad[1], r.err());
            assertFalse(Files.exists(out));
        }
        assertEquals(2, CliRunner.run("gen").status());
    }

    @Test
    void anOutputPathThatIsAFileIsAOneLineError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        CliRunner.Result r = CliRunner.run("gen", "fixed:n=8", "--out", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("approxmac: --out: " + file + " is not a folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void neverOverwritesFilesItDidNotGenerate(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("fixed_n8_twos.v");
        Files.writeString(mine, "module fixed_n8_twos; endmodule\n");
        CliRunner.Result r = CliRunner.run("gen", "drum:n=8", "fixed:n=8", "--out", dir.toString());
        assertEquals(2, r.status());
        assertEquals("approxmac: refusing to overwrite " + mine + ": it was not generated by approxmac\n", r.err());
        assertEquals("module fixed_n8_twos; endmodule\n", Files.readString(mine));
        assertEquals(List.of("fixed_n8_twos.v"), files(dir));
    }
}
