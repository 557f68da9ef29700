package org.approxmac.toolchain;

/**
 * An external tool is missing, failed, or timed out. The message is meant for the user as is: it
 * names the tool, includes the tool's own output where there is one, and says how to install it
 * where that helps.
 */
public final class ToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Tool tool;

    public ToolException(Tool tool, String message) {
        super(message);
        this.tool = tool;
    }

    public Tool tool() {
        return tool;
    }
}
