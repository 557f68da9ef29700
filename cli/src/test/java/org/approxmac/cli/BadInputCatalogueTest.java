package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad inputs, across every command: each ends with its exit status (2 bad input
 * unless stated), exactly one line on standard error naming the problem (never a stack trace), and
 * no file created, changed or deleted in the folder holding its inputs and outputs. None of these
 * runs an external tool: each must be refused before any work starts. {D} in an argument is the
 * case's own folder of fixtures.
 */
class BadInputCatalogueTest {

    /** One bad command line, the status it must end with, and a fragment its message must contain. */
    record Case(int status, String fragment, String... args) {
    }

    private static Case bad(String fragment, String... args) {
        return new Case(Main.EXIT_BAD_INPUT, fragment, args);
    }

    static final List<Case> CASES = List.of(
            // the command line itself
            bad("give a command"),
            bad("Unmatched argument", "nosuch"),
            bad("Unknown option", "--nosuch"),
            bad("Unknown option", "kinds", "--bogus"),
            bad("Unmatched argument", "kinds", "extra"),
            bad("Unknown subcommand 'nosuch'", "help", "nosuch"),
            // eval: specs
            bad("Missing required parameter", "eval"),
            bad("empty spec", "eval", ""),
            bad("unknown kind 'nokind'", "eval", "nokind"),
            bad("n=1 is out of range", "eval", "fixed:n=1"),
            bad("n=65 is out of range", "eval", "fixed:n=65"),
            bad("n=<U+FF18> is not a whole number (accepted: 2..64; digits 0-9 only)", "eval", "fixed:n=\uFF18"),
            bad("n=<U+0668> is not a whole number (accepted: 2..64; digits 0-9 only)", "eval", "fixed:n=\u0668"),
            bad("n=1<U+FF16> is not a whole number", "eval", "fixed:n=1\uFF16"),
            bad("unknown kind '<U+FEFF>fixed'", "eval", "\uFEFFfixed:n=8"),
            bad("n=99999999999 is out of range", "eval", "fixed:n=99999999999"),
            bad("duplicate key 'n'", "eval", "fixed:n=8,n=8"),
            bad("empty item", "eval", "fixed:n=8,,"),
            bad("unknown key 'q'", "eval", "fixed:q=3"),
            bad("applies to MACs only", "eval", "fixed:n=8,acc=20"),
            bad("w=9 is out of range", "eval", "mitchw:n=8,w=9"),
            bad("k=2 is out of range", "eval", "drum:n=8,k=2"),
            bad("bf16: acc=20 is not accepted (accepted: fp32|tf32|bf16|fp16)", "eval", "bf16,mac,acc=20"),
            bad("bf16: acc=fp16 is narrower than the operands (5 exponent and 10 fraction bits against 8 and 7;"
                    + " accepted: fp32|tf32|bf16)", "gen", "bf16:acc=fp16,mac"),
            bad("w=9 is out of range for mult=mitchw on 8-bit significands (accepted: 1..8)", "gen",
                    "bf16:mult=mitchw,w=9,mac"),
            bad("mult=mitchell needs significands of at least 4 bits, fp8e5m2's have 3", "synth", "fp8e5m2:mult=mitchell"),
            bad("k=4 applies to mult=drum only (mult=mitchw)", "cosim", "bf16:mult=mitchw,k=4"),
            bad("mult=roba is not accepted (accepted: exact|mitchell|mitchw|drum)", "errors", "fp16:mult=roba"),
            bad("sign=bogus is not accepted", "eval", "fixed:n=8,sign=bogus"),
            bad("mac is a flag", "eval", "fixed:n=8,mac=1"),
            bad("needs a value", "eval", "fixed:n="),
            // eval: vector files
            bad("is a binary file", "eval", "fixed:n=8", "--input", "{D}/binary.bin"),
            bad("is a folder", "eval", "fixed:n=8", "--input", "{D}/folder"),
            bad("file not found", "eval", "fixed:n=8", "--input", "{D}/missing.txt"),
            bad("line 2: byte 0xE9 is not UTF-8", "eval", "fixed:n=8", "--input", "{D}/latin1.txt"),
            bad("line 1: a='zz' is not a hex number", "eval", "fixed:n=8", "--input", "{D}/badhex.txt"),
            bad("exceeds 8 bits", "eval", "fixed:n=8", "--input", "{D}/toowide.txt"),
            bad("expected 2 hex fields", "eval", "fixed:n=8", "--input", "{D}/threefields.txt"),
            bad("expected 3 hex fields", "eval", "fixed:n=8,mac", "--input", "{D}/twofields.txt"),
            // errors
            bad("--samples", "errors", "fixed:n=8", "--samples", "0"),
            bad("--samples", "errors", "fixed:n=8", "--samples", "-5"),
            bad("--grid applies to the heat map only", "errors", "fixed:n=8", "--grid", "3"),
            bad("--grid 1 is out of range", "errors", "fixed:n=8", "--grid", "1"),
            bad("--bins 0 is out of range", "errors", "fixed:n=8", "--bins", "0"),
            bad("--bins applies to the histogram only", "errors", "fixed:n=8", "--bins", "5"),
            bad("--heatmap", "errors", "fixed:n=8", "--heatmap", "{D}/figure.gif"),
            bad("--heatmap", "errors", "fixed:n=8", "--heatmap", "{D}/folder"),
            bad("name the same file", "errors", "fixed:n=8", "--heatmap", "{D}/same.png", "--histogram", "{D}/same.png"),
            bad("refusing to overwrite", "errors", "fixed:n=8", "--heatmap", "{D}/foreign.svg"),
            bad("Invalid value", "errors", "fixed:n=8", "--seed", "abc"),
            bad("unknown kind", "errors", "nokind"),
            // gen
            bad("give at least one SPEC", "gen"),
            bad("not a legal Verilog identifier", "gen", "fixed:n=8", "--name", "9bad", "--out", "{D}/out"),
            bad("--name applies to a single SPEC", "gen", "fixed:n=8", "fixed:n=16", "--name", "m", "--out", "{D}/out"),
            bad("no manifest", "gen", "--check", "{D}/folder"),
            bad("--check takes no SPEC", "gen", "--check", "{D}/folder", "fixed:n=8"),
            bad("not generated by approxmac", "gen", "fixed:n=8", "--out", "{D}/foreign"),
            bad("is not a folder", "gen", "fixed:n=8", "--out", "{D}/afile"),
            bad("both be written", "gen", "fixed:n=8", "fixed:n=8", "--out", "{D}/out"),
            bad("unknown kind", "gen", "nokind", "--out", "{D}/out"),
            bad("cannot be created", "gen", "fixed:n=8", "--out", "/proc/approxmac-out"),
            // cnn, cnn-train
            bad("accepted: 1..10000", "cnn", "mitchw:n=16,w=6", "--images", "0"),
            bad("accepted: none|stored|adjusted", "cnn", "mitchw:n=16,w=6", "--bn", "sometimes"),
            bad("sign=sm|c1|twos", "cnn", "drum:n=16,k=6,sign=unsigned"),
            bad("accepted with --depthwise: stored|adjusted", "cnn", "mitchw:n=16,w=6", "--depthwise", "--bn", "none"),
            bad("it takes none of --bn", "cnn", "mitchw:n=16,w=6", "--study", "{D}", "--bn", "stored"),
            bad("accepted: bn|plain|depthwise", "cnn-train", "--net", "vgg", "--out", "{D}/x.weights"),
            bad("accepted: 1..100", "cnn-train", "--net", "bn", "--epochs", "101", "--out", "{D}/x.weights"),
            // export
            bad("Missing required parameter", "export"),
            bad("accepted: n=8, sign=unsigned", "export", "drum:n=16,sign=unsigned", "--format", "tfapprox",
                    "--out", "{D}/out"),
            bad("it is a floating kind", "export", "fp32", "--out", "{D}/out"),
            bad("it is a MAC", "export", "fixed:n=8,mac", "--out", "{D}/out"),
            bad("unknown format 'npy'", "export", "fixed:n=8", "--format", "npy", "--out", "{D}/out"),
            bad("not a legal Verilog identifier", "export", "fixed:n=8", "--name", "9bad", "--out", "{D}/out"),
            bad("not generated by approxmac", "export", "fixed:n=8", "--out", "{D}/foreign"),
            bad("not generated by approxmac", "export", "fixed:n=8,sign=unsigned", "--format", "tfapprox",
                    "--out", "{D}/foreign"),
            // gen: pipelining
            bad("stages=9 is out of range (accepted: 0..8)", "gen", "mitchw:n=8,stages=9,mac", "--out", "{D}/out"),
            bad("needs a tree architecture", "gen", "fixed:n=8,arch=star,stages=2", "--out", "{D}/out"),
            bad("needs a tree architecture", "gen", "fixed:n=8,arch=star,stages=2,mac", "--out", "{D}/out"),
            bad("--clock chooses stages itself", "gen", "mitchw:n=8,stages=1,mac", "--clock", "5", "--out", "{D}/out"),
            // gen: arrays
            bad("rows=17 is out of range (accepted: 1..16)", "gen", "mitchw:n=8,mac,rows=17", "--out", "{D}/out"),
            bad("is 72 processing elements (accepted: rows*cols <= 64)", "gen", "drum:n=8,mac,rows=8,cols=9",
                    "--out", "{D}/out"),
            bad("share=operands is not accepted (accepted: none)", "gen", "fixed:n=8,mac,rows=2,share=operands",
                    "--out", "{D}/out"),
            bad("share=none applies to arrays only", "gen", "mitchw:n=8,mac,share=none", "--out", "{D}/out"),
            bad("cols=2 applies to MACs only", "gen", "mitchw:n=8,cols=2", "--out", "{D}/out"),
            bad("a pipelined array (stages=1 with rows/cols) is not available yet", "gen", "mitchw:n=8,mac,rows=2",
                    "--clock", "5", "--out", "{D}/out"),
            bad("--clock must be 0.01..100000 ns", "gen", "mitchw:n=8,mac", "--clock", "0", "--out", "{D}/out"),
            bad("--check takes no SPEC, --name, --fusesoc or --clock", "gen", "--check", "{D}/folder", "--clock", "3"),
            bad("not generated by approxmac", "gen", "--check", "{D}/foreignmanifest"),
            // cosim: all refused before Verilator runs
            bad("Missing required parameter", "cosim"),
            bad("unknown kind", "cosim", "nokind", "--cache", "{D}/cache"),
            bad("--vectors 'bogus'", "cosim", "fixed:n=8", "--vectors", "bogus", "--cache", "{D}/cache"),
            bad("random:COUNT", "cosim", "fixed:n=8", "--vectors", "random:0", "--cache", "{D}/cache"),
            bad("random:COUNT", "cosim", "fixed:n=8", "--vectors", "random:99999999999999", "--cache", "{D}/cache"),
            bad("pair", "cosim", "fixed:n=8", "--vectors", "pair:1", "--cache", "{D}/cache"),
            bad("outside", "cosim", "fixed:n=8", "--vectors", "pair:999,1", "--cache", "{D}/cache"),
            bad("exhaustive", "cosim", "fixed:n=32", "--vectors", "exhaustive", "--cache", "{D}/cache"),
            bad("--cycles applies to MACs only", "cosim", "fixed:n=8", "--cycles", "10", "--cache", "{D}/cache"),
            bad("--cycles 0 is out of range", "cosim", "fixed:n=8,mac", "--cycles", "0", "--cache", "{D}/cache"),
            bad("--timeout 0 is out of range", "cosim", "fixed:n=8", "--timeout", "0", "--cache", "{D}/cache"),
            bad("--timeout 86401 is out of range", "cosim", "fixed:n=8", "--timeout", "86401", "--cache", "{D}/cache"),
            bad("--jobs 0 is out of range", "cosim", "fixed:n=8", "--jobs", "0", "--cache", "{D}/cache"),
            bad("--jobs 257 is out of range", "cosim", "fixed:n=8", "--jobs", "257", "--cache", "{D}/cache"),
            bad("--top, -I and -G need your RTL", "cosim", "fixed:n=8", "--top", "m", "--cache", "{D}/cache"),
            bad("--rtl " + "{D}/folder is a folder", "cosim", "fixed:n=8", "--rtl", "{D}/folder", "--top", "m",
                    "--cache", "{D}/cache"),
            bad("is a binary file", "cosim", "fixed:n=8", "--rtl", "{D}/binary.bin", "--top", "m", "--cache", "{D}/cache"),
            bad("file not found", "cosim", "fixed:n=8", "--rtl", "{D}/missing.v", "--top", "m", "--cache", "{D}/cache"),
            bad("--latency describes your own RTL (--rtl); a generated design takes stages=2", "cosim", "fixed:n=8",
                    "--latency", "2", "--cache", "{D}/cache"),
            bad("--latency 9 is out of range (accepted: 0..8)", "cosim", "fixed:n=8", "--rtl", "{D}/good.v",
                    "--latency", "9", "--cache", "{D}/cache"),
            bad("--latency 2 contradicts stages=3 in SPEC", "cosim", "fixed:n=8,stages=3", "--rtl", "{D}/good.v",
                    "--latency", "2", "--cache", "{D}/cache"),
            bad("port 'clk' is missing", "cosim", "fixed:n=8", "--rtl", "{D}/good.v", "--latency", "2",
                    "--cache", "{D}/cache"),
            bad("--cache: the cache folder", "cosim", "fixed:n=8", "--cache", "{D}/afile"),
            bad("cannot be created", "cosim", "fixed:n=8", "--cache", "/proc/approxmac-cache"),
            bad("--cache-dir: the cache folder", "cosim", "fixed:n=8", "--cache-dir", "{D}/afile"),
            bad("not both", "cosim", "fixed:n=8", "--cache", "{D}/cache", "--cache-dir", "{D}/cache2"),
            bad("Invalid value", "cosim", "fixed:n=8", "--seed", "x", "--cache", "{D}/cache"),
            // whole numbers in look-alike digits: picocli's own converters and Long.parseLong would read them
            bad("'<U+FF18>' is not a whole number (digits 0-9 only)", "cosim", "fixed:n=8,mac", "--cycles", "\uFF18",
                    "--cache", "{D}/cache"),
            bad("'1<U+0660>' is not a whole number (digits 0-9 only)", "errors", "fixed:n=8", "--seed", "1\u0660"),
            bad("'<U+0663>' is not a whole number (digits 0-9 only)", "errors", "fixed:n=8", "--samples", "\u0663"),
            bad("'99999999999' is outside -2147483648..2147483647", "errors", "fixed:n=8", "--bins", "99999999999",
                    "--histogram", "{D}/h.png"),
            bad("--sequence {D}/binary.bin is a binary file", "cosim", "fixed:n=8,mac", "--sequence", "{D}/binary.bin",
                    "--cache", "{D}/cache"),
            bad("--sequence {D}/missing.txt: file not found", "cosim", "fixed:n=8,mac", "--sequence", "{D}/missing.txt",
                    "--cache", "{D}/cache"),
            bad("--sequence {D}/latin1.txt line 2: byte 0xE9 is not UTF-8", "cosim", "fixed:n=8,mac", "--sequence",
                    "{D}/latin1.txt", "--cache", "{D}/cache"),
            bad("random:COUNT needs a COUNT", "cosim", "fixed:n=8", "--vectors", "random:\uFF18",
                    "--cache", "{D}/cache"),
            bad("is not a decimal or 0x hex number", "cosim", "fixed:n=8", "--vectors", "pair:\u0661,2",
                    "--cache", "{D}/cache"),
            bad("is not a decimal or 0x hex number", "cosim", "fixed:n=8", "--vectors", "pair:0x\uFF11,2",
                    "--cache", "{D}/cache"),
            bad("line 1: a='<U+FF11>2' is not a hex number", "eval", "fixed:n=8", "--input", "{D}/fullwidth.txt"),
            // bench
            bad("bench needs a subcommand", "bench"),
            bad("Unmatched argument", "bench", "nosuch"),
            bad("Missing required parameter", "bench", "cosim"),
            bad("--count 10 is out of range", "bench", "cosim", "fixed:n=8", "--count", "10", "--cache", "{D}/cache"),
            bad("--jobs 0 is out of range", "bench", "cosim", "fixed:n=8", "--jobs", "0", "--cache", "{D}/cache"),
            bad("mac", "bench", "cosim", "fixed:n=8,mac", "--cache", "{D}/cache"),
            bad("unknown kind", "bench", "golden", "nokind"),
            bad("--passes", "bench", "golden", "fixed:n=8", "--passes", "0"),
            // synth: all refused before Yosys runs
            bad("nothing to cost", "synth", "--cache", "{D}/cache"),
            bad("unknown kind", "synth", "nokind", "--cache", "{D}/cache"),
            bad("go together", "synth", "fixed:n=8", "--rtl", "{D}/good.v", "--cache", "{D}/cache"),
            bad("is a folder", "synth", "--rtl", "{D}/folder", "--top", "m", "--like", "fixed:n=8", "--cache", "{D}/cache"),
            bad("is a binary file", "synth", "--rtl", "{D}/binary.bin", "--top", "m", "--like", "fixed:n=8",
                    "--cache", "{D}/cache"),
            bad("file not found", "synth", "--rtl", "{D}/missing.v", "--top", "m", "--like", "fixed:n=8", "--cache", "{D}/cache"),
            bad("--top '9bad' is not a Verilog module name", "synth", "--rtl", "{D}/good.v", "--top", "9bad", "--like", "fixed:n=8",
                    "--cache", "{D}/cache"),
            bad("not a complete gzip file", "synth", "fixed:n=8", "--liberty", "{D}/fake.lib.gz", "--cache", "{D}/cache"),
            bad("not a complete gzip file", "synth", "fixed:n=8", "--liberty", "{D}/truncated.lib.gz", "--cache", "{D}/cache"),
            bad("not a liberty file", "synth", "fixed:n=8", "--liberty", "{D}/notlib.lib", "--cache", "{D}/cache"),
            bad("is a folder", "synth", "fixed:n=8", "--liberty", "{D}/folder", "--cache", "{D}/cache"),
            bad("does not exist", "synth", "fixed:n=8", "--liberty", "{D}/missing.lib", "--cache", "{D}/cache"),
            bad("--jobs must be 1..64", "synth", "fixed:n=8", "--jobs", "0", "--cache", "{D}/cache"),
            bad("--timeout must be 1..86400", "synth", "fixed:n=8", "--timeout", "0", "--cache", "{D}/cache"),
            bad("--clock must be", "synth", "fixed:n=8", "--clock", "0", "--cache", "{D}/cache"),
            bad("--operands", "synth", "fixed:n=8", "--operands", "bogus", "--cache", "{D}/cache"),
            bad("--cycles must be", "synth", "fixed:n=8", "--cycles", "5", "--cache", "{D}/cache"),
            bad("--cache: the cache folder", "synth", "fixed:n=8", "--cache", "{D}/afile"),
            bad("cannot be created", "synth", "fixed:n=8", "--cache", "/proc/approxmac-cache"),
            // report: refused before any co-simulation or synthesis
            bad("--out", "report", "--out", "{D}/afile", "--cache", "{D}/cache"),
            bad("cannot be created", "report", "--out", "/proc/approxmac-report", "--cache", "{D}/cache"),
            bad("--cosim-cycles must be", "report", "--cosim-cycles", "-1", "--out", "{D}/out", "--cache", "{D}/cache"),
            bad("--clock must be 0.01..100000 ns, got 0.0", "report", "--clock", "0", "--out", "{D}/out", "--cache",
                    "{D}/cache"),
            bad("--error-samples must be", "report", "--error-samples", "0", "--out", "{D}/out", "--cache", "{D}/cache"),
            bad("not generated by approxmac", "report", "--out", "{D}/foreignreport", "--cache", "{D}/cache"),
            bad("--timeout must be", "report", "--timeout", "0", "--out", "{D}/out", "--cache", "{D}/cache"),
            bad("--jobs must be", "report", "--jobs", "65", "--out", "{D}/out", "--cache", "{D}/cache"),
            bad("does not exist", "report", "--liberty", "{D}/missing.lib", "--out", "{D}/out", "--cache", "{D}/cache"),
            bad("--cache: the cache folder", "report", "--out", "{D}/out", "--cache", "{D}/afile"),
            // accumulate, bn-scale
            bad("unknown kind", "accumulate", "nokind"),
            bad("--lengths", "accumulate", "fixed:n=8", "--lengths", "0"),
            bad("--lengths", "accumulate", "fixed:n=8", "--lengths", "abc"),
            bad("--trials", "accumulate", "fixed:n=8", "--trials", "0"),
            bad("--plot", "accumulate", "fixed:n=8", "--plot", "{D}/figure.gif"),
            bad("--operands", "accumulate", "fixed:n=8", "--operands", "bogus"),
            bad("unknown kind", "bn-scale", "nokind"),
            bad("--samples", "bn-scale", "fixed:n=8", "--samples", "0"),
            bad("Missing required parameter", "bn-scale"),
            // sweep
            bad("--kinds: unknown kind 'nokind'", "sweep", "--kinds", "nokind", "--no-cost"),
            bad("mitchw: n=2 is out of range (accepted: 4..64)", "sweep", "--kinds", "mitchw", "--n", "2", "--no-cost"),
            bad("--n 99999999999 is out of range", "sweep", "--n", "99999999999", "--no-cost"),
            bad("in digits 0-9", "sweep", "--n", "\uFF18", "--no-cost"),
            bad("--samples 0 is out of range", "sweep", "--samples", "0", "--no-cost"),
            bad("--csv", "sweep", "--csv", "{D}/table.txt", "--no-cost"),
            bad("--plot", "sweep", "--plot", "{D}/figure.gif", "--no-cost"),
            bad("--w 0 is out of range", "sweep", "--w", "0", "--no-cost"),
            bad("--k 2 is out of range", "sweep", "--k", "2", "--no-cost"),
            bad("--timeout must be", "sweep", "--kinds", "fixed", "--n", "8", "--timeout", "0", "--cache", "{D}/cache"),
            bad("--cache: the cache folder", "sweep", "--kinds", "fixed", "--n", "8", "--cache", "{D}/afile"),
            // datapaths: refused before any synthesis
            bad("--lanes 1 is out of range (accepted: 2..64)", "datapaths", "--lanes", "1", "--cache", "{D}/cache"),
            bad("--array 8x9: 72 elements is out of range", "datapaths", "--array", "8x9", "--cache", "{D}/cache"),
            bad("--kinds: mitchw:n=16,w=6,mac is a MAC", "datapaths", "--kinds", "mitchw:n=16,w=6,mac", "--cache",
                    "{D}/cache"),
            bad("not generated by approxmac", "datapaths", "--out", "{D}/afile", "--cache", "{D}/cache"),
            bad("--cache: the cache folder", "datapaths", "--kinds", "fixed:n=8", "--cache", "{D}/afile"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBadInputEndsWithItsStatusOneLineAndNoFileLeftBehind() {
        assertTrue(CASES.size() >= 100, "the catalogue holds at least 100 cases, has " + CASES.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(index + ": approxmac " + String.join(" ", c.args()), () -> check(index, c)));
        }
        return tests.stream();
    }

    private void check(int index, Case c) throws IOException {
        Path d = fixtures(tmp.resolve("case" + index));
        String[] args = Arrays.stream(c.args()).map(a -> a.replace("{D}", d.toString())).toArray(String[]::new);
        Map<String, String> before = snapshot(d);
        CliRunner.Result r = CliRunner.run(args);
        String what = String.join(" ", args) + "\nstderr:\n" + r.err();
        assertEquals(c.status(), r.status(), what);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line on stderr: " + what);
        assertTrue(lines.get(0).startsWith("approxmac: "), what);
        assertTrue(lines.get(0).contains(c.fragment().replace("{D}", d.toString())),
                "the message names the problem ('" + c.fragment() + "'): " + what);
        assertFalse(lines.get(0).contains("Exception"), "no exception class in the message: " + what);
        assertEquals(before, snapshot(d), "no file created, changed or deleted: " + what);
    }

    /** The fixtures of one case: inputs that are bad in every way the catalogue needs. */
    static Path fixtures(Path d) throws IOException {
        Files.createDirectories(d.resolve("folder"));
        Files.write(d.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
        Files.write(d.resolve("latin1.txt"), "01 02\n03 04 # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(d.resolve("badhex.txt"), "zz 01\n");
        Files.writeString(d.resolve("toowide.txt"), "1FF 01\n");
        Files.writeString(d.resolve("threefields.txt"), "01 02 03\n");
        Files.writeString(d.resolve("fullwidth.txt"), "\uFF112 01\n");
        Files.writeString(d.resolve("twofields.txt"), "01 02\n");
        Files.writeString(d.resolve("afile"), "a regular file\n");
        Files.writeString(d.resolve("foreign.svg"), "<svg>someone else's figure</svg>\n");
        Files.writeString(d.resolve("good.v"), Rtl.generate(UnitSpec.parse("fixed:n=8"), "good").verilog());
        Files.writeString(d.resolve("notlib.lib"), "this is not a liberty file\n");
        Files.write(d.resolve("fake.lib.gz"), new byte[] {0x1f, 0x3b, 9, 9, 9, 9, 9, 9, 9});
        Path gz = d.resolve("whole.lib.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("library (fake) { cell (BUFX2) { area : 1; } }\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(gz);
        Files.write(d.resolve("truncated.lib.gz"), Arrays.copyOf(whole, whole.length / 2));
        Files.delete(gz);
        Path foreign = Files.createDirectories(d.resolve("foreign"));
        Files.writeString(foreign.resolve("fixed_n8_twos.v"), "// my own multiplier\nmodule fixed_n8_twos; endmodule\n");
        Files.writeString(foreign.resolve("fixed_n8_twos.c"), "/* my own multiplier */\n");
        Files.write(foreign.resolve("fixed_n8_unsigned.bin"), new byte[] {1, 2, 3});
        Path manifest = Files.createDirectories(d.resolve("foreignmanifest"));
        Files.writeString(manifest.resolve("MANIFEST.tsv"), "my own table\n");
        Path report = Files.createDirectories(d.resolve("foreignreport"));
        Files.writeString(report.resolve("table4.md"), "# my own notes\n");
        return d;
    }

    /** Every path under {@code d} with its size and modification time. */
    static Map<String, String> snapshot(Path d) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.toList()) {
                m.put(d.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return m;
    }
}
