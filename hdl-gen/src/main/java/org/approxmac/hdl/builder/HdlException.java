package org.approxmac.hdl.builder;

/**
 * A hardware description that cannot be built: a width mismatch, an undriven or doubly driven
 * signal, an illegal name, bits that are never read. The message names the offending signal or
 * expression and is raised while the module is being built, never at render time.
 */
public final class HdlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public HdlException(String message) {
        super(message);
    }
}
