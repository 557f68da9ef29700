package org.approxmac.toolchain;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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

    /** The version probe's time limit when the caller names none. */
    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(30);
    /** How long the pipes of a tool that exited may stay open before what holds them is killed. */
    private static final long LEFTOVER_GRACE_MILLIS = 500;

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

    /** The tool's first version line, e.g. {@code Yosys 0.23 (git sha1 7ce5011c24b)}; the probe may take 30 s. */
    public String version(Tool tool) {
        return version(tool, DEFAULT_PROBE_TIMEOUT);
    }

    /**
     * The tool's first version line; a probe that does not finish within {@code timeout} is killed and
     * is a {@link ToolException}, as is one that fails or prints nothing.
     */
    public String version(Tool tool, Duration timeout) {
        String known = versions.get(tool);
        if (known != null) {
            return known;
        }
        ToolResult r = run(tool, new ArrayList<>(tool.versionArgs()), null, timeout);
        String out = (r.stdout() + "\n" + r.stderr()).strip();
        if (!r.ok() || out.isEmpty()) {
            throw new ToolException(tool, tool.command() + " " + String.join(" ", tool.versionArgs())
                    + (r.ok() ? " printed no version" : " failed (exit " + r.exitCode() + ")")
                    + " (" + require(tool) + "); " + tool.installHint()
                    + (out.isEmpty() ? "" : ":\n" + ToolOutput.excerpt(r.stderr(), r.stdout(), 10)));
        }
        String line = out.lines().findFirst().orElseThrow().strip();
        versions.putIfAbsent(tool, line);
        return line;
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
        requireStartable(tool, cmd);
        try {
            return new StreamingProcess(tool, cmd, ProcessTree.start(cmd, workDir), idleTimeout);
        } catch (IOException e) {
            throw new ToolException(tool, "cannot start " + String.join(" ", cmd) + ": " + e.getMessage());
        }
    }

    /** A program named by a path must exist and be executable (setsid would only report it as exit 127). */
    private static void requireStartable(Tool tool, List<String> cmd) {
        String program = cmd.get(0);
        if (program.contains(File.separator) && !Files.isExecutable(Path.of(program))) {
            throw new ToolException(tool, "cannot start " + String.join(" ", cmd) + ": " + program
                    + (Files.exists(Path.of(program)) ? " is not executable" : " does not exist"));
        }
    }

    /**
     * Runs the command in a session of its own and waits at most {@code timeout} for it to exit. On
     * the limit, or once it exited, every process left in its session is killed: a child that keeps
     * the output pipes open (or keeps running) can neither hang the run nor outlive it.
     */
    private ToolResult runCommand(Tool tool, List<String> cmd, Path workDir, Duration timeout, String stdin) {
        requireStartable(tool, cmd);
        Process p;
        try {
            p = ProcessTree.start(cmd, workDir);
        } catch (IOException e) {
            throw new ToolException(tool, "cannot start " + String.join(" ", cmd) + ": " + e.getMessage()
                    + "; " + tool.installHint());
        }
        CompletableFuture<String> out = drain(p.getInputStream(), tool);
        CompletableFuture<String> err = drain(p.getErrorStream(), tool);
        try {
            if (stdin != null) {
                Thread feeder = new Thread(() -> {
                    try (var in = p.getOutputStream()) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException ignored) {
                        // the process closed its input early; its exit status tells the story
                    }
                }, "stdin-" + tool.command());
                feeder.setDaemon(true);
                feeder.start();
            } else {
                p.getOutputStream().close();
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.release(p);
                p.waitFor(5, TimeUnit.SECONDS);
                String so = settle(out);
                String se = settle(err);
                throw new ToolException(tool, tool.command() + " did not finish within the time limit of "
                        + seconds(timeout) + " and was killed with every process it started: "
                        + String.join(" ", cmd) + quote(se, so));
            }
            // the tool exited: give its pipes a moment, then kill whatever it left behind holding them
            try {
                CompletableFuture.allOf(out, err).get(LEFTOVER_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // reported through the outputs as they are
            }
            ProcessTree.release(p);
            return new ToolResult(tool, List.copyOf(cmd), p.exitValue(), settle(out), settle(err));
        } catch (InterruptedException e) {
            ProcessTree.release(p);
            Thread.currentThread().interrupt();
            throw new ToolException(tool, tool.command() + " interrupted");
        } catch (IOException e) {
            ProcessTree.release(p);
            throw new ToolException(tool, "cannot write to " + tool.command() + ": " + e.getMessage());
        }
    }

    /** A drained output after the processes holding it were killed (what arrived, at most 2 s later). */
    private static String settle(CompletableFuture<String> drained) {
        try {
            return drained.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return "";
        }
    }

    private static String quote(String stderr, String stdout) {
        String s = ToolOutput.excerpt(stderr, stdout, 20);
        return s.isEmpty() ? " (it printed nothing)" : ":\n" + s;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /** Reads a pipe to its end on a thread of its own (a shared pool could starve with many tools running). */
    private static CompletableFuture<String> drain(InputStream in, Tool tool) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                result.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.complete("");
            }
        }, "drain-" + tool.command());
        t.setDaemon(true);
        t.start();
        return result;
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
