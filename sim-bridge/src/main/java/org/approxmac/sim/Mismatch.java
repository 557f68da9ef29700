package org.approxmac.sim;

import java.math.BigInteger;
import java.util.Arrays;

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
 * @param laneA       a dot-product unit's K lane operands of a (lane 0 is {@code a}); null for one lane
 * @param laneB       the K lane operands of b; null for one lane
 */
public record Mismatch(String vectorClass, long index, long a, long b, int flags, BigInteger expected,
                       BigInteger actual, String problem, String hint, long[] laneA, long[] laneB) {

    /** A mismatch of a one-lane unit. */
    public Mismatch(String vectorClass, long index, long a, long b, int flags, BigInteger expected, BigInteger actual,
                    String problem, String hint) {
        this(vectorClass, index, a, b, flags, expected, actual, problem, hint, null, null);
    }

    /** A mismatch of a one-lane unit, without a hint. */
    public Mismatch(String vectorClass, long index, long a, long b, int flags, BigInteger expected, BigInteger actual,
                    String problem) {
        this(vectorClass, index, a, b, flags, expected, actual, problem, null);
    }

    /** A mismatch of the vector of {@code lanes} lanes at {@code at} of the operand arrays (copied). */
    static Mismatch of(String vectorClass, long index, long[] a, long[] b, int at, int lanes, int flags,
                       BigInteger expected, BigInteger actual, String problem, String hint) {
        return lanes == 1 ? new Mismatch(vectorClass, index, a[at], b[at], flags, expected, actual, problem, hint)
                : new Mismatch(vectorClass, index, a[at], b[at], flags, expected, actual, problem, hint,
                        Arrays.copyOfRange(a, at, at + lanes), Arrays.copyOfRange(b, at, at + lanes));
    }

    /** The lanes of the vector: 1, or K for a dot-product unit. */
    public int lanes() {
        return laneA == null ? 1 : laneA.length;
    }

    /** Lane {@code i}'s operand a. */
    public long a(int i) {
        return laneA == null ? a : laneA[i];
    }

    /** Lane {@code i}'s operand b. */
    public long b(int i) {
        return laneB == null ? b : laneB[i];
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
