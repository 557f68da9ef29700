package org.approxmac.synth;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of Yosys' {@code stat -liberty} report for the flattened top: chip area (liberty units),
 * cell count and cells per type.
 *
 * @param area      chip area in the liberty's area unit
 * @param cells     number of cells
 * @param cellTypes count per library cell, sorted by name
 */
public record YosysStat(double area, int cells, Map<String, Integer> cellTypes) {

    private static final Pattern AREA = Pattern.compile("Chip area for (?:top )?module '[^']*':\\s*([0-9.eE+-]+)");
    private static final Pattern CELLS = Pattern.compile("Number of cells:\\s*(\\d+)");
    private static final Pattern CELL_TYPE = Pattern.compile("^\\s{5,}(\\S+)\\s+(\\d+)\\s*$", Pattern.MULTILINE);

    public YosysStat {
        cellTypes = Map.copyOf(cellTypes);
    }

    /** Parses the text of {@code tee -o stat.txt stat -liberty LIB} for a single flattened module. */
    public static YosysStat parse(String report) {
        Matcher area = AREA.matcher(report);
        Matcher cells = CELLS.matcher(report);
        if (!area.find() || !cells.find()) {
            throw new IllegalArgumentException("Yosys stat report has no 'Chip area' or 'Number of cells' line");
        }
        Map<String, Integer> types = new TreeMap<>();
        Matcher t = CELL_TYPE.matcher(report.substring(cells.end(), area.start()));
        while (t.find()) {
            types.merge(t.group(1), Integer.parseInt(t.group(2)), Integer::sum);
        }
        return new YosysStat(Double.parseDouble(area.group(1)), Integer.parseInt(cells.group(1)), types);
    }
}
