package org.approxmac.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.approxmac.spec.UnitSpec;

/**
 * The port shape of a design under test, as the harness and the bridge see it (docs/units.md port
 * convention): operand width N, result width (product or accumulator), and whether it is a MAC.
 * Everything the generic harness needs to know about a design is this record.
 *
 * <p>A batch ({@link BatchRtl}) simulates several designs of one shape in one model: they share the
 * inputs, and the result port concatenates their results, member 0 in the low bits.
 *
 * @param operandWidth N, the width of {@code a} and {@code b}
 * @param outputWidth  the width of one member's {@code z} (multiplier) or {@code acc} (MAC)
 * @param mac          whether the design is a clocked MAC
 * @param members      how many designs the model holds (1 unless batched)
 */
public record DutShape(int operandWidth, int outputWidth, boolean mac, int members) {

    public DutShape(int operandWidth, int outputWidth, boolean mac) {
        this(operandWidth, outputWidth, mac, 1);
    }

    public DutShape {
        if (members < 1 || members > 1024) {
            throw new IllegalArgumentException("members " + members + " outside 1..1024");
        }
        if (operandWidth < 1 || operandWidth > 64) {
            throw new IllegalArgumentException("operand width " + operandWidth + " outside 1..64");
        }
        if (outputWidth < 1 || outputWidth > 4096) {
            throw new IllegalArgumentException("output width " + outputWidth + " outside 1..4096");
        }
    }

    /** The shape a spec's generated RTL has. */
    public static DutShape of(UnitSpec spec) {
        return new DutShape(spec.n(), spec.outputWidth(), spec.mac());
    }

    /** Bytes per operand on the pipe: 1, 2, 4 or 8. */
    public int operandBytes() {
        return bytesFor(operandWidth);
    }

    /** The width of the result port: all members' results. */
    public int resultWidth() {
        return members * outputWidth;
    }

    /** The same shape holding {@code count} members. */
    public DutShape batch(int count) {
        return new DutShape(operandWidth, outputWidth, mac, count);
    }

    /** Bytes per result record on the pipe: 1, 2, 4 or 8, or whole 32-bit words above 64 bits. */
    public int outputBytes() {
        int w = resultWidth();
        return w > 64 ? 4 * ((w + 31) / 32) : bytesFor(w);
    }

    /** Bytes per input record on the pipe: a, b, and a flags byte for a MAC. */
    public int recordBytes() {
        return (mac ? 1 : 0) + 2 * operandBytes();
    }

    /** The result port: {@code acc} for a MAC, {@code z} for a multiplier. */
    public String resultPort() {
        return mac ? "acc" : "z";
    }

    /** The ports the design must have, name to width, in convention order. */
    public Map<String, Integer> expectedPorts() {
        var ports = new LinkedHashMap<String, Integer>();
        if (mac) {
            ports.put("clk", 1);
            ports.put("rst", 1);
            ports.put("en", 1);
            ports.put("clr", 1);
        }
        ports.put("a", operandWidth);
        ports.put("b", operandWidth);
        ports.put(resultPort(), resultWidth());
        return ports;
    }

    /** The C preprocessor defines that tell the generic harness about this shape. */
    public String harnessDefines() {
        return "-DAPPROXMAC_OPERAND_BITS=" + operandWidth + " -DAPPROXMAC_OUTPUT_BITS=" + resultWidth()
                + " -DAPPROXMAC_MAC=" + (mac ? 1 : 0);
    }

    private static int bytesFor(int bits) {
        return bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : 8;
    }
}
