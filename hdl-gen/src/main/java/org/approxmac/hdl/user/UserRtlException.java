package org.approxmac.hdl.user;

/**
 * A user's RTL cannot be used as given: a file or include that is missing or unreadable, a file list
 * with an unsupported entry, a top module that is not there, a {@code -G} override of an unknown
 * parameter, or ports that do not follow the spec's convention. The message is one line naming the
 * user's file; it is bad input (exit 2 on the command line), never a tool failure.
 */
public final class UserRtlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UserRtlException(String message) {
        super(message);
    }
}
