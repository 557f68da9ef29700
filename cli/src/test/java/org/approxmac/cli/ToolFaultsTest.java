package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.approxmac.synth.LibertyResolver;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External tools that hang, crash, exit 0 without output, or leave a child holding their output, at
 * every stage (version probe, Verilator build, simulation, Yosys, OpenSTA, Icarus), put in place by
 * the toolchain's APPROXMAC_&lt;TOOL&gt; override: each run ends within its --timeout plus the JVM's
 * start and the stages before, exits 3, quotes the tool's own line, and leaves no process behind. The
 * CLI runs as a separate process (its environment is what is under test).
 */
class ToolFaultsTest {
    /** --timeout of a run whose faulty tool comes first, seconds. */
    private static final int LIMIT = 3;
    /** --timeout of a run in which real Yosys (and OpenSTA) work before the faulty tool, seconds. */
    private static final int COST_LIMIT = 12;
    /** A generous bound on everything else a run does (JVM start, real tools of earlier stages, a busy machine). */
    private static final long SLACK_SECONDS = 40;

    @TempDir
    Path tmp;

    record Run(int status, String err, long seconds, int limit) {
    }

    @Test
    void versionProbeThatHangsIsKilledAtTheTimeout() throws Exception {
        Path fake = script("verilator", "(sleep 1000) & echo $! > \"$FAKE_PID\"\necho 'fake: probing forever' >&2\nsleep 1000");
        Run r = cli(Map.of("APPROXMAC_VERILATOR", fake.toString()), "cosim", "fixed:n=8");
        assertToolFailure(r, "did not finish within the time limit of " + LIMIT + " s", "fake: probing forever");
        assertChildGone();
    }

    @Test
    void versionProbeThatPrintsNothingIsAToolFailureNotAStackTrace() throws Exception {
        Path fake = script("verilator", "exit 0");
        Run r = cli(Map.of("APPROXMAC_VERILATOR", fake.toString()), "cosim", "fixed:n=8");
        assertToolFailure(r, "printed no version", "apt-get install verilator");
    }

    @Test
    void verilatorBuildThatHangsIsKilledWithItsChildren() throws Exception {
        Path fake = script("verilator", version("Verilator 0.0 hang-build")
                + "(sleep 1000) & echo $! > \"$FAKE_PID\"\necho '%Error: fake build stuck' >&2\nsleep 1000");
        Run r = cli(Map.of("APPROXMAC_VERILATOR", fake.toString()), "cosim", "fixed:n=8");
        assertToolFailure(r, "did not finish within the time limit", "%Error: fake build stuck");
        assertChildGone();
    }

    @Test
    void childHoldingTheOutputOfAFinishedToolDoesNotHangTheRun() throws Exception {
        Path fake = script("verilator", "if [ \"$1\" = --version ]; then (sleep 1000; echo late) & echo $! > \"$FAKE_PID\";"
                + " echo 'Verilator 0.0 forks'; exit 0; fi\nexit 0");
        Run r = cli(Map.of("APPROXMAC_VERILATOR", fake.toString()), "cosim", "fixed:n=8");
        assertToolFailure(r, "verilator exited 0 but did not write obj/Vdut.h", "it printed nothing");
        assertChildGone();
    }

    @Test
    void simulatorThatHangsIsKilledAtTheTimeout() throws Exception {
        Path sim = script("sim", "(sleep 1000) & echo $! > \"$FAKE_PID\"\nsleep 1000");
        Run r = cli(fakeModel(sim), "cosim", "fixed:n=8", "--jobs", "1");
        assertToolFailure(r, "hung while co-simulating", "killed with every process it started");
        assertChildGone();
    }

    @Test
    void simulatorCrashQuotesItsOwnErrorLineFirst() throws Exception {
        Path sim = script("sim", "echo '%Error: design.v:3: Settle region did not converge.' >&2\necho Aborting... >&2\n"
                + "exit 134");
        Run r = cli(fakeModel(sim), "cosim", "fixed:n=8", "--jobs", "1");
        assertToolFailure(r, "Settle region did not converge", "signal 6");
        assertTrue(firstLine(r).contains("Settle region did not converge"), r.err());
    }

    @Test
    void yosysErrorOnStandardErrorIsQuotedUnderALongLog() throws Exception {
        costTools();
        Path fake = script("yosys", version("Yosys 0.0 fake-error")
                + "echo \"ERROR: Module \\`foo' referenced in module \\`bar' is not part of the design.\" >&2\n"
                + "i=0; while [ $i -lt 200 ]; do echo \"log line $i\"; i=$((i+1)); done\nexit 1");
        Run r = synth(Map.of("APPROXMAC_YOSYS", fake.toString()));
        assertToolFailure(r, "ERROR: Module `foo' referenced in module `bar' is not part of the design.", "log line 199");
    }

