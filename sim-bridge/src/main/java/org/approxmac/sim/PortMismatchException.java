package org.approxmac.sim;

/**
 * The design's ports do not follow the convention for its spec (a port is missing or has the wrong
 * width). The message names every offending port with the expected and the actual width; it is bad
 * input, not a simulation failure.
 */
public final class PortMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PortMismatchException(String message) {
        super(message);
    }
}
