package org.approxmac.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.approxmac.analysis.chart.Charts;
import org.approxmac.synth.CostResult;

/**
 * The self-contained {@code table4.html}: the comparison table, inline SVG bar charts (energy relative
 * to the bfloat16 MAC next to the paper's, delay, power, area), the checks against the paper and how
 * everything was measured. No external resources.
 */
public final class Table4Html {
    private Table4Html() {
    }

    public static String render(Table4Report report) {
        List<Table4Row> rows = report.rows();
        List<String> names = rows.stream().map(r -> r.design().name()).toList();
        Table4Row ref = report.reference();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<!-- ").append(Table4Report.MARKER).append(" -->\n<html lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>approxmac — MAC cost comparison (Table 4)</title>\n")
                .append("<style>\nbody{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}\n")
                .append("table{border-collapse:collapse;font-size:90%}th,td{border:1px solid #bbb;padding:4px 8px}\n")
                .append("td.n{text-align:right}th{background:#eee}code{font-size:90%}\n")
                .append(".charts{display:flex;flex-wrap:wrap;gap:1em}.ok{color:#070}.bad{color:#b00}\n</style>\n")
                .append("</head>\n<body>\n<h1>MAC cost comparison (Table 4 style)</h1>\n");
        sb.append("<p>").append(escape(report.methodParagraph())).append("</p>\n");
        sb.append("<table>\n<tr>");
        Table4Report.COLUMNS.forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
        sb.append("</tr>\n");
        for (Table4Row r : rows) {
            sb.append("<tr><td>").append(escape(r.design().name())).append("</td><td><code>")
                    .append(escape(r.design().spec().canonical())).append("</code></td>");
            report.numericCells(r).forEach(v -> cell(sb, v));
            sb.append("<td class=\"").append(r.cosim().good() ? "ok" : "bad").append("\">").append(escape(r.cosim().message()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
        rows.stream().filter(r -> r.costFailure().isPresent()).forEach(r -> sb.append("<p class=\"bad\"><b>")
                .append(escape(r.design().name())).append(" could not be costed:</b> <code>")
                .append(escape(r.costFailure().get())).append("</code></p>\n"));
        sb.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        Map<String, double[]> energy = new LinkedHashMap<>();
        energy.put("ours: energy/op", values(rows, r -> r.energyRatio(ref)));
        energy.put("ours: PDP", values(rows, r -> r.pdpRatio(ref)));
        energy.put("paper (PDP)", rows.stream().mapToDouble(r -> r.design().paperEnergyVsBf16()).toArray());
        sb.append(Charts.barChart("Energy relative to the N=16 bfloat16 MAC", names, energy, "× bfloat16 MAC")
                .svgElement()).append('\n');
        sb.append(single("Critical-path delay", names, rows, CostResult::delayNs, "ns"));
        sb.append(single("Power at the common clock", names, rows, CostResult::powerMw, "mW"));
        String areaUnit = report.anyCost().map(CostResult::areaUnit).orElse("liberty units");
        sb.append(single("Area", names, rows, CostResult::area, areaUnit));
        sb.append("</div>\n<h2>Against the paper</h2>\n<ul>\n");
        for (String f : report.findings()) {
            sb.append("<li>").append(escape(f)).append("</li>\n");
        }
        sb.append("</ul>\n<h2>Why our ratios differ from the paper's</h2>\n<p>")
                .append(escape(Table4Report.differencesParagraph())).append("</p>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String single(String title, List<String> names, List<Table4Row> rows,
                                 Function<CostResult, Double> metric, String unit) {
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put(title, rows.stream().mapToDouble(r -> r.cost().map(metric).orElse(0.0)).toArray());
        return Charts.barChart(title, names, s, unit).svgElement() + "\n";
    }

    private static double[] values(List<Table4Row> rows, Function<Table4Row, Optional<Double>> f) {
        return rows.stream().mapToDouble(r -> f.apply(r).orElse(0.0)).toArray();
    }

    private static void cell(StringBuilder sb, String text) {
        sb.append("<td class=\"n\">").append(escape(text)).append("</td>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
