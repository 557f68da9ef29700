package org.approxmac.spec;

/**
 * A design spec or parameter that cannot be accepted. The message is a single line that names the
 * offending key and the accepted range, suitable for printing as is (the CLI exits with status 2).
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }
}
