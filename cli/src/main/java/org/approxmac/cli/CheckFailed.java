package org.approxmac.cli;

/** A check found a problem (e.g. a co-simulation mismatch): printed as one line, exit status 1. */
public final class CheckFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckFailed(String message) {
        super(message);
    }
}
