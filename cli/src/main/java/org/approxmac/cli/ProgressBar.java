package org.approxmac.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, only when a person is watching: shown if the process has a
 * console (never in pipes, CI logs or --json runs) and the total is known. Redraws twice a second
 * from a daemon thread with the elapsed time and an estimate of the time left (from the rate so
 * far); {@link #close()} erases it. Every long-running command draws its progress with this class.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final int LINE = WIDTH + 90;

    private final AtomicLong done = new AtomicLong();
    private final long total;
    private final String unit;
    private final Thread painter;
    private final PrintStream err = System.err;
    private final LongSupplier clock;
    private final long startNanos;
    private volatile String activity = "";

    ProgressBar(long total, String unit, boolean visible, LongSupplier clock) {
        this.total = total;
        this.unit = unit;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.painter = visible ? new Thread(this::paintLoop, "progress") : null;
        if (painter != null) {
            painter.setDaemon(true);
            painter.start();
        }
    }

    /** A bar for {@code total} units; invisible when total is 0 or there is no console. */
    static ProgressBar start(long total, String unit) {
        return new ProgressBar(total, unit, total > 0 && System.console() != null, System::nanoTime);
    }

    void advanced(long n) {
        done.addAndGet(n);
    }

    /** Names what is being done now (shown after the counts). */
    void activity(String text) {
        activity = text;
    }

    /** Prints a log line to {@code out} without leaving a half-drawn bar in front of it. */
    void println(PrintWriter out, String line) {
        synchronized (this) {
            if (painter != null) {
                err.print("\r" + " ".repeat(LINE) + "\r");
                err.flush();
            }
            out.println(line);
            out.flush();
        }
    }

    /**
     * A consumer of the cost flow's progress lines ({@code DESIGN: measuring|cached|done|FAILED}):
     * logs each through {@code out} with {@code prefix} and advances one unit per finished design.
     */
    Consumer<String> costFlowLines(PrintWriter out, String prefix) {
        return line -> {
            if (line.endsWith(": cached") || line.endsWith(": done") || line.endsWith(": FAILED")) {
                advanced(1);
            } else {
                activity(prefix + line);
            }
            println(out, prefix + line);
        };
    }

    /** The bar's text at this moment, e.g. {@code [####      ]  40% 4 / 10 designs, 0:12 elapsed, ETA 0:18}. */
    String text() {
        long d = Math.min(done.get(), total);
        int filled = (int) Math.min(WIDTH, WIDTH * d / total);
        double elapsed = (clock.getAsLong() - startNanos) / 1e9;
        String eta = d == 0 ? "ETA --:--" : "ETA " + clock(elapsed * (total - d) / d);
        String line = String.format(Locale.ROOT, "[%s%s] %3d%% %,d / %,d %s, %s elapsed, %s%s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), 100 * d / total, d, total, unit, clock(elapsed), eta,
                activity.isEmpty() ? "" : "  " + activity);
        return line.length() > LINE ? line.substring(0, LINE) : line;
    }

    /** Seconds as m:ss, or h:mm:ss from an hour on. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private void paintLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                synchronized (this) {
                    err.print("\r" + text());
                    err.flush();
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        if (painter != null) {
            painter.interrupt();
            try {
                painter.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.print("\r" + " ".repeat(LINE) + "\r");
            err.flush();
        }
    }
}
