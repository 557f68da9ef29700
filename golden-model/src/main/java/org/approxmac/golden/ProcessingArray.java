package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;

/**
 * An output-stationary array of R x C MAC processing elements (docs/units.md, "Processing-element
 * arrays"): on an enabled edge element (r, c) adds the product of row r's operand and column c's operand
 * to its own accumulator, under the one rst/en/clr of the array. The array's accumulator pattern is the
 * R x C element accumulators side by side, element (r, c) at bits [(r*C + c)*A +: A]. Each element is the
 * single MAC of the same kind ({@link UnitSpec#element()}); sharing a broadcast operand's conversion in
 * the RTL changes nothing here.
 */
public final class ProcessingArray implements Mac {
    private final UnitSpec spec;
    private final Mac element;
    private final int rows;
    private final int cols;
    private final int accumulatorWidth;
    private final long accumulatorMask;
    private final BigInteger wideAccumulatorMask;

    /** The array of {@code spec}, its processing elements each {@code element} (the model of {@code spec.element()}). */
    public ProcessingArray(UnitSpec spec, Mac element) {
        if (!spec.mac() || !spec.array() || !element.spec().equals(spec.element())) {
            throw new IllegalArgumentException("not a MAC array spec of elements " + element.spec() + ": " + spec);
        }
        this.spec = spec;
        this.element = element;
        this.rows = spec.rows();
        this.cols = spec.cols();
        this.accumulatorWidth = spec.accumulatorWidth();
        this.accumulatorMask = Bits.mask(accumulatorWidth);
        this.wideAccumulatorMask = BigInteger.ONE.shiftLeft(accumulatorWidth).subtract(BigInteger.ONE);
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public Multiplier multiplier() {
        return element.multiplier();
    }

    /** The MAC each processing element is. */
    public Mac element() {
        return element;
    }

    /** Element (r, c)'s accumulator in the array's accumulator pattern {@code acc}. */
    public BigInteger elementAccumulator(BigInteger acc, int r, int c) {
        int at = (r * cols + c) * accumulatorWidth;
        return acc.shiftRight(at).and(wideAccumulatorMask);
    }

    /** An array takes one operand per row and per column: use {@link #accumulate(BigInteger, long[], long[], int)}. */
    @Override
    public BigInteger accumulate(BigInteger acc, long a, long b) {
        throw oneOperandPair();
    }

    /** An array takes one operand per row and per column: use {@link #accumulate(long, long[], long[], int)}. */
    @Override
    public long accumulate(long acc, long a, long b) {
        throw oneOperandPair();
    }

    /**
     * The next accumulator pattern of the array: row r's operand at {@code a[at + r]}, column c's at
     * {@code b[at + c]}.
     */
    @Override
    public BigInteger accumulate(BigInteger acc, long[] a, long[] b, int at) {
        BigInteger next = BigInteger.ZERO;
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = cols - 1; c >= 0; c--) {
                BigInteger sum = element.accumulate(elementAccumulator(acc, r, c), a[at + r], b[at + c]);
                next = next.shiftLeft(accumulatorWidth).or(sum);
            }
        }
        return next;
    }

    /** Fast path of {@link #accumulate(BigInteger, long[], long[], int)} for arrays of at most 64 accumulator bits. */
    @Override
    public long accumulate(long acc, long[] a, long[] b, int at) {
        if (spec.outputWidth() > 64) {
            throw new UnsupportedOperationException(spec + ": the accumulators are wider than 64 bits");
        }
        long next = 0;
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = cols - 1; c >= 0; c--) {
                int shift = (r * cols + c) * accumulatorWidth;
                long sum = element.accumulate((acc >>> shift) & accumulatorMask, a[at + r], b[at + c]);
                next = next << accumulatorWidth | sum;
            }
        }
        return next;
    }

    private IllegalStateException oneOperandPair() {
        return new IllegalStateException(spec + " is an array of " + rows + " x " + cols
                + " elements: accumulate one operand per row and one per column");
    }
}