    /**
     * --yosys-booth asks Yosys for its own Booth multiplier: the synthesis script says {@code synth -booth}
     * (checked by a Yosys stand-in that then runs the installed Yosys without it), the result is cached
     * apart from the default one and the table says how it was synthesised.
     */
    @Test
    void yosysBoothReachesTheSynthesisScriptAndIsCachedApart() throws Exception {
        costTools();
        Path real = org.approxmac.toolchain.Toolchain.system().require(Tool.YOSYS);
        Path fake = script("yosys", "if [ \"$1\" = -s ] && [ \"$2\" = synth.ys ]; then\n"
                + "  grep -q '^synth -booth -flatten -top approxmac_cost_wrapper$' synth.ys"
                + " || { echo 'ERROR: synth.ys without synth -booth' >&2; exit 1; }\n"
                + "  sed 's/^synth -booth /synth /' synth.ys > plain.ys; exec '" + real + "' -s plain.ys\n"
                + "fi\nexec '" + real + "' \"$@\"");
        String cache = tmp.resolve("cache-booth").toString();
        Run plain = cliIn(tmp, Map.of(), 0, "synth", "fixed:n=8,arch=star", "--cycles", "50", "--cache", cache);
        assertEquals(0, plain.status(), plain.err());
        String plainTable = Files.readString(tmp.resolve("stdout.txt"));
        assertFalse(plainTable.contains(YosysBoothOption.LINE), plainTable);
        Map<String, String> env = Map.of("APPROXMAC_YOSYS", fake.toString());
        Run booth = cliIn(tmp, env, 0, "synth", "fixed:n=8,arch=star", "--cycles", "50", "--cache", cache,
                "--yosys-booth");
        assertEquals(0, booth.status(), booth.err());
        assertFalse(booth.err().contains(": cached"), "measured anew: " + booth.err());
        String boothTable = Files.readString(tmp.resolve("stdout.txt"));
        assertTrue(boothTable.contains("\n" + YosysBoothOption.LINE + "\n"), boothTable);
        String row = "fixed_n8_twos_star ";
        assertEquals(plainTable.lines().filter(l -> l.startsWith(row)).findFirst().orElseThrow(),
                boothTable.lines().filter(l -> l.startsWith(row)).findFirst().orElseThrow(),
                "the stand-in synthesised the same netlist");
        Run again = cliIn(tmp, env, 0, "synth", "fixed:n=8,arch=star", "--cycles", "50", "--cache", cache,
                "--yosys-booth");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("fixed_n8_twos_star: cached"), again.err());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Run json = cliIn(tmp, env, 0, "synth", "fixed:n=8,arch=star", "--cycles", "50", "--cache", cache,
                "--yosys-booth", "--json");
        assertEquals(0, json.status(), json.err());
        var design = mapper.readTree(tmp.resolve("stdout.txt").toFile()).get("designs").get(0);
        assertEquals(YosysBoothOption.SYNTHESIS, design.path("synthesis").asText(), "each design says how: " + design);
        Run plainJson = cliIn(tmp, Map.of(), 0, "synth", "fixed:n=8,arch=star", "--cycles", "50", "--cache", cache,
                "--json");
        assertEquals(0, plainJson.status(), plainJson.err());
        var plainDesign = mapper.readTree(tmp.resolve("stdout.txt").toFile()).get("designs").get(0);
        assertFalse(plainDesign.has("synthesis"), "the documented way goes without saying: " + plainDesign);
        Run sweep = cliIn(tmp, env, 0, "sweep", "--kinds", "fixed", "--n", "4", "--arch", "star", "--mac",
                "--samples", "100", "--cache", cache, "--yosys-booth", "--json");
        assertEquals(0, sweep.status(), sweep.err());
        assertEquals(YosysBoothOption.SYNTHESIS, mapper.readTree(tmp.resolve("stdout.txt").toFile()).path("synthesis")
                .asText(), "the sweep says how");
    }

    /**
     * A Yosys without {@code synth -booth} (Debian 12's 0.23 refuses it as a stand-in does here): synth,
     * sweep and a report's job each exit 3 with Yosys' own error line and the hint to point
     * APPROXMAC_YOSYS at a newer Yosys; the hint never appears without the option.
     */
    @Test
    void aYosysWithoutBoothIsNamedWithAHintByEveryCostingCommand() throws Exception {
        costTools();
        Path real = org.approxmac.toolchain.Toolchain.system().require(Tool.YOSYS);
        String refusal = "ERROR: Command syntax error: Unknown option or option in arguments.";
        Path fake = script("yosys", "if [ \"$1\" = -s ] && grep -q '^synth -booth' \"$2\"; then\n"
                + "  echo '" + refusal + "'; echo '" + refusal + "' >&2; exit 1\n"
                + "fi\nexec '" + real + "' \"$@\"");
        Map<String, String> env = Map.of("APPROXMAC_YOSYS", fake.toString());
        String hint = "--yosys-booth needs a Yosys whose synth has -booth";
        assertToolFailure(cliIn(tmp, env, COST_LIMIT, "synth", "fixed:n=8,arch=star", "--yosys-booth"), refusal, hint);
        assertToolFailure(cliIn(tmp, env, COST_LIMIT, "sweep", "--kinds", "fixed", "--n", "4", "--arch", "star",
                "--mac", "--samples", "100", "--yosys-booth"), refusal, hint);
        assertToolFailure(cliIn(tmp, env, COST_LIMIT, "report", "--job", "fixed:n=16,sign=twos,mac,acc=40",
                "--cosim-cycles", "0", "--error-samples", "100", "--yosys-booth"), refusal, hint);
        Run plain = cliIn(tmp, env, COST_LIMIT, "synth", "fixed:n=4,arch=star", "--cycles", "10");
        assertEquals(0, plain.status(), "without the option the stand-in is the installed Yosys: " + plain.err());
        assertFalse(plain.err().contains(hint), plain.err());
    }

    @Test
    void yosysThatHangsIsKilledWithItsChildren() throws Exception {
        costTools();
        Path fake = script("yosys", version("Yosys 0.0 fake-hang") + "(sleep 1000) & echo $! > \"$FAKE_PID\"\nsleep 1000");
        Run r = synth(Map.of("APPROXMAC_YOSYS", fake.toString()));
        assertToolFailure(r, "yosys did not finish within the time limit of " + COST_LIMIT + " s", "synth.ys");
        assertChildGone();
    }

    @Test
    void openStaThatHangsIsKilledAtTheTimeout() throws Exception {
        costTools();
        Path fake = script("sta", version("OpenSTA 0.0 fake-hang") + "(sleep 1000) & echo $! > \"$FAKE_PID\"\nsleep 1000");
        Run r = synth(Map.of("APPROXMAC_OPENSTA", fake.toString()));
        assertToolFailure(r, "sta did not finish within the time limit", "delay.tcl");
        assertChildGone();
    }

    @Test
    void icarusCrashIsBlamedOnIcarusWithItsMessage() throws Exception {
        costTools();
        Path fake = script("iverilog", version("Icarus Verilog 0.0 fake-crash")
                + "echo 'testbench.v:1: internal error: fake crash' >&2\nexit 139");
        Run r = synth(Map.of("APPROXMAC_IVERILOG", fake.toString()));
        assertToolFailure(r, "iverilog failed (killed by signal 11, exit 139) while compiling the activity simulation",
                "internal error: fake crash");
        assertFalse(r.err().contains("vvp failed"), r.err());
    }

    @Test
    void icarusThatWritesNothingIsBlamedNotTheSimulatorAfterIt() throws Exception {
        costTools();
        Path fake = script("iverilog", version("Icarus Verilog 0.0 fake-silent") + "exit 0");
        Run r = synth(Map.of("APPROXMAC_IVERILOG", fake.toString()));
        assertToolFailure(r, "iverilog exited 0 but wrote no sim.vvp");
        assertFalse(r.err().contains("vvp failed"), r.err());
    }

    @Test
    void vvpThatHangsIsKilledAtTheTimeout() throws Exception {
        costTools();
        Path fake = script("vvp", version("Icarus Verilog runtime 0.0 fake-hang")
                + "(sleep 1000) & echo $! > \"$FAKE_PID\"\nsleep 1000");
        Run r = synth(Map.of("APPROXMAC_VVP", fake.toString()));
        assertToolFailure(r, "vvp did not finish within the time limit", "sim.vvp");
        assertChildGone();
    }

    @Test
    void aRunKilledWithSigtermTakesItsToolsAndTheirChildrenWithIt() throws Exception {
        Path fake = script("verilator", version("Verilator 0.0 hang-for-sigterm")
                + "(sleep 1000) & echo $! > \"$FAKE_PID\"\nsleep 1000");
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "cosim", "fixed:n=8", "--cache",
                tmp.resolve("cache-term").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("term.txt").toFile());
        pb.environment().put("FAKE_PID", pidFile().toString());
        pb.environment().put("APPROXMAC_VERILATOR", fake.toString());
        Process p = pb.start();
        for (int i = 0; i < 1200 && !Files.exists(pidFile()); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(pidFile()), "the fake Verilator build started");
        Thread.sleep(300);
        p.destroy(); // SIGTERM, as a CI runner or `kill` sends
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "approxmac ended");
        assertChildGone();
    }

    @Test
    void defaultCacheInAFolderThatCannotBeWrittenIsAnEnvironmentFailure() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put(CacheRoot.ENVIRONMENT, "");
        Run r = cliIn(Path.of("/proc"), env, 0, "cosim", "fixed:n=8");
        assertEquals(Main.EXIT_TOOL_FAILED, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("the cache folder .approxmac-cache cannot be created"), r.err());
    }

    @Test
    void cacheFromTheEnvironmentThatCannotBeWrittenIsAnEnvironmentFailure() throws Exception {
        Run r = cliIn(tmp, Map.of(CacheRoot.ENVIRONMENT, "/proc/approxmac-cache"), 0, "synth", "fixed:n=8");
        assertEquals(Main.EXIT_TOOL_FAILED, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("/proc/approxmac-cache cannot be created") && r.err().contains("APPROXMAC_CACHE"),
                r.err());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void costTools() {
        assumeTrue(ToolGate.enabled(Tool.YOSYS, Tool.OPENSTA, Tool.IVERILOG, Tool.VVP), "tool tests skipped on request");
        assertTrue(Files.isRegularFile(LibertyResolver.OSU018_FILE), "needs qflow-tech-osu018");
    }

    /** A shell prefix answering the version probe with {@code line}. */
    private static String version(String line) {
        return "case \"$1\" in --version|-V|-version) echo '" + line + "'; exit 0;; esac\n";
    }

    /** A fake Verilator that "builds" a model with the ports of fixed:n=8 whose binary is {@code sim}. */
    private Map<String, String> fakeModel(Path sim) throws IOException {
        Path fake = script("verilator", version("Verilator 0.0 fake-model " + sim.getFileName() + System.nanoTime())
                + "mkdir -p obj\nprintf 'VL_IN8(&a,7,0);\\nVL_IN8(&b,7,0);\\nVL_OUT16(&z,15,0);\\n' > obj/Vdut.h\n"
                + "cp '" + sim + "' obj/sim\nchmod +x obj/sim");
        return Map.of("APPROXMAC_VERILATOR", fake.toString());
    }

    @Test
    void exportVerifyWithoutACompilerIsAToolFailureWithTheInstallHintAndWritesNothing() throws Exception {
        Path out = tmp.resolve("emu");
        Run r = cliIn(tmp, Map.of("APPROXMAC_CC", tmp.resolve("no-such-gcc").toString()), 0,
                "export", "fixed:n=8", "--verify", "--out", out.toString());
        assertToolFailure(r, "gcc not found", "apt-get install gcc");
        assertFalse(Files.exists(out.resolve("fixed_n8_twos.c")), "nothing written");
    }

    private Path script(String name, String body) throws IOException {
        return ShellScripts.write(Files.createDirectories(tmp.resolve("bin-" + System.nanoTime())), name, body);
    }

    private Path pidFile() {
        return tmp.resolve("child.pid");
    }

    private Run cli(Map<String, String> env, String... args) throws Exception {
        return cliIn(tmp, env, LIMIT, args);
    }

    /** As {@link #cli} for a synth run: real tools come before the faulty one, so the limit is larger. */
    private Run synth(Map<String, String> env) throws Exception {
        return cliIn(tmp, env, COST_LIMIT, "synth", "fixed:n=8");
    }

    /** Runs the CLI as a process in {@code dir}; {@code limit} > 0: adds --timeout limit and a fresh --cache. */
    private Run cliIn(Path dir, Map<String, String> env, int limit, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        if (limit > 0) {
            cmd.addAll(List.of("--timeout", Integer.toString(limit), "--cache",
                    tmp.resolve("cache-" + System.nanoTime()).toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("FAKE_PID", pidFile().toString());
        pb.environment().remove(CacheRoot.ENVIRONMENT);
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("stdout.txt").toFile());
        pb.redirectError(tmp.resolve("stderr.txt").toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(limit + SLACK_SECONDS + 60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("the run did not end: " + String.join(" ", cmd));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        return new Run(p.exitValue(), Files.readString(tmp.resolve("stderr.txt")), seconds, limit);
    }

    private static String firstLine(Run r) {
        return r.err().lines().filter(l -> l.startsWith("approxmac: ")).findFirst().orElse("");
    }

    private static void assertToolFailure(Run r, String... fragments) {
        assertEquals(Main.EXIT_TOOL_FAILED, r.status(), r.err());
        assertTrue(r.seconds() <= r.limit() + SLACK_SECONDS, "ended after " + r.seconds() + " s: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("approxmac: ")), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "the message quotes '" + f + "': " + r.err());
        }
    }

    /** The child the fake tool started is gone (or a zombie nobody reaps: killed all the same). */
    private void assertChildGone() throws IOException {
        long pid = Long.parseLong(Files.readString(pidFile()).strip());
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        boolean running = Files.exists(stat) && !Files.readString(stat).replaceFirst(".*\\) ", "").startsWith("Z");
        assertFalse(running, "the fake tool's child " + pid + " survived the run");
    }
}
