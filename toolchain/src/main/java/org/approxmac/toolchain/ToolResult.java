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

    /** The last {@code lines} lines of stderr and stdout, for error messages. */
    public String tail(int lines) {
        String both = (stderr.isBlank() ? "" : stderr.strip() + "\n") + stdout.strip();
        String[] all = both.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
    }

    /** Throws a {@link ToolException} naming the tool and quoting its output unless the run succeeded. */
    public ToolResult requireOk(String what) {
        if (!ok()) {
            throw new ToolException(tool, tool.command() + " failed (exit " + exitCode + ") while " + what
                    + ":\n" + tail(40));
        }
        return this;
    }
}
