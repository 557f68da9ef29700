package org.approxmac.golden;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The clocked MAC register (UNITS.md): on each rising edge, if rst then acc &lt;- 0; else if en then
 * acc &lt;- (clr ? 0 : acc) + product(a, b). Starts at 0.
 */
public final class MacState {
    private final Mac mac;
    private BigInteger acc = BigInteger.ZERO;

    public MacState(Mac mac) {
        this.mac = Objects.requireNonNull(mac);
    }

    /** One rising clock edge. */
    public void clock(boolean rst, boolean en, boolean clr, long a, long b) {
        if (rst) {
            acc = BigInteger.ZERO;
        } else if (en) {
            acc = mac.accumulate(clr ? BigInteger.ZERO : acc, a, b);
        }
    }

    /** The register's current pattern (A bits, zero-extended). */
    public BigInteger accumulator() {
        return acc;
    }

    public Mac mac() {
        return mac;
    }
}
