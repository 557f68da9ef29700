package org.approxmac.sim;

import java.util.Arrays;

/**
 * A growable list of MAC cycles: per cycle the control bits ({@link MacSequence#RST}, {@link
 * MacSequence#EN}, {@link MacSequence#CLR}) and the operand patterns a and b. The unit of directed MAC
 * stimulus: the constructive classes of {@link FloatMacCases}, a {@code --sequence} file, and the
 * reproducer written for a mismatch.
 */
final class MacCycles {
    private final int lanes;
    private byte[] flags = new byte[16];
    private long[] a;
    private long[] b;
    private int size;

    /** An empty list of one-lane cycles. */
    MacCycles() {
        this(1);
    }

    /** An empty list of cycles of {@code lanes} operand pairs each (a dot-product MAC's K lanes). */
    MacCycles(int lanes) {
        this.lanes = lanes;
        a = new long[16 * lanes];
        b = new long[16 * lanes];
    }

    /** Appends one cycle of one lane. */
    MacCycles add(int cycleFlags, long opA, long opB) {
        if (lanes != 1) {
            throw new IllegalArgumentException("one operand pair added to cycles of " + lanes + " lanes");
        }
        grow();
        flags[size] = (byte) cycleFlags;
        a[size] = opA;
        b[size] = opB;
        size++;
        return this;
    }

    /** Appends one cycle: its lanes' operands at {@code at .. at + K - 1} of the arrays. */
    MacCycles add(int cycleFlags, long[] opA, long[] opB, int at) {
        grow();
        flags[size] = (byte) cycleFlags;
        System.arraycopy(opA, at, a, size * lanes, lanes);
        System.arraycopy(opB, at, b, size * lanes, lanes);
        size++;
        return this;
    }

    private void grow() {
        if (size == flags.length) {
            flags = Arrays.copyOf(flags, 2 * size);
            a = Arrays.copyOf(a, 2 * size * lanes);
            b = Arrays.copyOf(b, 2 * size * lanes);
        }
    }

    /** Appends all cycles of another list of as many lanes. */
    MacCycles addAll(MacCycles other) {
        if (other.lanes != lanes) {
            throw new IllegalArgumentException(other.lanes + " lanes added to " + lanes);
        }
        for (int i = 0; i < other.size; i++) {
            add(other.flags[i], other.a, other.b, i * lanes);
        }
        return this;
    }

    int size() {
        return size;
    }

    /** The operand pairs per cycle. */
    int lanes() {
        return lanes;
    }

    int flags(int i) {
        return flags[i];
    }

    long a(int i) {
        return a[i * lanes];
    }

    long b(int i) {
        return b[i * lanes];
    }

    /** Lane {@code l}'s operand a of cycle {@code i}. */
    long a(int i, int l) {
        return a[i * lanes + l];
    }

    /** Lane {@code l}'s operand b of cycle {@code i}. */
    long b(int i, int l) {
        return b[i * lanes + l];
    }

    /** Copies cycles {@code from .. from + len - 1} into the arrays of a chunk (K operands per cycle). */
    void copyTo(int from, long[] toA, long[] toB, byte[] toFlags, int len) {
        System.arraycopy(a, from * lanes, toA, 0, len * lanes);
        System.arraycopy(b, from * lanes, toB, 0, len * lanes);
        System.arraycopy(flags, from, toFlags, 0, len);
    }
}
