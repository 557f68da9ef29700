package org.approxmac.toolchain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running program whose standard input and output the caller streams (e.g. a Verilator model fed
 * operand batches). Standard error is drained on a daemon thread into a bounded buffer, so the
 * program can never block on it. A watchdog kills the program when it produces no output for longer
 * than the idle timeout while the caller is waiting for some ({@link #stdout()} reads then end and
 * {@link #timedOut()} is true), so a hung program never hangs the caller. Start with
 * {@link Toolchain#start}.
 */
public final class StreamingProcess implements AutoCloseable {
    private static final int STDERR_LIMIT = 64 * 1024;

    private final Tool tool;
    private final List<String> command;
    private final Process process;
    private final WatchedInput stdout;
    private final StringBuilder stderr = new StringBuilder();
    private final Thread stderrDrain;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final Thread watchdog;

    StreamingProcess(Tool tool, List<String> command, Process process, Duration idleTimeout) {
        this.tool = tool;
        this.command = List.copyOf(command);
        this.process = process;
        this.stdout = new WatchedInput(process.getInputStream());
        this.stderrDrain = new Thread(this::drainStderr, "stderr-" + tool.command());
        stderrDrain.setDaemon(true);
        stderrDrain.start();
        this.watchdog = new Thread(() -> watch(idleTimeout.toMillis()), "watchdog-" + tool.command());
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The program's standard input (unbuffered: wrap it in a buffer and flush per message). */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** The program's standard output (unbuffered: wrap it in a buffer). */
    public InputStream stdout() {
        return stdout;
    }

    public Tool tool() {
        return tool;
    }

    public List<String> command() {
        return command;
    }

    /** Whether the watchdog killed the program for producing no output within the idle timeout. */
    public boolean timedOut() {
        return timedOut.get();
    }

    /** What the program wrote to standard error so far (at most the last 64 KiB). */
    public String stderrText() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /**
     * Waits for the program to exit (after the caller closed its input) and returns its exit status;
     * kills it and throws a {@link ToolException} if it does not exit within {@code timeout}.
     */
    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new ToolException(tool, String.join(" ", command) + " did not exit within "
                        + timeout.toSeconds() + " s");
            }
            stderrDrain.join(2000);
            return process.exitValue();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new ToolException(tool, tool.command() + " interrupted");
        }
    }

    /**
     * A {@link ToolException} describing why the program stopped talking: the idle timeout, or its
     * exit status and its own standard error.
     */
    public ToolException failure(String what) {
        String program = command.get(0);
        if (timedOut()) {
            return new ToolException(tool, program + " hung while " + what + " (no output for longer than"
                    + " the time limit); it was killed with every process it started" + tailOfStderr());
        }
        String status;
        try {
            status = process.waitFor(5, TimeUnit.SECONDS) ? describeExit(process.exitValue()) : "is still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "was interrupted";
        }
        kill();
        try {
            stderrDrain.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String first = ToolOutput.firstErrorLine(stderrText(), "");
        return new ToolException(tool, program + " stopped unexpectedly while " + what + ": it " + status
                + (first.isEmpty() ? "" : " (" + first + ")") + tailOfStderr());
    }

    private static String describeExit(int code) {
        if (code > 128) {
            return "was killed by signal " + (code - 128) + " (exit " + code + ")";
        }
        return "exited with status " + code;
    }

    /** The program's error lines and the end of its standard error, after a colon and a line break. */
    public String tailOfStderr() {
        String s = ToolOutput.excerpt(stderrText(), "", 40);
        return s.isEmpty() ? "" : ":\n" + s;
    }

    /** Kills the program and every process it started (its whole session, see {@link ProcessTree}). */
    public void kill() {
        ProcessTree.kill(process);
    }

    @Override
    public void close() {
        watchdog.interrupt();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ProcessTree.release(process); // whatever it left running goes with it
        }
    }

    private void drainStderr() {
        byte[] buf = new byte[8192];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (stderr) {
                    stderr.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_LIMIT) {
                        stderr.delete(0, stderr.length() - STDERR_LIMIT);
                    }
                }
            }
        } catch (IOException ignored) {
            // the process went away; what we have is all there is
        }
    }

    private void watch(long idleMillis) {
        long tick = Math.max(10, Math.min(1000, idleMillis / 4));
        try {
            while (process.isAlive()) {
                Thread.sleep(tick);
                // read once: a read that returns (even at end of stream) clears it between two reads
                long since = stdout.waitingSince();
                if (since > 0 && System.nanoTime() - since > TimeUnit.MILLISECONDS.toNanos(idleMillis)) {
                    timedOut.set(true);
                    kill();
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /**
     * Standard output that records when the reader started waiting in a read that has not returned
     * yet (0 when no read is blocked): while it is non-zero, no byte has arrived since then.
     */
    private static final class WatchedInput extends FilterInputStream {
        private final AtomicLong waitingSince = new AtomicLong();

        WatchedInput(InputStream in) {
            super(in);
        }

        long waitingSince() {
            return waitingSince.get();
        }

        @Override
        public int read() throws IOException {
            waitingSince.set(System.nanoTime());
            try {
                return super.read();
            } finally {
                waitingSince.set(0);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            waitingSince.set(System.nanoTime());
            try {
                return super.read(b, off, len);
            } finally {
                waitingSince.set(0);
            }
        }
    }
}
