package org.approxmac.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.approxmac.analysis.chart.Charts;
import org.approxmac.analysis.chart.ScatterPoint;
import org.approxmac.synth.CostResult;

/**
 * The self-contained {@code table4.html}: the comparison table, the figures' definitions, inline SVG
 * charts in a grid (energy relative to the bfloat16 MAC next to the paper's, energy per operation
 * against mean relative error distance, delay, power, area; bars from zero), the power breakdown, the
 * checks against the paper and the provenance block. No external resources, no Markdown: every
 * emphasis and code span is HTML.
 */
public final class Table4Html {
    private Table4Html() {
    }

    public static String render(Table4Report report) {
        List<Table4Row> rows = report.rows();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<!-- ").append(Table4Report.MARKER).append(" -->\n<html lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>approxmac — MAC cost comparison (Table 4)</title>\n")
                .append("<style>\nbody{font-family:sans-serif;max-width:1500px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;font-size:90%;margin:0.5em 0}th,td{border:1px solid #bbb;"
                        + "padding:4px 8px}\n")
                .append("td.n{text-align:right;white-space:nowrap}th{background:#eee}code{font-size:90%}\n")
                .append("table.provenance th{text-align:left;white-space:nowrap}\n")
                .append(".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:1em}\n")
                .append(".charts svg{width:100%;height:auto}.ok{color:#070}.bad{color:#b00}\n</style>\n")
                .append("</head>\n<body>\n<h1>MAC cost comparison (Table 4 style)</h1>\n");
        sb.append("<table id=\"results\">\n<tr>");
        report.columns().forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
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
        sb.append("<dl>\n");
        report.definitions().forEach(d -> sb.append("<dt><b>").append(escape(d.label())).append("</b></dt><dd>")
                .append(escape(d.value())).append("</dd>\n"));
        sb.append("</dl>\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        charts(report).forEach(svg -> sb.append("<figure>").append(svg).append("</figure>\n"));
        sb.append("</div>\n<h2>Power breakdown</h2>\n<table id=\"power\">\n<tr>");
        report.powerColumns().forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
        sb.append("</tr>\n");
        for (Table4Row r : rows) {
            sb.append("<tr><td>").append(escape(r.design().name())).append("</td>");
            report.powerCells(r).forEach(v -> cell(sb, v));
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<h2>Against the paper</h2>\n<ul>\n");
        for (String f : report.findings()) {
            sb.append("<li>").append(escape(f)).append("</li>\n");
        }
        sb.append("</ul>\n<h2>Why our ratios differ from the paper's</h2>\n<p>")
                .append(escape(Table4Report.differencesParagraph())).append("</p>\n");
        sb.append("<h2>Provenance</h2>\n<table class=\"provenance\" id=\"provenance\">\n");
        report.provenance(true).forEach(f -> sb.append("<tr><th>").append(escape(f.label())).append("</th><td>")
                .append(escape(f.value())).append("</td></tr>\n"));
        sb.append("</table>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** The inline SVG charts, in page order. */
    static List<String> charts(Table4Report report) {
        List<Table4Row> rows = report.rows();
        List<String> names = rows.stream().map(r -> r.design().name()).toList();
        Table4Row ref = report.reference();
        List<String> out = new ArrayList<>();
        Map<String, double[]> energy = new LinkedHashMap<>();
        energy.put("ours: energy/op", values(rows, r -> r.energyRatio(ref)));
        energy.put("ours: PDP", values(rows, r -> r.pdpRatio(ref)));
        energy.put("paper (PDP)", rows.stream().mapToDouble(r -> r.design().paperEnergyVsBf16()).toArray());
        out.add(Charts.barChartSvg("Energy relative to the N=16 bfloat16 MAC", names, energy, "× bfloat16 MAC"));
        List<ScatterPoint> tradeOff = new ArrayList<>();
        for (Table4Row r : rows) {
            r.cost().ifPresent(c -> tradeOff.add(new ScatterPoint(r.design().name(), 100 * r.errors().mred(),
                    c.energyPj(), true)));
        }
        out.add(Charts.labelledScatter("Energy per operation against error", "mean relative error distance, MRED (%)",
                "energy per operation (pJ)", tradeOff).svgElement());
        out.add(single("Critical-path delay", names, rows, CostResult::delayNs, "ns"));
        out.add(single("Power at the common clock", names, rows, CostResult::powerMw, "mW"));
        out.add(single("Area", names, rows, CostResult::area, report.areaUnit()));
        return out;
    }

    private static String single(String title, List<String> names, List<Table4Row> rows,
                                 Function<CostResult, Double> metric, String unit) {
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put(title, rows.stream().mapToDouble(r -> r.cost().map(metric).orElse(0.0)).toArray());
        return Charts.barChartSvg(title, names, s, unit);
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
