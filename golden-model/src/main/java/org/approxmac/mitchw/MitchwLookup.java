package org.approxmac.mitchw;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * A Mitch-w multiplier (N &lt;= 32) evaluated with two table look-ups per product, derived from the
 * reference model ({@link org.approxmac.golden.SignWrapper} around {@link MitchwCore}) and falling
 * back to it where the tables do not decide.
 *
 * <p>Mitchell's multiplier adds logarithms, so the product depends on the operands only through the
 * sum of per-operand codes. The code of an operand packs, in separate bit fields, its log value
 * L = characteristic.fraction, its sign (c1 only, where the sign handling is a bitwise complement)
 * and a zero flag; adding two codes adds the log values, and the sign and zero fields of the sum say
 * whether the signs differ and whether an operand was zero. One table maps each code sum to the
 * product pattern.
 *
 * <p>Codes are tabulated for the top min(N, 16) bits of an operand (of its magnitude in {@code sm}
 * mode). For N &gt; 16 the code is decided by those bits when the leading one and the K fraction
 * bits kept after it lie among them; every other operand (rare: its magnitude is below
 * 2^(N-16+K)) gets an invalid code, and the product comes from the reference model.
 */
public final class MitchwLookup implements Multiplier {
    private static final int WINDOW_BITS = 16;
    /** Codes are chars, so the invalid code 2^tableBits must stay below 2^16. */
    private static final int MAX_PRODUCT_TABLE_BITS = 15;

    private final UnitSpec spec;
    private final Multiplier reference;
    private final SignMode mode;
    private final int n;
    private final int windowShift;
    private final long operandMask;
    private final long productMask;
    /** The code of each window pattern (operand for c1 and unsigned, magnitude for sm). */
    private final char[] codes;
    /** The product of each code sum below {@link #invalidSum}: the final pattern, or P for sm. */
    private final long[] products;
    private final int invalidSum;

    private MitchwLookup(UnitSpec spec, Multiplier reference, MitchwCore core, CodeLayout layout) {
        this.spec = spec;
        this.reference = reference;
        this.mode = spec.sign();
        this.n = spec.n();
        this.windowShift = Math.max(0, n - WINDOW_BITS);
        this.operandMask = Bits.mask(n);
        this.productMask = Bits.mask(2 * n);
        this.invalidSum = layout.invalid();
        this.codes = new char[1 << (n - windowShift)];
        Map<Integer, Long> representatives = new HashMap<>();
        for (int pattern = 0; pattern < codes.length; pattern++) {
            int code = code(pattern, core, layout);
            codes[pattern] = (char) code;
            if (code != layout.invalid()) {
                representatives.putIfAbsent(code, (long) pattern << windowShift);
            }
        }
        this.products = new long[layout.invalid()];
        boolean[] filled = new boolean[layout.invalid()];
        for (Map.Entry<Integer, Long> x : representatives.entrySet()) {
            for (Map.Entry<Integer, Long> y : representatives.entrySet()) {
                int sum = x.getKey() + y.getKey();
                if (!filled[sum]) {
                    products[sum] = mode == SignMode.C1 ? reference.multiply(x.getValue(), y.getValue())
                            : core.product(x.getValue(), y.getValue());
                    filled[sum] = true;
                }
            }
        }
    }

    /**
     * The look-up form of a Mitch-w (or Mitchell) multiplier, when N &lt;= 32 and the table of code
     * sums stays within 2^15 entries (K small enough, e.g. Mitch-w6); empty otherwise.
     *
     * @param reference the reference model of the same spec, used to fill the tables and for the
     *                  operands the tables do not decide
     */
    public static Optional<Multiplier> of(UnitSpec spec, Multiplier reference, MitchwCore core) {
        Objects.requireNonNull(reference);
        if (spec.n() > 32 || !spec.multiplier().equals(reference.spec())) {
            return Optional.empty();
        }
        if (core.variant().setOneBits() > 0) { // the set-one adder's carry is not a function of the sum of codes
            return Optional.empty();
        }
        CodeLayout layout = CodeLayout.of(spec.n(), core.fractionBits());
        if (layout.tableBits() > MAX_PRODUCT_TABLE_BITS) {
            return Optional.empty();
        }
        return Optional.of(new MitchwLookup(spec.multiplier(), reference, core, layout));
    }

    /**
     * Bit fields of a code: L in the low {@code sumBits} (wide enough for a sum of two), then two bits
     * for the sign (their sum's low bit is the XOR), two for the zero flag; a sum at or above
     * {@code invalid} involves an operand the tables do not decide.
     */
    record CodeLayout(int sumBits) {
        static CodeLayout of(int n, int fractionBits) {
            long largestSum = 2 * (((long) n << fractionBits) - 1);
            return new CodeLayout(64 - Long.numberOfLeadingZeros(largestSum));
        }

        int signBit() {
            return sumBits;
        }

        int zeroBit() {
            return sumBits + 2;
        }

        int invalid() {
            return 1 << (sumBits + 4);
        }

        int tableBits() {
            return sumBits + 4;
        }
    }

    private int code(int pattern, MitchwCore core, CodeLayout layout) {
        int windowBits = n - windowShift;
        int sign = 0;
        long top = pattern;
        if (mode == SignMode.C1) {
            sign = (pattern >>> (windowBits - 1)) & 1;
            top = sign == 1 ? ~pattern & Bits.mask(windowBits) : pattern;
        }
        if (windowShift == 0) {
            if (pattern == 0) {
                return 1 << layout.zeroBit();
            }
            // c1: a complemented 0 (the operand -1) counts as magnitude 1
            long log = core.logValue(top == 0 ? 1 : top);
            return (sign << layout.signBit()) | (int) log;
        }
        if (top >>> core.fractionBits() == 0) {
            return layout.invalid();
        }
        return (sign << layout.signBit()) | (int) core.logValue(top << windowShift);
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        a &= operandMask;
        b &= operandMask;
        if (mode == SignMode.SM) {
            long sa = a >>> (n - 1);
            long sb = b >>> (n - 1);
            long magnitudeA = Bits.negateIf(a, sa, operandMask);
            long magnitudeB = Bits.negateIf(b, sb, operandMask);
            int sum = codes[(int) (magnitudeA >>> windowShift)] + codes[(int) (magnitudeB >>> windowShift)];
            return sum < invalidSum ? Bits.negateIf(products[sum], sa ^ sb, productMask) : reference.multiply(a, b);
        }
        // c1 (sign folded into the codes and products) and unsigned
        int sum = codes[(int) (a >>> windowShift)] + codes[(int) (b >>> windowShift)];
        return sum < invalidSum ? products[sum] : reference.multiply(a, b);
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        return Bits.unsigned(multiply(a, b));
    }
}
