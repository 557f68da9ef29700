package org.approxmac.sim;

import java.util.List;

/**
 * Several designs of one shape in one Verilator model, to pay for one build instead of many (the
 * mutation test, the project's own co-simulation of every design). A wrapper module
 * {@value #TOP} feeds all members the same inputs and concatenates their results, member 0 in the
 * low bits; the members' module names (and their submodules') must be distinct.
 */
public final class BatchRtl {
    /** The wrapper's module name. */
    public static final String TOP = "approxmac_batch";

    private BatchRtl() {
    }

    /** The wrapper plus every member's text; the model's shape is {@code shape.batch(members.size())}. */
    public static RtlSource of(List<RtlSource> members, DutShape shape) {
        return of(members, shape, members.stream().map(m -> shape.latency()).toList());
    }

    /**
     * As {@link #of(List, DutShape)} for multipliers of different pipeline latencies: member k has
     * latency {@code latencies.get(k)} (a clk port if above 0) and the wrapper delays its product by
     * {@code shape.latency()} minus that (registers {@code z<k>_d<j>}), so that every member's product
     * appears {@code shape.latency()} edges after its operands.
     */
    public static RtlSource of(List<RtlSource> members, DutShape shape, List<Integer> latencies) {
        if (latencies.size() != members.size()) {
            throw new IllegalArgumentException(members.size() + " members but " + latencies.size() + " latencies");
        }
        for (int latency : latencies) {
            if (latency > shape.latency() || (shape.mac() && latency != 0)) {
                throw new IllegalArgumentException("member latency " + latency + " above the batch's " + shape.latency());
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one design");
        }
        int w = shape.outputWidth();
        String result = shape.resultPort();
        var sb = new StringBuilder();
        sb.append("// approxmac co-simulation batch: ").append(members.size()).append(" designs, shared inputs,\n")
          .append("// results concatenated (member 0 in the low bits).\n")
          .append("module ").append(TOP).append(" (\n");
        if (shape.clocked() && !shape.mac()) {
            sb.append("    input  wire clk,\n");
        }
        if (shape.mac()) {
            sb.append("    input  wire clk,\n    input  wire rst,\n    input  wire en,\n    input  wire clr,\n");
        }
        sb.append("    input  wire [").append(shape.aPortWidth() - 1).append(":0] a,\n")
          .append("    input  wire [").append(shape.bPortWidth() - 1).append(":0] b,\n")
          .append("    output wire [").append(members.size() * w - 1).append(":0] ").append(result).append("\n);\n");
        for (int m = 0; m < members.size(); m++) {
            int pad = shape.latency() - latencies.get(m);
            String own = pad == 0 ? result + "[" + ((m + 1) * w - 1) + ":" + (m * w) + "]" : "z" + m + "_d0";
            if (pad > 0) {
                sb.append("    wire [").append(w - 1).append(":0] ").append(own).append(";\n");
            }
            sb.append("    ").append(members.get(m).top()).append(" u_member").append(m).append(" (");
            if (latencies.get(m) > 0) {
                sb.append(".clk(clk), ");
            }
            if (shape.mac()) {
                sb.append(".clk(clk), .rst(rst), .en(en), .clr(clr), ");
            }
            sb.append(".a(a), .b(b), .").append(result).append('(').append(own).append("));\n");
            for (int j = 1; j <= pad; j++) {
                sb.append("    reg [").append(w - 1).append(":0] z").append(m).append("_d").append(j).append(";\n")
                  .append("    always @(posedge clk) z").append(m).append("_d").append(j).append(" <= z").append(m)
                  .append("_d").append(j - 1).append(";\n");
            }
            if (pad > 0) {
                sb.append("    assign ").append(result).append('[').append((m + 1) * w - 1).append(':').append(m * w)
                  .append("] = z").append(m).append("_d").append(pad).append(";\n");
            }
        }
        sb.append("endmodule\n");
        for (RtlSource member : members) {
            sb.append('\n').append(member.verilog());
        }
        return new RtlSource(TOP, sb.toString(), "batch of " + members.size() + " designs");
    }
}
