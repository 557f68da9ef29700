package org.approxmac.sim;

import java.math.BigInteger;

/**
 * One wrong output: the vector (or MAC cycle), what the golden model expected and what the RTL gave.
 *
 * @param vectorClass the vector class label ({@code corners}, {@code random}, {@code exhaustive},
 *                    {@code pair}, {@code cycles})
 * @param index       the vector's index within its class (the cycle number for a MAC)
 * @param a           operand a (N-bit pattern)
 * @param b           operand b (N-bit pattern)
 * @param flags       MAC control bits of the cycle (bit 0 rst, bit 1 en, bit 2 clr), -1 for multipliers
 * @param expected    the golden model's output pattern
 * @param actual      the RTL's output pattern
 * @param problem     null when the RTL differs from the golden model; otherwise the analytic error
 *                    bound the RTL output violates (the golden model then agreed with the RTL or not)
 * @param hint        null, or a remark on what the output looks like instead (e.g. that a MAC's outputs
 *                    appear shifted by some cycles: a latency other than the spec's)
 */
public record Mismatch(String vectorClass, long index, long a, long b, int flags, BigInteger expected,
                       BigInteger actual, String problem, String hint) {

    /** A mismatch without a hint. */
    public Mismatch(String vectorClass, long index, long a, long b, int flags, BigInteger expected, BigInteger actual,
                    String problem) {
        this(vectorClass, index, a, b, flags, expected, actual, problem, null);
    }

    /** Whether this is a difference from the golden model (rather than only a bound violation). */
    public boolean differs() {
        return !expected.equals(actual);
    }

    /** The bits in which expected and actual differ. */
    public BigInteger differingBits() {
        return expected.xor(actual);
    }
}
