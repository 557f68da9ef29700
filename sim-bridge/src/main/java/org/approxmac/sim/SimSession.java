package org.approxmac.sim;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import org.approxmac.golden.Bits;
import org.approxmac.toolchain.StreamingProcess;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.Toolchain;

/**
 * One running harness process and the pipe protocol of {@code cosim_harness.cpp} (little-endian):
 * commands {@code 0} quit, {@code 1 count records} batch, {@code 2 start count stride} enumerate;
 * answers are frames {@code count outputs}. Writes are buffered and flushed per command; the caller
 * writes from one thread and reads from another, so neither pipe can fill up and block both sides.
 */
final class SimSession implements AutoCloseable {
    /** The most outputs one enumeration frame carries (FRAME in the harness). */
    static final int FRAME = 1 << 16;
    private static final int BUFFER = 1 << 20;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final StreamingProcess process;
    private final int outputBytes;
    private final long outputMask;
    private final DutShape shape;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] header = new byte[4];
    private byte[] record = new byte[0];

    SimSession(Toolchain toolchain, SimModel model, Duration idleTimeout) {
        this.shape = model.shape();
        this.outputBytes = shape.outputBytes();
        this.outputMask = Bits.mask(Math.min(64, shape.resultWidth()));
        this.process = toolchain.start(Tool.VERILATOR, List.of(model.executable().toString()), null, idleTimeout);
        this.out = new BufferedOutputStream(process.stdin(), BUFFER);
        this.in = new BufferedInputStream(process.stdout(), BUFFER);
    }

    /**
     * Sends a batch of {@code n} records (flags ignored for a multiplier); a and b hold K lane operands
     * per record, record i's at {@code i*K .. i*K+K-1}.
     */
    void writeBatch(long[] a, long[] b, byte[] flags, int n) throws IOException {
        int ob = shape.operandBytes();
        int rb = shape.recordBytes();
        int lanes = shape.lanes();
        if (record.length < n * rb) {
            record = new byte[n * rb];
        }
        int p = 0;
        for (int i = 0; i < n; i++) {
            if (shape.mac()) {
                record[p++] = flags[i];
            }
            for (int l = 0; l < lanes; l++) {
                p = putLittle(record, p, a[i * lanes + l], ob);
            }
            for (int l = 0; l < lanes; l++) {
                p = putLittle(record, p, b[i * lanes + l], ob);
            }
        }
        out.write(1);
        byte[] count = new byte[4];
        putLittle(count, 0, n, 4);
        out.write(count);
        out.write(record, 0, p);
        out.flush();
    }

    /**
     * Asks for outputs of vectors {@code start .. start+count-1} of the enumeration order, vector i
     * being {@code v = i * stride mod 2^(2N)}, {@code a = v >> N}, {@code b = v mod 2^N}.
     */
    void writeEnumerate(long start, long count, long stride) throws IOException {
        byte[] cmd = new byte[25];
        cmd[0] = 2;
        putLittle(cmd, 1, start, 8);
        putLittle(cmd, 9, count, 8);
        putLittle(cmd, 17, stride, 8);
        out.write(cmd);
        out.flush();
    }

    /** Sends quit and closes the harness's input. */
    void writeQuit() throws IOException {
        out.write(0);
        out.flush();
        out.close();
    }

    /** Reads one frame into {@code buffer} (grown as needed) and returns its output count. */
    int readFrame(byte[][] buffer) throws IOException {
        readFully(header, 4);
        int count = (int) getLittle(header, 0, 4);
        int bytes = count * shape.outputBytes();
        if (count < 0 || count > Math.max(FRAME, 1 << 24)) {
            throw new IOException("corrupt frame header (count " + count + ")");
        }
        if (buffer[0].length < bytes) {
            buffer[0] = new byte[bytes];
        }
        readFully(buffer[0], bytes);
        return count;
    }

    private void readFully(byte[] dst, int len) throws IOException {
        int got = in.readNBytes(dst, 0, len);
        if (got != len) {
            throw new IOException("end of output after " + got + " of " + len + " bytes");
        }
    }

    /** Output {@code i} of a frame as a pattern of at most 64 bits. */
    long output(byte[] frame, int i) {
        return switch (outputBytes) {
            case 1 -> frame[i] & 0xFFL;
            case 2 -> (short) SHORT.get(frame, 2 * i) & 0xFFFFL;
            case 4 -> (int) INT.get(frame, 4 * i) & 0xFFFFFFFFL;
            default -> (long) LONG.get(frame, 8 * i);
        } & outputMask;
    }

    /** Member {@code m}'s output {@code i} of a frame of a batch, at most 64 bits. */
    long output(byte[] frame, int i, int m) {
        int width = shape.outputWidth();
        int bit = m * width;
        int base = i * outputBytes;
        long v = 0;
        for (int k = 0; k < width; k += 8) {
            int at = bit + k;
            int lo = frame[base + (at >>> 3)] & 0xFF;
            int hi = (at >>> 3) + 1 < outputBytes ? frame[base + (at >>> 3) + 1] & 0xFF : 0;
            v |= (long) (((hi << 8 | lo) >>> (at & 7)) & 0xFF) << k;
        }
        return v & Bits.mask(width);
    }

    /**
     * Output record {@code i} of a frame (every member's output side by side) as a non-negative
     * integer of any width; decode it once per vector and take members with {@link #member}.
     */
    BigInteger wideRecord(byte[] frame, int i) {
        int ob = outputBytes;
        byte[] big = new byte[ob + 1];
        for (int k = 0; k < ob; k++) {
            big[ob - k] = frame[i * ob + k];
        }
        return new BigInteger(big);
    }

    /** Member {@code m}'s output in a record from {@link #wideRecord}. */
    BigInteger member(BigInteger record, int m) {
        int width = shape.outputWidth();
        return record.shiftRight(m * width).and(Bits.maskWide(width));
    }

    /** The failure to report when the harness stopped answering. */
    ToolException failure(String what) {
        return process.failure(what);
    }

    void kill() {
        process.kill();
    }

    /** Waits for the harness to exit after quit; a non-zero status is a failure. */
    void finish() {
        int status = process.waitFor(Duration.ofSeconds(30));
        if (status != 0) {
            throw new ToolException(Tool.VERILATOR, process.command().get(0) + " exited with status " + status
                    + process.tailOfStderr());
        }
    }

    @Override
    public void close() {
        process.close();
    }

    private static int putLittle(byte[] dst, int at, long v, int bytes) {
        for (int k = 0; k < bytes; k++) {
            dst[at + k] = (byte) (v >>> (8 * k));
        }
        return at + bytes;
    }

    private static long getLittle(byte[] src, int at, int bytes) {
        long v = 0;
        for (int k = bytes - 1; k >= 0; k--) {
            v = (v << 8) | (src[at + k] & 0xFF);
        }
        return v;
    }
}
