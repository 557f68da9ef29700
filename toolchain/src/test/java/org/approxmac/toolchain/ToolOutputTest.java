package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolOutputTest {

    private static String log(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("log line ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void anErrorLineOnStandardErrorSurvivesALongStandardOutput() {
        String err = "ERROR: Module `foo' is not part of the design.\n";
        String excerpt = ToolOutput.excerpt(err, log(500), 40);
        List<String> lines = excerpt.lines().toList();
        assertEquals("ERROR: Module `foo' is not part of the design.", lines.get(0));
        assertEquals("...", lines.get(1));
        assertEquals("log line 499", lines.get(lines.size() - 1));
        assertEquals(42, lines.size(), "the error line, the ellipsis and the 40-line tail");
    }

    @Test
    void earlyErrorLinesOfEveryToolAreKept() {
        for (String e : new String[] {"%Error: design.v:3: Settle region did not converge.", "Error: sta: no such cell",
            "design.v:4: syntax error", "cc1plus: fatal error: killed", "Segmentation fault (core dumped)"}) {
            String excerpt = ToolOutput.excerpt("", e + "\n" + log(100), 10);
            assertTrue(excerpt.startsWith(e + "\n...\n"), excerpt);
            assertEquals(e, ToolOutput.firstErrorLine("", e + "\n" + log(100)));
        }
    }

    @Test
    void anErrorLineAlreadyInTheTailIsNotRepeatedAndShortOutputIsWhole() {
        String excerpt = ToolOutput.excerpt("ERROR: late\n", "a\nb\n", 40);
        assertEquals("ERROR: late\na\nb", excerpt);
        assertEquals("", ToolOutput.excerpt("", " \n", 40));
        assertEquals("", ToolOutput.firstErrorLine("fine\n", "all good\n"));
    }
}
