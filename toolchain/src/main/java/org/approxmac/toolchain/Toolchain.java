package org.approxmac.toolchain;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * All knowledge of external tools in one place: finding them (PATH, or an APPROXMAC_&lt;TOOL&gt;
 * override), their versions, and running them with a timeout while draining both output pipes (so a
 * chatty tool can never block on a full pipe). Every command and report uses this class.
 */
public final class Toolchain {

    private static final Toolchain SYSTEM = new Toolchain(System.getenv());

    private final Map<String, String> env;
    private final Map<Tool, Optional<Path>> found = new ConcurrentHashMap<>();
    private final Map<Tool, String> versions = new ConcurrentHashMap<>();

    Toolchain(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * A toolchain that looks tools up in the given environment (PATH, APPROXMAC_&lt;TOOL&gt;) instead of
     * this process's; for tests, e.g. a PATH without Verilator.
     */
    public static Toolchain withEnvironment(Map<String, String> env) {
        return new Toolchain(env);
    }

    /** The toolchain of this process's environment. */
    public static Toolchain system() {
        return SYSTEM;
    }

    /** The tool's executable, if installed. */
    public Optional<Path> find(Tool tool) {
        return found.computeIfAbsent(tool, this::locate);
    }

    /** The tool's executable, or a {@link ToolException} with an install hint. */
    public Path require(Tool tool) {
        return find(tool).orElseThrow(() -> new ToolException(tool,
                tool.command() + " not found on PATH: " + tool.installHint()));
    }

    /** The tool's first version line, e.g. {@code Yosys 0.23 (git sha1 7ce5011c24b)}. */
    public String version(Tool tool) {
        return versions.computeIfAbsent(tool, t -> {
            List<String> cmd = new ArrayList<>(t.versionArgs());
            ToolResult r = run(t, cmd, null, Duration.ofSeconds(30));
            String out = (r.stdout() + "\n" + r.stderr()).strip();
            return out.isEmpty() ? "unknown" : out.lines().findFirst().orElse("unknown").strip();
        });
    }

    /**
     * Runs the tool with arguments in a working directory (null: the current one). Never throws for a
     * non-zero exit (see {@link ToolResult#requireOk}); throws {@link ToolException} if the tool is
     * missing, cannot start, or exceeds the timeout (the process tree is then killed).
     */
    public ToolResult run(Tool tool, List<String> args, Path workDir, Duration timeout) {
        return run(tool, args, workDir, timeout, null);
    }

    /** As {@link #run(Tool, List, Path, Duration)}, feeding {@code stdin} to the tool's standard input. */
    public ToolResult run(Tool tool, List<String> args, Path workDir, Duration timeout, String stdin) {
        Path exe = require(tool);
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(args);
        return runCommand(tool, cmd, workDir, timeout, stdin);
    }

    /**
     * Runs a program built for a tool (e.g. a Verilator model binary) with the same pipe handling and
     * timeout; failures are attributed to {@code tool}.
     */
    public ToolResult runProgram(Tool tool, List<String> cmd, Path workDir, Duration timeout, String stdin) {
        return runCommand(tool, cmd, workDir, timeout, stdin);
    }

    /**
     * Starts a program built for a tool (e.g. a Verilator model binary) for streaming: the caller
     * writes its standard input and reads its standard output while standard error is drained in the
     * background. When the caller waits longer than {@code idleTimeout} for output, the program is
     * killed (see {@link StreamingProcess}). Failures to start are attributed to {@code tool}.
     */
    public StreamingProcess start(Tool tool, List<String> cmd, Path workDir, Duration idleTimeout) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        try {
            return new StreamingProcess(tool, cmd, pb.start(), idleTimeout);
        } catch (IOException e) {
            throw new ToolException(tool, "cannot start " + String.join(" ", cmd) + ": " + e.getMessage());
        }
    }

    private ToolResult runCommand(Tool tool, List<String> cmd, Path workDir, Duration timeout, String stdin) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ToolException(tool, "cannot start " + String.join(" ", cmd) + ": " + e.getMessage()
                    + "; " + tool.installHint());
        }
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try {
            if (stdin != null) {
                CompletableFuture.runAsync(() -> {
                    try (var in = p.getOutputStream()) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException ignored) {
                        // the process closed its input early; its exit status tells the story
                    }
                });
            } else {
                p.getOutputStream().close();
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new ToolException(tool, tool.command() + " timed out after " + timeout.toSeconds()
                        + " s: " + String.join(" ", cmd) + tailOf(out, err));
            }
            return new ToolResult(tool, List.copyOf(cmd), p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolException(tool, tool.command() + " interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tailOf(CompletableFuture<String> out, CompletableFuture<String> err) {
        String s = (out.getNow("") + err.getNow("")).strip();
        if (s.isEmpty()) {
            return "";
        }
        String[] lines = s.split("\n");
        return "\n" + String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 20),
                lines.length));
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    private Optional<Path> locate(Tool tool) {
        String override = env.get("APPROXMAC_" + tool.name());
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, tool.command());
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
