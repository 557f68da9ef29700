package org.approxmac.toolchain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tool's version as reports state it: the tool's product name and its version without the name
 * and without empty decorations, e.g. {@code Icarus Verilog: 11.0 (stable)} for the line
 * {@code Icarus Verilog version 11.0 (stable) ()}. Icarus's compiler and runtime are one product.
 *
 * @param label   the product name, e.g. {@code OpenSTA}
 * @param version the version, e.g. {@code 2.0.17}
 */
public record ToolVersion(String label, String version) {

    /** The product a tool belongs to, as reports name it. */
    public static String label(Tool tool) {
        return switch (tool) {
            case VERILATOR -> "Verilator";
            case YOSYS -> "Yosys";
            case OPENSTA -> "OpenSTA";
            case IVERILOG, VVP -> "Icarus Verilog";
            case MAKE -> "GNU make";
            case CXX -> "g++";
            case CC -> "gcc";
        };
    }

    /** The tool whose command is {@code command}, if approxmac drives one. */
    public static Optional<Tool> byCommand(String command) {
        for (Tool t : Tool.values()) {
            if (t.command().equals(command)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** One tool's labelled version from its first version line. */
    public static ToolVersion of(Tool tool, String versionLine) {
        return new ToolVersion(label(tool), bare(versionLine));
    }

    /**
     * One entry per product, in the order first met, from version lines keyed by command (as
     * {@code CostResult.toolVersions()} holds them), in the order of {@link Tool} whatever the map's
     * order; a product whose commands report different versions lists each once. Unknown commands keep
     * their command as label and come last.
     */
    public static List<ToolVersion> labelled(Map<String, String> byCommand) {
        Map<String, List<String>> versions = new LinkedHashMap<>();
        // a fixed order whatever the map's: the tools in Tool's order, then unknown commands sorted
        List<String> commands = new ArrayList<>(byCommand.keySet());
        commands.sort(java.util.Comparator.comparing((String c) -> byCommand(c).map(Enum::ordinal)
                .orElse(Integer.MAX_VALUE)).thenComparing(c -> c));
        commands.forEach(command -> {
            String line = byCommand.get(command);
            String label = byCommand(command).map(ToolVersion::label).orElse(command);
            List<String> list = versions.computeIfAbsent(label, k -> new ArrayList<>());
            String v = bare(line);
            if (!list.contains(v)) {
                list.add(v);
            }
        });
        List<ToolVersion> out = new ArrayList<>();
        versions.forEach((label, list) -> out.add(new ToolVersion(label, String.join(" / ", list))));
        return out;
    }

    /**
     * The version text of a version line: leading words before the first one that starts with a digit
     * (the product name, "version", "runtime version") dropped, empty parentheses removed.
     */
    static String bare(String versionLine) {
        String s = versionLine.replace("()", "").trim().replaceAll("\\s+", " ");
        String[] words = s.split(" ");
        int first = 0;
        while (first < words.length && !Character.isDigit(words[first].charAt(0))) {
            first++;
        }
        if (first == words.length) {
            return s; // no number in it: keep the line as it is
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    @Override
    public String toString() {
        return label + " " + version;
    }

    /** A key for JSON maps, e.g. {@code icarus_verilog}. */
    public String key() {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
