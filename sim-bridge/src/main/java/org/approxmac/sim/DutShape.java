package org.approxmac.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.approxmac.hdl.user.PortConvention;
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
 * @param latency      a multiplier's pipeline latency: rising edges of {@code clk} between its operands
 *                     and its product, which the harness absorbs (0: combinational, no clock); 0 for a
 *                     MAC, whose latency the bridge compares cycle by cycle
 * @param aLanes       the operands in port {@code a}, operand i at bits [i*N +: N]: a dot-product unit's K
 *                     lanes, an array's R rows (1 for a multiplier or MAC)
 * @param bLanes       the operands in port {@code b}: K lanes, an array's C columns, or 1
 */
public record DutShape(int operandWidth, int outputWidth, boolean mac, int members, int latency, int aLanes,
                       int bLanes) {

    public DutShape(int operandWidth, int outputWidth, boolean mac) {
        this(operandWidth, outputWidth, mac, 1, 0, 1, 1);
    }

    public DutShape {
        if (aLanes < 1 || aLanes > 64 || bLanes < 1 || bLanes > 64) {
            throw new IllegalArgumentException("operands per port " + aLanes + ", " + bLanes + " outside 1..64");
        }
        if (latency < 0 || latency > 64 || (mac && latency != 0)) {
            throw new IllegalArgumentException("latency " + latency + " outside 0..64 (0 for a MAC)");
        }
        if (members < 1 || members > 1024) {
            throw new IllegalArgumentException("members " + members + " outside 1..1024");
        }
        if (operandWidth < 1 || operandWidth > 64) {
            throw new IllegalArgumentException("operand width " + operandWidth + " outside 1..64");
        }
        if (outputWidth < 1 || outputWidth > 16384) {
            throw new IllegalArgumentException("output width " + outputWidth + " outside 1..16384");
        }
    }

    /** The shape a spec's generated RTL has. */
    public static DutShape of(UnitSpec spec) {
        return new DutShape(spec.n(), spec.outputWidth(), spec.mac(), 1, spec.mac() ? 0 : spec.latency(),
                spec.aOperands(), spec.bOperands());
    }

    /** The same shape with a multiplier's pipeline latency {@code l} (a MAC's stays 0). */
    public DutShape withLatency(int l) {
        return mac ? this : new DutShape(operandWidth, outputWidth, mac, members, l, aLanes, bLanes);
    }

    /** Whether the design has a clock input: a MAC, or a pipelined multiplier. */
    public boolean clocked() {
        return mac || latency > 0;
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
        return new DutShape(operandWidth, outputWidth, mac, count, latency, aLanes, bLanes);
    }

    /** Bytes per result record on the pipe: 1, 2, 4 or 8, or whole 32-bit words above 64 bits. */
    public int outputBytes() {
        int w = resultWidth();
        return w > 64 ? 4 * ((w + 31) / 32) : bytesFor(w);
    }

    /** Bytes per input record on the pipe: the lanes' a and b, and a flags byte for a MAC. */
    public int recordBytes() {
        return (mac ? 1 : 0) + 2 * lanes() * operandBytes();
    }

    /**
     * The operand pairs of one input record: a dot-product unit's K lanes, an array's max(R, C) (row r
     * takes a of pair r, column c b of pair c; the rest of the pairs are not applied), else 1.
     */
    public int lanes() {
        return Math.max(aLanes, bLanes);
    }

    /** The width of port {@code a}: its operands side by side. */
    public int aPortWidth() {
        return aLanes * operandWidth;
    }

    /** The width of port {@code b}: its operands side by side. */
    public int bPortWidth() {
        return bLanes * operandWidth;
    }

    /** The result port: {@code acc} for a MAC, {@code z} for a multiplier. */
    public String resultPort() {
        return mac ? "acc" : "z";
    }

    /** The ports the design must have, name to width, in convention order ({@link PortConvention#ports}). */
    public Map<String, Integer> expectedPorts() {
        var ports = new LinkedHashMap<String, Integer>();
        PortConvention.ports(mac, clocked(), aPortWidth(), bPortWidth(), resultWidth()).forEach(p -> ports.put(p.name(), p.width()));
        return ports;
    }

    /** The C preprocessor defines that tell the generic harness about this shape. */
    public String harnessDefines() {
        return "-DAPPROXMAC_OPERAND_BITS=" + operandWidth + " -DAPPROXMAC_OUTPUT_BITS=" + resultWidth()
                + " -DAPPROXMAC_MAC=" + (mac ? 1 : 0) + " -DAPPROXMAC_LATENCY=" + latency
                + (lanes() == 1 ? "" : " -DAPPROXMAC_LANES=" + lanes())
                + (aLanes == bLanes ? "" : " -DAPPROXMAC_A_LANES=" + aLanes + " -DAPPROXMAC_B_LANES=" + bLanes);
    }

    private static int bytesFor(int bits) {
        return bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : 8;
    }
}
