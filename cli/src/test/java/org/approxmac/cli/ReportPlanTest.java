package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --plan}, {@code --job} and {@code --merge}: one job per MAC of the report (the six and
 * --also's), each the same report with {@code --job SPEC}; a merge with nothing in the cache names every
 * missing verdict and cost and writes no file; the modes refuse each other and --clock. (The jobs
 * themselves are the report's own steps; SweepPlanTest runs a plan through GNU parallel.)
 */
class ReportPlanTest {
    @TempDir
    Path dir;

    @Test
    void aPlanHasOneReportJobPerMac() throws Exception {
        String cache = dir.resolve("cache").toString();
        var r = CliRunner.run("report", "--cache", cache, "--cosim-cycles", "1000", "--also", "drum:n=16,k=6",
                "--out", dir.resolve("out").toString(), "--plan", dir.resolve("plan").toString());
        assertEquals(0, r.status(), r.err());
        List<String> jobs = Files.readAllLines(dir.resolve("plan/jobs.txt"));
        assertEquals(7, jobs.size());
        String common = "approxmac report --cache " + cache + " --cosim-cycles 1000 --also drum:n=16,k=6 --out "
                + dir.resolve("out") + " --job ";
        assertEquals(common + "bf16:subnormals=ieee,mac", jobs.get(0));
        assertEquals(common + "drum:n=16,k=6,sign=c1,mac,acc=40", jobs.get(6));
        assertTrue(r.out().contains("approxmac report --cache " + cache + " --cosim-cycles 1000 --also drum:n=16,k=6"
                + " --out " + dir.resolve("out") + " --merge"), r.out());
        assertFalse(Files.exists(dir.resolve("out")), "a plan writes no report");
    }

    @Test
    void aMergeOfAnEmptyCacheNamesWhatIsMissingAndWritesNothing() throws Exception {
        assumeTrue(ToolGate.enabled(Tool.YOSYS, Tool.OPENSTA, Tool.IVERILOG, Tool.VVP, Tool.VERILATOR),
                "tool tests skipped on request");
        var r = CliRunner.run("report", "--cache", dir.resolve("cache").toString(), "--error-samples", "1000",
                "--out", dir.resolve("out").toString(), "--merge");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("approxmac: missing mitchw:n=16,w=6,sign=c1,mac,acc=40: no co-simulation verdict in"
                + " the cache"), r.err());
        assertTrue(r.err().contains("approxmac: missing fp32:fused=true,subnormals=ieee,mac: no result in the cache"),
                r.err());
        assertTrue(r.err().contains("12 results of 6 designs are not in the cache"), r.err());
        assertFalse(Files.exists(dir.resolve("out/table4.md")), "nothing written");
    }

    @Test
    void theModesRefuseEachOtherAndAnUnknownJob() {
        var both = CliRunner.run("report", "--plan", dir.resolve("p").toString(), "--merge");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("--plan and --merge exclude each other"), both.err());
        var clock = CliRunner.run("report", "--merge", "--clock", "20");
        assertEquals(2, clock.status());
        assertTrue(clock.err().contains("--merge with --clock is not available yet"), clock.err());
        var job = CliRunner.run("report", "--job", "drum:n=16,k=6", "--cache", dir.resolve("c").toString());
        assertEquals(2, job.status());
        assertTrue(job.err().startsWith("approxmac: --job drum:n=16,k=6 is not one of the report's MACs (accepted:"
                + " bf16:subnormals=ieee,mac, "), job.err());
        assertFalse(Files.exists(dir.resolve("p")));
    }
}
