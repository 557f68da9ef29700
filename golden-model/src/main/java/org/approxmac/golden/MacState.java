package org.approxmac.golden;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The clocked MAC register (docs/units.md): on each rising edge, if rst then acc &lt;- 0; else if en then
 * acc &lt;- (clr ? 0 : acc) + product(a, b). Starts at 0. Accumulators of at most 64 bits are kept
 * in a {@code long} (the fast path co-simulation streams through), wider ones in a BigInteger.
 */
public final class MacState {
    private final Mac mac;
    private final boolean narrow;
    private long bits;
    private BigInteger acc = BigInteger.ZERO;

    public MacState(Mac mac) {
        this.mac = Objects.requireNonNull(mac);
        this.narrow = mac.spec().outputWidth() <= 64;
    }

    /** One rising clock edge. */
    public void clock(boolean rst, boolean en, boolean clr, long a, long b) {
        if (narrow) {
            if (rst) {
                bits = 0;
            } else if (en) {
                bits = mac.accumulate(clr ? 0 : bits, a, b);
            }
        } else if (rst) {
            acc = BigInteger.ZERO;
        } else if (en) {
            acc = mac.accumulate(clr ? BigInteger.ZERO : acc, a, b);
        }
    }

    /** One rising clock edge of a MAC of K lanes: the vector at {@code at} of the lane operands. */
    public void clock(boolean rst, boolean en, boolean clr, long[] a, long[] b, int at) {
        if (narrow) {
            if (rst) {
                bits = 0;
            } else if (en) {
                bits = mac.accumulate(clr ? 0 : bits, a, b, at);
            }
        } else if (rst) {
            acc = BigInteger.ZERO;
        } else if (en) {
            acc = mac.accumulate(clr ? BigInteger.ZERO : acc, a, b, at);
        }
    }

    /** The register's current pattern (A bits, zero-extended). */
    public BigInteger accumulator() {
        return narrow ? Bits.unsigned(bits) : acc;
    }

    /**
     * The register's current pattern when it has at most 64 bits.
     *
     * @throws UnsupportedOperationException for wider accumulators: use {@link #accumulator()}
     */
    public long accumulatorBits() {
        if (!narrow) {
            throw new UnsupportedOperationException(mac.spec() + ": accumulator is wider than 64 bits");
        }
        return bits;
    }

    public Mac mac() {
        return mac;
    }
}
