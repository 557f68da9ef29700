package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/install-deps.sh --check on a machine where dpkg knows none of the packages: a tool counts as
 * present when its command is on PATH or its APPROXMAC_&lt;TOOL&gt; variable names it (an OSS CAD Suite
 * install, say), so the launcher does not apt-get Debian's copy over it.
 */
class InstallDepsScriptTest {

    private static final Path SCRIPT = RepositoryReferences.ROOT.resolve("scripts/install-deps.sh");

    /** Packages whose presence the script can tell from a command alone. */
    private static final List<String> TOOL_PACKAGES = List.of("openjdk-17-jdk-headless", "maven", "verilator", "g++",
            "gcc", "make", "yosys", "opensta", "iverilog", "chromium", "parallel");

    @TempDir
    Path tmp;

    record Check(int status, String out) {
    }

    @Test
    void withoutDpkgEveryToolIsMissingUntilItsCommandIsThere() throws Exception {
        Path bin = basics();
        Check none = check(bin, Map.of());
        assertEquals(1, none.status(), none.out());
        for (String p : TOOL_PACKAGES) {
            assertTrue(none.out().matches("(?s)missing:.* " + java.util.regex.Pattern.quote(p) + "( .*|\\s*)"),
                    p + " is missing: " + none.out());
        }

        ShellScripts.write(bin, "parallel", "echo 'parallel from moreutils'");
        assertTrue(check(bin, Map.of()).out().contains(" parallel"), "the tests need GNU parallel");
        for (String command : List.of("mvn", "verilator", "g++", "gcc", "make", "yosys", "sta", "iverilog", "vvp",
                "chromium")) {
            ShellScripts.write(bin, command, "exit 0");
        }
        ShellScripts.write(bin, "parallel", "echo 'GNU parallel 20221122'");
        ShellScripts.write(bin, "javac", "echo 'javac 17.0.9'");
        Check all = check(bin, Map.of());
        for (String p : TOOL_PACKAGES) {
            assertFalse(all.out().matches("(?s).* " + java.util.regex.Pattern.quote(p) + "( .*|\\s*)"),
                    p + " is there: " + all.out());
        }
    }

    @Test
    void anOldJdkAndAToolOffPathNamedByItsVariable() throws Exception {
        Path bin = basics();
        ShellScripts.write(bin, "javac", "echo 'javac 11.0.2'");
        Path elsewhere = Files.createDirectories(tmp.resolve("cad-suite"));
        Path yosys = ShellScripts.write(elsewhere, "yosys", "exit 0");
        Check c = check(bin, Map.of("APPROXMAC_YOSYS", yosys.toString(), "APPROXMAC_OPENSTA", "/nonexistent/sta"));
        assertEquals(1, c.status(), c.out());
        assertTrue(c.out().contains(" openjdk-17-jdk-headless"), "javac 11 is too old: " + c.out());
        assertFalse(c.out().contains(" yosys"), "APPROXMAC_YOSYS names it: " + c.out());
        assertTrue(c.out().contains(" opensta"), "APPROXMAC_OPENSTA names a missing binary: " + c.out());
        Path vvp = ShellScripts.write(elsewhere, "vvp", "exit 0");
        assertTrue(check(bin, Map.of("APPROXMAC_VVP", vvp.toString())).out().contains(" iverilog"),
                "vvp without iverilog is not Icarus");
    }

    /** A folder holding a dpkg-query that knows no package and the utilities the script uses. */
    private Path basics() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        ShellScripts.write(bin, "dpkg-query", "exit 1");
        for (String tool : List.of("grep", "sed")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.isExecutable(real) ? real : Path.of("/bin", tool));
        }
        return bin;
    }

    private Check check(Path bin, Map<String, String> variables) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "--check").redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        Map<String, String> keep = new HashMap<>();
        for (String k : List.of("HOME", "LANG")) {
            if (env.containsKey(k)) {
                keep.put(k, env.get(k));
            }
        }
        env.clear();
        env.putAll(keep);
        env.put("PATH", bin.toString());
        env.putAll(variables);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the check ended");
        return new Check(p.exitValue(), out);
    }
}
