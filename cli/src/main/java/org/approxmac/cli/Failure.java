package org.approxmac.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.approxmac.spec.SpecException;
import org.approxmac.toolchain.EnvironmentException;
import org.approxmac.toolchain.ToolException;

/**
 * The one place an exception becomes an exit status and a message on standard error, so that no
 * failure leaks as a stack trace or exits with the "check failed" status by accident:
 * <ul>
 * <li>2, bad input: {@link UsageError}, {@link SpecException}; one line.</li>
 * <li>1, a check failed: {@link CheckFailed}; one line.</li>
 * <li>3, a tool failed or the environment is unusable: {@link ToolException} (its first line is the
 *     summary; the tool's own lines may follow), {@link EnvironmentException}, and any I/O error no
 *     command anticipated (a full disk, a permission taken away while running); one line.</li>
 * <li>4, an internal error: anything else is a bug in approxmac. One line names the exception and the
 *     frame that threw it; with the environment variable APPROXMAC_DEBUG=1 the stack trace follows.</li>
 * </ul>
 */
final class Failure {
    /** The environment variable that adds the stack trace to an internal error. */
    static final String DEBUG = "APPROXMAC_DEBUG";

    private Failure() {
    }

    /** Prints the failure and returns its exit status. */
    static int report(Throwable thrown, PrintWriter err) {
        Throwable ex = unwrap(thrown);
        int status;
        String message;
        if (ex instanceof UsageError || ex instanceof SpecException) {
            status = Main.EXIT_BAD_INPUT;
            message = oneLine(ex.getMessage());
        } else if (ex instanceof CheckFailed) {
            status = Main.EXIT_CHECK_FAILED;
            message = oneLine(ex.getMessage());
        } else if (ex instanceof ToolException) {
            status = Main.EXIT_TOOL_FAILED;
            message = ex.getMessage().strip();
        } else if (ex instanceof EnvironmentException) {
            status = Main.EXIT_TOOL_FAILED;
            message = oneLine(ex.getMessage());
        } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            status = Main.EXIT_TOOL_FAILED;
            message = oneLine(ioMessage(ex instanceof UncheckedIOException u ? u : new UncheckedIOException(
                    (IOException) ex)));
        } else if (ex instanceof OutOfMemoryError) {
            status = Main.EXIT_TOOL_FAILED;
            message = "out of memory (give the JVM more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g)";
        } else {
            status = Main.EXIT_INTERNAL_ERROR;
            message = oneLine("internal error (a bug in approxmac; please report it with the command line): "
                    + ex + where(ex));
        }
        err.println("approxmac: " + message);
        if (status == Main.EXIT_INTERNAL_ERROR && "1".equals(System.getenv(DEBUG))) {
            ex.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /** The cause of wrappers that only carry it across threads. */
    static Throwable unwrap(Throwable t) {
        Throwable ex = t;
        while ((ex instanceof CompletionException || ex instanceof ExecutionException
                || ex.getClass() == RuntimeException.class) && ex.getCause() != null) {
            ex = ex.getCause();
        }
        return ex;
    }

    /** An I/O error's message, naming the file it concerns. */
    static String ioMessage(UncheckedIOException e) {
        IOException io = e.getCause();
        String own = e.getMessage();
        String detail;
        if (io instanceof NoSuchFileException nf) {
            detail = nf.getFile() + ": no such file or directory";
        } else if (io instanceof AccessDeniedException ad) {
            detail = ad.getFile() + ": permission denied";
        } else if (io instanceof FileSystemException fs && fs.getFile() != null) {
            detail = fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        } else {
            detail = io == null ? "" : String.valueOf(io.getMessage());
        }
        // the wrapper's own message names the operation unless it is just the cause's toString()
        boolean wrapperSaysMore = own != null && io != null && !own.equals(io.toString());
        return wrapperSaysMore ? (own.contains(detail) ? own : own + " (" + detail + ")") : "file system error: " + detail;
    }

    private static String where(Throwable ex) {
        StackTraceElement[] st = ex.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0];
    }

    /** The text on one line: line breaks and other control characters become visible. */
    static String oneLine(String text) {
        String s = text == null ? "(no message)" : text.strip();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append(" | ");
            } else if (c == '\r') {
                continue;
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("<U+%04X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
