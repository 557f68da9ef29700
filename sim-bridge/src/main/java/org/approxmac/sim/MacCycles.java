package org.approxmac.sim;

import java.util.Arrays;

/**
 * A growable list of MAC cycles: per cycle the control bits ({@link MacSequence#RST}, {@link
 * MacSequence#EN}, {@link MacSequence#CLR}) and the operand patterns a and b. The unit of directed MAC
 * stimulus: the constructive classes of {@link FloatMacCases}, a {@code --sequence} file, and the
 * reproducer written for a mismatch.
 */
final class MacCycles {
    private byte[] flags = new byte[16];
    private long[] a = new long[16];
    private long[] b = new long[16];
    private int size;

    /** Appends one cycle. */
    MacCycles add(int cycleFlags, long opA, long opB) {
        if (size == flags.length) {
            flags = Arrays.copyOf(flags, 2 * size);
            a = Arrays.copyOf(a, 2 * size);
            b = Arrays.copyOf(b, 2 * size);
        }
        flags[size] = (byte) cycleFlags;
        a[size] = opA;
        b[size] = opB;
        size++;
        return this;
    }

    /** Appends all cycles of another list. */
    MacCycles addAll(MacCycles other) {
        for (int i = 0; i < other.size; i++) {
            add(other.flags[i], other.a[i], other.b[i]);
        }
        return this;
    }

    int size() {
        return size;
    }

    int flags(int i) {
        return flags[i];
    }

    long a(int i) {
        return a[i];
    }

    long b(int i) {
        return b[i];
    }

    /** Copies cycles {@code from .. from + len - 1} into the arrays of a chunk. */
    void copyTo(int from, long[] toA, long[] toB, byte[] toFlags, int len) {
        System.arraycopy(a, from, toA, 0, len);
        System.arraycopy(b, from, toB, 0, len);
        System.arraycopy(flags, from, toFlags, 0, len);
    }
}
