package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.approxmac.spec.SpecException;
import org.approxmac.toolchain.EnvironmentException;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exception becomes its exit status and a message without a stack trace. */
class FailureTest {

    private record Printed(int status, String err) {
    }

    private static Printed report(Throwable t) {
        StringWriter err = new StringWriter();
        int status = Failure.report(t, new PrintWriter(err));
        return new Printed(status, err.toString());
    }

    @Test
    void eachKindOfFailureHasItsStatus() {
        assertEquals(2, report(new UsageError("bad")).status());
        assertEquals(2, report(new SpecException("bad spec")).status());
        assertEquals(1, report(new CheckFailed("mismatch")).status());
        assertEquals(3, report(new ToolException(Tool.YOSYS, "yosys failed")).status());
        assertEquals(3, report(new EnvironmentException("disk full")).status());
        assertEquals(3, report(new UncheckedIOException(new IOException("No space left on device"))).status());
        assertEquals(4, report(new IllegalStateException("a bug")).status());
    }

    @Test
    void anInternalErrorIsOneLineNamingTheExceptionAndWhereItWasThrown() {
        Printed p = report(new CompletionException(new ArrayIndexOutOfBoundsException("Index 3 out of bounds")));
        assertEquals(Main.EXIT_INTERNAL_ERROR, p.status());
        assertEquals(1, p.err().lines().count(), p.err());
        assertTrue(p.err().startsWith("approxmac: internal error (a bug in approxmac; please report it"), p.err());
        assertTrue(p.err().contains("ArrayIndexOutOfBoundsException: Index 3 out of bounds at "), p.err());
    }

    @Test
    void anUnforeseenFileErrorNamesTheFileAndIsTheEnvironmentsFault() {
        Printed p = report(new UncheckedIOException(new NoSuchFileException("/x/y/result.json")));
        assertEquals(Main.EXIT_TOOL_FAILED, p.status());
        assertEquals("approxmac: file system error: /x/y/result.json: no such file or directory\n",
                p.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void badInputWithALineBreakStaysOnOneLine() {
        Printed p = report(new UsageError("first\nsecond"));
        assertEquals("approxmac: first | second", p.err().strip());
    }
}
