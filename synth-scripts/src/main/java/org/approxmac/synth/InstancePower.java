package org.approxmac.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One instance's power from OpenSTA at one global activity, in watts, with the nets its outputs drive
 * (the nets whose simulated toggle rate scales its activity-dependent power).
 *
 * @param instance   instance name
 * @param cell       library cell
 * @param internal   internal power (W)
 * @param switching  switching power (W)
 * @param leakage    leakage power (W)
 * @param outputNets the connected output nets, as OpenSTA names them (e.g. {@code unit.a[3]})
 */
public record InstancePower(String instance, String cell, double internal, double switching, double leakage,
                            List<String> outputNets) {

    private static final String INSTANCE_MARK = "approxmac_instance ";
    private static final String END_MARK = "approxmac_design ";

    public InstancePower {
        Objects.requireNonNull(instance);
        Objects.requireNonNull(cell);
        outputNets = List.copyOf(outputNets);
    }

    /**
     * Parses the power script's output: the instance lines, in order. Throws if the closing
     * {@code approxmac_design} line is missing (a Tcl error part-way: this sta still exits 0).
     */
    public static List<InstancePower> parse(String staOutput) {
        List<InstancePower> result = new ArrayList<>();
        boolean complete = false;
        for (String line : staOutput.split("\n")) {
            if (line.startsWith(INSTANCE_MARK)) {
                String[] f = line.substring(INSTANCE_MARK.length()).trim().split("\\s+");
                if (f.length < 5) {
                    throw new IllegalArgumentException("malformed OpenSTA power line: " + line);
                }
                result.add(new InstancePower(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), List.of(f).subList(5, f.length)));
            } else if (line.startsWith(END_MARK)) {
                complete = true;
            }
        }
        if (!complete) {
            throw new IllegalArgumentException("OpenSTA power script stopped before reporting the design power");
        }
        return result;
    }
}
