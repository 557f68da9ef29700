package org.approxmac.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on standard error, only when a person is watching: shown if the process has a
 * console (never in pipes, CI logs or --json runs) and the total is known. Redraws twice a second
 * from a daemon thread; {@link #close()} erases it.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;

    private final AtomicLong done = new AtomicLong();
    private final long total;
    private final String unit;
    private final Thread painter;
    private final PrintStream err = System.err;

    private ProgressBar(long total, String unit, boolean visible) {
        this.total = total;
        this.unit = unit;
        this.painter = visible ? new Thread(this::paintLoop, "progress") : null;
        if (painter != null) {
            painter.setDaemon(true);
            painter.start();
        }
    }

    /** A bar for {@code total} units; invisible when total is 0 or there is no console. */
    static ProgressBar start(long total, String unit) {
        return new ProgressBar(total, unit, total > 0 && System.console() != null);
    }

    void advanced(long n) {
        done.addAndGet(n);
    }

    private void paintLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                long d = done.get();
                int filled = (int) Math.min(WIDTH, WIDTH * d / total);
                err.printf(Locale.ROOT, "\r[%s%s] %3d%% %,d / %,d %s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                        100 * d / total, d, total, unit);
                err.flush();
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
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
