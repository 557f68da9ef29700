package org.approxmac.toolchain;

/**
 * The machine cannot do what approxmac needs, through no fault of the command line: a default cache
 * folder that cannot be created or written, a disk that fills up while writing. The message is one
 * line naming the file or folder and the problem, meant for the user as is (the CLI exits with
 * status 3, as for a failed tool).
 */
public final class EnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }

    public EnvironmentException(String message) {
        super(message);
    }
}
