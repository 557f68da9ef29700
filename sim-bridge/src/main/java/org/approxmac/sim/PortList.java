package org.approxmac.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ports of a Verilated model, read from the model header Verilator writes (lines such as
 * {@code VL_IN8(&a,7,0);} or {@code VL_OUTW(&acc,71,0,3);}), and the check against a {@link DutShape}.
 *
 * @param widths port name to width in bits, in declaration order
 */
public record PortList(Map<String, Integer> widths) {
    private static final Pattern PORT = Pattern.compile("VL_(?:IN|OUT|INOUT)\\w*\\(&?(\\w+),\\s*(\\d+),\\s*(\\d+)");

    public PortList {
        widths = Collections.unmodifiableMap(new LinkedHashMap<>(widths));
    }

    /** Parses the port declarations of a Verilated model header. */
    public static PortList parseHeader(String header) {
        var ports = new LinkedHashMap<String, Integer>();
        Matcher m = PORT.matcher(header);
        while (m.find()) {
            ports.put(m.group(1), Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(3)) + 1);
        }
        return new PortList(ports);
    }

    /** One {@code name width} line per port (the cache's record of a model). */
    public String text() {
        var sb = new StringBuilder();
        widths.forEach((n, w) -> sb.append(n).append(' ').append(w).append('\n'));
        return sb.toString();
    }

    public static PortList parseText(String text) {
        var ports = new LinkedHashMap<String, Integer>();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> {
            String[] f = l.trim().split(" ");
            ports.put(f[0], Integer.parseInt(f[1]));
        });
        return new PortList(ports);
    }

    /** The problems against a shape, one phrase each; empty when the ports fit. */
    public List<String> problems(DutShape shape) {
        var problems = new ArrayList<String>();
        shape.expectedPorts().forEach((name, width) -> {
            Integer actual = widths.get(name);
            if (actual == null) {
                problems.add("port '" + name + "' is missing (expected " + width + " bit" + (width == 1 ? "" : "s") + ")");
            } else if (actual.intValue() != width.intValue()) {
                problems.add("port '" + name + "' is " + actual + " bit" + (actual == 1 ? "" : "s") + ", expected " + width);
            }
        });
        return problems;
    }

    /** Throws a {@link PortMismatchException} naming every problem unless the ports fit the shape. */
    public void requireFits(DutShape shape, String top, String what) {
        List<String> problems = problems(shape);
        if (!problems.isEmpty()) {
            throw new PortMismatchException("module " + top + " does not have the ports " + what + " needs: "
                    + String.join("; ", problems) + " (convention: " + convention(shape) + ")");
        }
    }

    private static String convention(DutShape shape) {
        var sb = new StringBuilder();
        shape.expectedPorts().forEach((n, w) -> sb.append(sb.length() == 0 ? "" : ", ").append(n)
                .append(w == 1 ? "" : "[" + (w - 1) + ":0]"));
        return sb.toString();
    }
}
