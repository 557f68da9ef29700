package org.approxmac.toolchain;

import java.util.List;

/**
 * The outcome of one finished tool run.
 *
 * @param tool     the tool
 * @param command  the full command line
 * @param exitCode the process exit status
 * @param stdout   everything the tool wrote to standard output
 * @param stderr   everything the tool wrote to standard error
 */
public record ToolResult(Tool tool, List<String> command, int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }

    /**
     * The tool's error lines (wherever they are) and the last {@code lines} lines of stderr and
     * stdout, for error messages ({@link ToolOutput#excerpt}).
     */
    public String tail(int lines) {
        return ToolOutput.excerpt(stderr, stdout, lines);
    }

    /**
     * Throws a {@link ToolException} naming the tool and quoting its output unless the run succeeded:
     * the first line ends with the tool's first error line, the excerpt follows.
     */
    public ToolResult requireOk(String what) {
        if (!ok()) {
            String first = ToolOutput.firstErrorLine(stderr, stdout);
            String excerpt = tail(40);
            throw new ToolException(tool, tool.command() + " failed (" + describeExit(exitCode) + ") while " + what
                    + (first.isEmpty() ? "" : ": " + first) + (excerpt.isEmpty() ? " (it printed nothing)"
                    : ":\n" + excerpt));
        }
        return this;
    }

    /** An exit status in words: a status above 128 is the shell's way of saying a signal killed it. */
    static String describeExit(int code) {
        return code > 128 ? "killed by signal " + (code - 128) + ", exit " + code : "exit " + code;
    }
}
