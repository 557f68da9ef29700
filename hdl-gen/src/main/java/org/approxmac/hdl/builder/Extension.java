package org.approxmac.hdl.builder;

/** Width arithmetic shared by zero and sign extension. */
final class Extension {

    private Extension() {
    }

    /** Bits to add to reach {@code width}; rejects a narrower target (that would truncate). */
    static int extra(Expr e, int width) {
        if (width < e.width()) {
            throw new HdlException("cannot extend '" + e.verilog() + "' (" + e.width() + " bits) to "
                    + width + " bits: that would truncate; slice explicitly instead");
        }
        return width - e.width();
    }
}
