package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep --plan} and {@code --merge} with a real job engine: a 25-design sweep planned, its jobs
 * run by GNU parallel on two worker slots (as two hosts would), one job killed half-way first, the plan
 * run again, merged, and the table compared byte for byte with the same sweep run in one process on
 * its own cache. And the refusals: a plan beside files approxmac did not write, a merge of results
 * measured with other tools.
 */
class SweepPlanTest {
    @TempDir
    Path dir;

    /** 25 small bare multipliers: 15 fixed architectures and adders, 4 Mitch-w, 3 mitchwu, 2 DRUM, Mitchell. */
    private static final List<String> SWEEP = List.of("sweep", "--kinds", "fixed,mitchw,mitchwu,drum,mitchell",
            "--n", "4", "--arch", "star,dadda,wallace", "--adder", "plus,ripple,bk,ks,sklansky", "--w", "1..4",
            "--k", "3,4", "--samples", "2000");

    private static List<String> with(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    /** An {@code approxmac} command on a PATH folder: this test's classes, as a user's install would be. */
    private Path approxmacOnPath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("approxmac");
        Files.writeString(script, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' org.approxmac.cli.Main \"$@\"\n");
        assertTrue(script.toFile().setExecutable(true));
        return bin;
    }

    /** Whether a process is one of the cost flow's external tools (the job is then half-way). */
    private static boolean isCostFlowTool(ProcessHandle p) {
        String command = p.info().command().orElse("");
        String name = command.substring(command.lastIndexOf('/') + 1);
        return name.equals("yosys") || name.equals("sta") || name.equals("iverilog") || name.equals("vvp");
    }

    private Process start(Path bin, String... command) throws IOException {
        return startLogged(bin, "engine.log", command);
    }

    private Process startLogged(Path bin, String log, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        return pb.start();
    }

    private int run(Path bin, String... command) throws Exception {
        Process p = start(bin, command);
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the engine finished");
        return p.exitValue();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    @Test
    void aPlanRunByGnuParallelMergesToTheSingleProcessTable() throws Exception {
        assumeTrue(ToolGate.enabled(Tool.YOSYS, Tool.OPENSTA, Tool.IVERILOG, Tool.VVP), "tool tests skipped on request");
        assertTrue(onPath("parallel"), "GNU parallel is missing: install it with bash scripts/install-deps.sh (Debian"
                + " package parallel)");
        Path bin = approxmacOnPath();
        String shared = dir.resolve("shared").toString();
        var planned = CliRunner.run(with(SWEEP, "--cache", shared, "--plan", dir.resolve("plan").toString())
                .toArray(String[]::new));
        assertEquals(0, planned.status(), planned.err());
        List<String> jobs = Files.readAllLines(dir.resolve("plan/jobs.txt"));
        assertEquals(25, jobs.size());
        assertTrue(planned.out().contains("--merge"), planned.out());

        // one job killed half-way, once its synthesis has started (not after a fixed time, which a fast
        // machine outruns): it leaves nothing a merge would take for a result
        Process killed = start(bin, "sh", "-c", jobs.get(0));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (killed.isAlive() && killed.descendants().noneMatch(SweepPlanTest::isCostFlowTool)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(killed.isAlive(), "the job ended before its synthesis could be interrupted");
        killed.descendants().forEach(ProcessHandle::destroyForcibly);
        killed.destroyForcibly().waitFor();
        var early = CliRunner.run(with(SWEEP, "--cache", shared, "--merge").toArray(String[]::new));
        assertEquals(1, early.status(), early.err());
        assertTrue(early.err().contains("25 of 25 designs have no result in the cache"), early.err());
        assertTrue(early.err().contains("approxmac: missing fixed:n=4,sign=twos,arch=star,adder=ripple: no result in"
                + " the cache"), early.err());

        // the same job on two "machines" at once: both succeed
        Process first = startLogged(bin, "first.log", "sh", "-c", jobs.get(1));
        Process second = startLogged(bin, "second.log", "sh", "-c", jobs.get(1));
        assertTrue(first.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));

        // the plan on two worker slots, twice: the second run finds everything in the cache
        assertEquals(0, run(bin, "sh", "plan/run-parallel.sh", "--jobs", "2"), Files.readString(dir.resolve("engine.log")));
        assertEquals(0, run(bin, "sh", "plan/run-parallel.sh", "--jobs", "2"), Files.readString(dir.resolve("engine.log")));
        assertTrue(Files.readString(dir.resolve("engine.log")).contains("cached"));

        var merged = CliRunner.run(with(SWEEP, "--cache", shared, "--merge", "--csv",
                dir.resolve("merged.csv").toString()).toArray(String[]::new));
        assertEquals(0, merged.status(), merged.err());
        var single = CliRunner.run(with(SWEEP, "--cache", dir.resolve("single").toString(), "--jobs", "2", "--csv",
                dir.resolve("single.csv").toString()).toArray(String[]::new));
        assertEquals(0, single.status(), single.err());
        assertEquals(single.out(), merged.out());
        assertEquals(Files.readString(dir.resolve("single.csv")), Files.readString(dir.resolve("merged.csv")));
        assertFalse(merged.out().contains("(cost failed)"));

        // a cache whose only result of a design came from another Yosys: the merge refuses, naming it
        Path entry;
        try (Stream<Path> entries = Files.list(dir.resolve("single/cost"))) {
            entry = entries.filter(e -> Files.isRegularFile(e.resolve("result.json"))).findFirst().orElseThrow();
        }
        String result = Files.readString(entry.resolve("result.json"));
        Path foreign = Files.createDirectories(dir.resolve("foreign/cost/" + "ab".repeat(32)));
        Files.writeString(foreign.resolve("result.json"), result.replaceFirst("\"Yosys [^\"]*\"", "\"Yosys 0.9\""));
        String spec = result.replaceAll("(?s).*\"spec\" : \"([^\"]*)\".*", "$1");
        var refused = CliRunner.run("sweep", "--kinds", spec.substring(0, spec.indexOf(':')), "--n", "4", "--w", "1..4",
                "--k", "3,4", "--arch", "star,dadda,wallace", "--adder", "plus,ripple,bk,ks,sklansky", "--samples",
                "100", "--cache", dir.resolve("foreign").toString(), "--merge");
        assertEquals(2, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains(spec + ": the cache holds it only measured with yosys 'Yosys 0.9', here"),
                refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
    }

    @Test
    void aPlanIsDeterministicAndRefusesFilesItDidNotWrite() throws Exception {
        String cache = dir.resolve("shared cache").toString();
        List<String> sweep = List.of("sweep", "--kinds", "mitchw", "--n", "8", "--w", "4,6", "--mac", "--cache",
                cache, "--timeout", "600", "--plan", dir.resolve("p").toString());
        var r = CliRunner.run(sweep.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        String quoted = "'" + cache + "'";
        assertEquals(List.of("approxmac synth mitchw:n=8,w=4,sign=c1,mac,acc=24 --cache " + quoted + " --timeout 600"
                + " --jobs 1", "approxmac synth mitchw:n=8,w=6,sign=c1,mac,acc=24 --cache " + quoted + " --timeout 600"
                + " --jobs 1"), Files.readAllLines(dir.resolve("p/jobs.txt")));
        String slurm = Files.readString(dir.resolve("p/slurm-array.sh"));
        assertTrue(slurm.contains("#SBATCH --array=1-2\n"), slurm);
        assertTrue(slurm.contains("approxmac sweep --kinds mitchw --n 8 --w 4,6 --mac --cache " + quoted + " --timeout"
                + " 600 --merge"), slurm);
        var booth = CliRunner.run("sweep", "--kinds", "fixed", "--n", "8", "--arch", "star", "--mac", "--yosys-booth",
                "--plan", dir.resolve("b").toString());
        assertEquals(0, booth.status(), booth.err());
        assertEquals(List.of("approxmac synth fixed:n=8,sign=twos,arch=star,mac,acc=24 --yosys-booth --jobs 1"),
                Files.readAllLines(dir.resolve("b/jobs.txt")), "each job synthesises as the sweep asked");
        byte[] before = Files.readAllBytes(dir.resolve("p/run-parallel.sh"));
        assertEquals(0, CliRunner.run(sweep.toArray(String[]::new)).status(), "an earlier plan is replaced");
        assertEquals(new String(before), Files.readString(dir.resolve("p/run-parallel.sh")));

        Path foreign = Files.createDirectories(dir.resolve("q")).resolve("jobs.txt");
        Files.writeString(foreign, "make all\n");
        var refused = CliRunner.run("sweep", "--kinds", "mitchw", "--n", "8", "--w", "4", "--plan",
                dir.resolve("q").toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("it was not generated by approxmac"), refused.err());
        assertEquals("make all\n", Files.readString(foreign));
        assertFalse(Files.exists(dir.resolve("q/run-parallel.sh")), "nothing written");
        var both = CliRunner.run("sweep", "--plan", dir.resolve("r").toString(), "--merge");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("--plan writes jobs for the syntheses: it cannot go with --merge"), both.err());
    }
}
