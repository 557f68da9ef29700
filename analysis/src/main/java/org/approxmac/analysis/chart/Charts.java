package org.approxmac.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts approxmac draws, built with JFreeChart: heat map with a colour scale, histogram, line
 * chart with two series on two axes, grouped bar chart, and scatter chart with highlighted (e.g.
 * Pareto-optimal) points. Each returns a {@link Figure} that renders to PNG or SVG; rendering is
 * headless and deterministic.
 */
public final class Charts {
    static final int WIDTH = 720;
    static final int HEIGHT = 540;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Color GRID = new Color(0xdddddd);
    private static final Color[] SERIES_COLOURS = {new Color(0x1f5fa8), new Color(0xd9541e), new Color(0x2e8b57),
        new Color(0x7b4fa0), new Color(0xb8860b), new Color(0x555555)};

    static {
        Rendering.setUp();
    }

    private Charts() {
    }

    /**
     * A heat map of {@code values[i][j]} at ({@code xs[i]}, {@code ys[j]}), each cell a square centred
     * on its point (the coordinates must be evenly spaced and increasing), with a colour-scale legend.
     * NaN cells (undefined values) are grey. The colour scale spans a {@link RobustRange}: a few
     * extreme cells do not wash out the rest, and the figure states any clipping under its title.
     */
    public static Figure heatmap(String title, String xLabel, String yLabel, String scaleLabel,
                                 double[] xs, double[] ys, double[][] values) {
        if (xs.length < 2 || ys.length < 2 || values.length != xs.length) {
            throw new IllegalArgumentException("heat map needs at least 2x2 cells and one column per x");
        }
        for (double[] column : values) {
            if (column.length != ys.length) {
                throw new IllegalArgumentException("heat map needs one value per y in every column");
            }
        }
        RobustRange range = RobustRange.of(Arrays.stream(values).flatMapToDouble(Arrays::stream).toArray());
        ColourScale scale = ColourScale.forRange(range.lower(), range.upper());
        BufferedImage image = new BufferedImage(xs.length, ys.length, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                image.setRGB(i, ys.length - 1 - j, scale.colour(values[i][j]).getRGB()); // y grows upwards
            }
        }
        double dx = (xs[xs.length - 1] - xs[0]) / (xs.length - 1);
        double dy = (ys[ys.length - 1] - ys[0]) / (ys.length - 1);
        double x0 = xs[0] - dx / 2;
        double y0 = ys[0] - dy / 2;
        double w = dx * xs.length;
        double h = dy * ys.length;
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setRange(x0, x0 + w);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setRange(y0, y0 + h);
        XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
        plot.addAnnotation(new XYDataImageAnnotation(image, x0, y0, w, h, false));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(null);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        NumberAxis scaleAxis = new NumberAxis(scaleLabel);
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(16);
        legend.setSubdivisionCount(64);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        chart.addSubtitle(legend);
        note(chart, range.note(unitOf(scaleLabel)));
        finish(chart);
        String key = title + Arrays.hashCode(xs) + Arrays.hashCode(ys) + Arrays.deepHashCode(values);
        return new Figure(chart, title, key, WIDTH + 80, HEIGHT + 40);
    }

    /**
     * A histogram: bin {@code i} spans [{@code edges[i]}, {@code edges[i+1]}) and holds
     * {@code counts[i]} values.
     */
    public static Figure histogram(String title, String xLabel, String yLabel, double[] edges, long[] counts) {
        return histogram(title, xLabel, yLabel, edges, counts, "");
    }

    /** As {@link #histogram(String, String, String, double[], long[])}, with a note under the title (if not empty). */
    public static Figure histogram(String title, String xLabel, String yLabel, double[] edges, long[] counts,
                                   String note) {
        if (edges.length != counts.length + 1 || counts.length == 0) {
            throw new IllegalArgumentException("histogram needs bins+1 edges, got " + edges.length
                    + " edges for " + counts.length + " bins");
        }
        XYIntervalSeries series = new XYIntervalSeries(yLabel);
        for (int i = 0; i < counts.length; i++) {
            double mid = (edges[i] + edges[i + 1]) / 2;
            series.add(mid, edges[i], edges[i + 1], counts[i], counts[i], counts[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, SERIES_COLOURS[0]);
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, new NumberAxis(yLabel), renderer);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        note(chart, note);
        finish(chart);
        return new Figure(chart, title, title + Arrays.hashCode(edges) + Arrays.hashCode(counts) + note, WIDTH, HEIGHT);
    }

    /**
     * A line chart of two series against the same x values, each on its own vertical axis (left for
     * the first, right for the second), with a legend; {@code logX} draws x on a log scale.
     */
    public static Figure lineChart(String title, String xLabel, double[] x, String firstLabel, double[] first,
                                   String secondLabel, double[] second, boolean logX) {
        return lineChart(title, xLabel, x, firstLabel, first, secondLabel, second, logX, false, Double.NaN, null);
    }

    /**
     * As {@link #lineChart(String, String, double[], String, double[], String, double[], boolean)}, with
     * the second axis on a log scale if {@code logSecond} (its values must then be positive), and a
     * labelled horizontal reference line at {@code reference} on the first axis unless it is NaN (the
     * first axis then spans at least 1 unit either side of it, so small wiggles do not look large).
     */
    public static Figure lineChart(String title, String xLabel, double[] x, String firstLabel, double[] first,
                                   String secondLabel, double[] second, boolean logX, boolean logSecond,
                                   double reference, String referenceLabel) {
        if (x.length != first.length || x.length != second.length || x.length == 0) {
            throw new IllegalArgumentException("line chart needs one value of each series per x");
        }
        ValueAxis xAxis;
        if (logX) {
            LogAxis log = new LogAxis(xLabel);
            log.setBase(10);
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            xAxis = log;
        } else {
            xAxis = new NumberAxis(xLabel);
        }
        NumberAxis left = new NumberAxis(firstLabel);
        left.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(collection(firstLabel, x, first), xAxis, left, lineRenderer(0));
        ValueAxis right = axis(secondLabel, logSecond);
        if (right instanceof NumberAxis linear) {
            linear.setAutoRangeIncludesZero(true);
        }
        plot.setRangeAxis(1, right);
        if (!Double.isNaN(reference)) {
            ValueMarker marker = new ValueMarker(reference, SERIES_COLOURS[0], new BasicStroke(1f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(referenceLabel);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(0, marker, org.jfree.chart.ui.Layer.FOREGROUND);
            double lo = reference - 1;
            double hi = reference + 1;
            for (double v : first) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            left.setRange(lo, hi);
        }
        plot.setDataset(1, collection(secondLabel, x, second));
        plot.setRenderer(1, lineRenderer(1));
        plot.mapDatasetToRangeAxis(1, 1);
        left.setLabelPaint(SERIES_COLOURS[0]);
        right.setLabelPaint(SERIES_COLOURS[1]);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        finish(chart);
        String key = title + Arrays.hashCode(x) + Arrays.hashCode(first) + Arrays.hashCode(second) + reference;
        return new Figure(chart, title, key, WIDTH, HEIGHT);
    }

    /**
     * A grouped bar chart: one group per category, one bar per series in each group, with a legend.
     * {@code series} maps series names (in legend order) to one value per category.
     */
    public static Figure barChart(String title, List<String> categories, Map<String, double[]> series,
                                  String yLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder key = new StringBuilder(title);
        series.forEach((name, values) -> {
            if (values.length != categories.size()) {
                throw new IllegalArgumentException("series " + name + " has " + values.length + " values for "
                        + categories.size() + " categories");
            }
            for (int i = 0; i < values.length; i++) {
                data.addValue(values[i], name, categories.get(i));
            }
            key.append(name).append(Arrays.hashCode(values));
        });
        key.append(categories);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, SERIES_COLOURS[s % SERIES_COLOURS.length]);
        }
        NumberAxis values = new NumberAxis(yLabel);
        values.setAutoRangeIncludesZero(true); // bars start at zero: their lengths compare
        renderer.setIncludeBaseInRange(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, renderer);
        plot.setRangeGridlinePaint(GRID);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, series.size() > 1);
        finish(chart);
        return new Figure(chart, title, key.toString(), WIDTH, HEIGHT);
    }

    /** The grouped bar chart as an SVG element for inlining in HTML (see {@link #barChart}). */
    public static String barChartSvg(String title, List<String> categories, Map<String, double[]> series,
                                     String yLabel) {
        return barChart(title, categories, series, yLabel).svgElement();
    }

    /**
     * A scatter chart: ordinary points as small grey circles, highlighted points as larger coloured
     * circles joined in x order and labelled without overlaps ({@link PointLabels}; e.g. a Pareto
     * front); {@code highlightName} names them in the legend.
     */
    public static Figure scatter(String title, String xLabel, String yLabel, List<ScatterPoint> points,
                                 String highlightName, boolean logX, boolean logY) {
        return scatter(title, xLabel, yLabel, points, java.util.Collections.nCopies(points.size(), "designs"),
                highlightName, logX, logY);
    }

    /**
     * {@link #scatter(String, String, String, List, String, boolean, boolean)} with every point in its
     * group's series ({@code groups.get(i)} is point i's, e.g. the design's kind): one colour and legend
     * entry per group (grey when there is only one), the highlighted points also joined, squared and
     * labelled on top.
     */
    public static Figure scatter(String title, String xLabel, String yLabel, List<ScatterPoint> points,
                                 List<String> groups, String highlightName, boolean logX, boolean logY) {
        if (groups.size() != points.size()) {
            throw new IllegalArgumentException(points.size() + " points but " + groups.size() + " groups");
        }
        XYSeries marked = new XYSeries(highlightName, true, true);
        Map<String, XYSeries> families = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder(title);
        for (int i = 0; i < points.size(); i++) {
            ScatterPoint p = points.get(i);
            families.computeIfAbsent(groups.get(i), g -> new XYSeries(g, false, true)).add(p.x(), p.y());
            if (p.highlighted()) {
                marked.add(p.x(), p.y());
            }
            key.append(Objects.hash(p.label(), p.x(), p.y(), p.highlighted(), groups.get(i)));
        }
        List<ScatterPoint> markedPoints = points.stream().filter(ScatterPoint::highlighted).toList();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(marked);
        families.values().forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesStroke(0, new BasicStroke(1.2f));
        renderer.setSeriesShape(0, new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setSeriesShapesFilled(0, false);
        renderer.setSeriesPaint(0, SERIES_COLOURS[1]);
        int f = 1;
        for (int i = 0; i < families.size(); i++, f++) {
            renderer.setSeriesLinesVisible(f, false);
            renderer.setSeriesShape(f, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesPaint(f, families.size() == 1 ? new Color(0x888888)
                    : FAMILY_COLOURS[i % FAMILY_COLOURS.length]);
        }
        ValueAxis xAxis = axis(xLabel, logX);
        ValueAxis yAxis = axis(yLabel, logY);
        xAxis.setUpperMargin(0.12); // room for the labels, which avoid each other (PointLabels)
        yAxis.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.addAnnotation(new PointLabels(markedPoints));
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        finish(chart);
        return new Figure(chart, title, key.toString(), WIDTH, HEIGHT);
    }

    /** Group colours of a grouped scatter: distinct from each other and from the highlight's orange. */
    private static final Color[] FAMILY_COLOURS = {new Color(0x1f5fa8), new Color(0x2e8b57), new Color(0x7b4fa0),
        new Color(0xb8860b), new Color(0x555555), new Color(0x17becf), new Color(0xe377c2), new Color(0x8c564b),
        new Color(0xbcbd22), new Color(0x000000), new Color(0x98df8a), new Color(0xaec7e8)};

    /**
     * A scatter chart of a few named points, each its own colour and labelled next to it without
     * overlaps; both axes start at zero (e.g. energy against error, where the distance from the
     * origin is the point).
     */
    public static Figure labelledScatter(String title, String xLabel, String yLabel, List<ScatterPoint> points) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        StringBuilder key = new StringBuilder(title);
        for (int i = 0; i < points.size(); i++) {
            ScatterPoint p = points.get(i);
            XYSeries s = new XYSeries(p.label() + " #" + i, false, true);
            s.add(p.x(), p.y());
            data.addSeries(s);
            renderer.setSeriesPaint(i, SERIES_COLOURS[i % SERIES_COLOURS.length]);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
            key.append(Objects.hash(p.label(), p.x(), p.y()));
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        double xMax = points.stream().mapToDouble(ScatterPoint::x).max().orElse(1);
        double yMax = points.stream().mapToDouble(ScatterPoint::y).max().orElse(1);
        xMax = xMax > 0 ? xMax : 1;
        yMax = yMax > 0 ? yMax : 1;
        // from zero, with a little room left of it so that points at zero show whole
        xAxis.setRange(-0.04 * xMax, 1.25 * xMax);
        yAxis.setRange(0, 1.1 * yMax);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.addAnnotation(new PointLabels(points));
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        finish(chart);
        return new Figure(chart, title, key.toString(), WIDTH, HEIGHT);
    }

    /** A line of small text under the title, e.g. how a scale was clipped; nothing if empty. */
    private static void note(JFreeChart chart, String text) {
        if (!text.isEmpty()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(text, new Font(Font.SANS_SERIF, Font.ITALIC, 11)));
        }
    }

    /** The unit in a label's last parentheses, e.g. {@code " %"} for "relative error (%)", else "". */
    static String unitOf(String label) {
        int open = label.lastIndexOf('(');
        int close = label.lastIndexOf(')');
        return open >= 0 && close > open ? " " + label.substring(open + 1, close) : "";
    }

    private static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new LogAxis(label);
            a.setBase(10);
            a.setSmallestValue(1e-12);
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.#E0"));
            a.setAutoTickUnitSelection(false);
            a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0)); // one tick per decade
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static XYSeriesCollection collection(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, true, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i]);
        }
        return new XYSeriesCollection(s);
    }

    private static XYLineAndShapeRenderer lineRenderer(int colour) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, SERIES_COLOURS[colour]);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesShape(0, colour == 0 ? new Ellipse2D.Double(-4, -4, 8, 8) : new Rectangle2D.Double(-4, -4, 8, 8));
        return r;
    }

    private static void finish(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
    }
}
