package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

/**
 * Operand pairs whose products, accumulated after a clear, leave a chosen value in an integer MAC's
 * accumulator: a MAC has no load port, so a directed test reaches the value it needs by adding
 * products. The products come from the golden model, so this works for every kind, exact or not.
 * <p>
 * Candidates: the products of {@code m * 2^i} by {@code 2^l} (m below 2^8, or every operand for
 * n &lt;= 8), positive and negative operands in the spec's sign handling; a target T is reached as q
 * times the candidate of the largest magnitude and T's sign, then greedily, each step adding the
 * candidate of T's remaining sign closest to the remainder without passing it. Targets that would
 * take more than {@value #MAX_CYCLES} cycles, or that the greedy steps do not reach exactly, are
 * reported unreachable.
 */
final class AccumulatorReach {
    /** The most cycles one target may take. */
    static final int MAX_CYCLES = 2000;
    private static final int MAX_STEPS = 200;

    private final int width;
    private final BigInteger modulus;
    /** Candidate product values (as signed or unsigned numbers) and one operand pair each. */
    private final TreeMap<BigInteger, long[]> candidates = new TreeMap<>();

    AccumulatorReach(UnitSpec spec) {
        this(spec, Units.multiplier(spec.multiplier()));
    }

    /** As {@link #AccumulatorReach(UnitSpec)} with the spec's golden multiplier {@code golden}, built once by the caller. */
    AccumulatorReach(UnitSpec spec, Multiplier golden) {
        int n = spec.n();
        if (n > 32) {
            throw new IllegalArgumentException("accumulator reach needs products of at most 64 bits, n = " + n);
        }
        this.width = spec.accumulatorWidth();
        this.modulus = BigInteger.ONE.shiftLeft(width);
        boolean signed = spec.signedOperands();
        long mask = (1L << n) - 1;
        long top = 1L << (n - 1);
        int magnitudeBits = signed ? n - 1 : n;
        List<Long> magnitudes = new ArrayList<>();
        if (n <= 8) {
            for (long m = 1; m < 1L << magnitudeBits; m++) {
                magnitudes.add(m);
            }
        } else {
            for (long m = 1; m < 256; m++) {
                for (int i = 0; Long.numberOfTrailingZeros(Long.highestOneBit(m)) + i < magnitudeBits; i++) {
                    magnitudes.add(m << i);
                }
            }
        }
        for (long m : magnitudes) {
            // the operand +m, and -m in two's complement, sign-magnitude and one's complement (whichever the
            // spec's sign handling reads as negative), times each power of two
            long[] operands = signed ? new long[] {m, -m & mask, top | m, ~m & mask} : new long[] {m};
            for (long a : operands) {
                for (int l = 0; l < magnitudeBits; l++) {
                    long b = 1L << l;
                    BigInteger value = number(golden.multiply(a, b), 2 * n, signed);
                    if (value.signum() != 0) {
                        candidates.putIfAbsent(value, new long[] {a, b});
                    }
                }
            }
        }
    }

    /**
     * The pairs whose products sum to {@code target} mod 2^A (the accumulator's pattern), or empty when
     * not reachable within {@value #MAX_CYCLES} cycles.
     */
    Optional<List<long[]>> pairs(BigInteger target) {
        BigInteger remainder = target.mod(modulus);
        if (remainder.testBit(width - 1) && candidates.firstKey().signum() < 0) {
            remainder = remainder.subtract(modulus); // a signed MAC reaches a negative value from below zero
        }
        List<long[]> out = new ArrayList<>();
        if (remainder.signum() == 0) {
            return Optional.of(out);
        }
        Map.Entry<BigInteger, long[]> largest = remainder.signum() > 0 ? candidates.lastEntry() : candidates.firstEntry();
        if (largest.getKey().signum() != remainder.signum()) {
            return Optional.empty();
        }
        BigInteger[] qr = remainder.divideAndRemainder(largest.getKey());
        if (qr[0].compareTo(BigInteger.valueOf(MAX_CYCLES)) > 0) {
            return Optional.empty();
        }
        for (long k = 0; k < qr[0].longValueExact(); k++) {
            out.add(largest.getValue());
        }
        remainder = qr[1];
        for (int step = 0; remainder.signum() != 0; step++) {
            Map.Entry<BigInteger, long[]> next = remainder.signum() > 0 ? candidates.floorEntry(remainder)
                    : candidates.ceilingEntry(remainder);
            if (step == MAX_STEPS || next == null || next.getKey().signum() != remainder.signum()) {
                return Optional.empty();
            }
            out.add(next.getValue());
            remainder = remainder.subtract(next.getKey());
        }
        return out.size() > MAX_CYCLES ? Optional.empty() : Optional.of(out);
    }

    /** The product pattern of {@code bits} bits as a number, sign-extended when signed. */
    private static BigInteger number(long pattern, int bits, boolean signed) {
        BigInteger value = new BigInteger(Long.toUnsignedString(pattern));
        return signed && value.testBit(bits - 1) ? value.subtract(BigInteger.ONE.shiftLeft(bits)) : value;
    }
}
