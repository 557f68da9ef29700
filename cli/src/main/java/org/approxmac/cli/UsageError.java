package org.approxmac.cli;

/** Bad command-line input detected by a command: printed as one line, exit status 2. */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
