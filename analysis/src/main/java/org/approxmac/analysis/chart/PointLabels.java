package org.approxmac.analysis.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Labels next to scatter points that do not overlap each other or the points: each label, in the
 * given order, takes the first of a ring of candidate positions around its point (right, left,
 * above, below, the diagonals, then the same farther out) whose box is inside the plot and free;
 * a label placed away from its point gets a thin leader line. If no position is free the label goes
 * right of its point. Placement depends only on the data and the chart size, so it is deterministic.
 */
final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final double GAP = 6;
    private static final double POINT = 10; // the largest marker drawn (Pareto squares)
    private static final int RINGS = 4;

    private final List<ScatterPoint> points;

    PointLabels(List<ScatterPoint> points) {
        this.points = List.copyOf(points);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(FONT);
        FontMetrics fm = g2.getFontMetrics();
        List<double[]> centres = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (ScatterPoint p : points) {
            double[] c = {domainAxis.valueToJava2D(p.x(), dataArea, plot.getDomainAxisEdge()),
                rangeAxis.valueToJava2D(p.y(), dataArea, plot.getRangeAxisEdge())};
            centres.add(c);
            taken.add(new Rectangle2D.Double(c[0] - POINT / 2, c[1] - POINT / 2, POINT, POINT));
        }
        for (int i = 0; i < points.size(); i++) {
            String label = points.get(i).label();
            if (label == null || label.isEmpty()) {
                continue;
            }
            double w = fm.stringWidth(label);
            double h = fm.getAscent() + fm.getDescent();
            Rectangle2D box = place(centres.get(i), w, h, dataArea, taken);
            taken.add(box);
            double[] c = centres.get(i);
            if (box.getMinX() > c[0] + 3 * GAP || box.getMaxX() < c[0] - 3 * GAP
                    || box.getMinY() > c[1] + 3 * GAP || box.getMaxY() < c[1] - 3 * GAP) {
                g2.setPaint(Color.GRAY);
                g2.draw(new Line2D.Double(c[0], c[1], box.getCenterX(), box.getCenterY()));
            }
            g2.setPaint(Color.DARK_GRAY);
            g2.drawString(label, (float) box.getX(), (float) (box.getY() + fm.getAscent()));
        }
    }

    /** The first free candidate box for a label of size w x h around a point centred at c. */
    static Rectangle2D place(double[] c, double w, double h, Rectangle2D area, List<Rectangle2D> taken) {
        for (int ring = 1; ring <= RINGS; ring++) {
            double d = GAP * ring + (ring - 1) * h;
            double[][] offsets = {{d, -h / 2}, {-d - w, -h / 2}, {-w / 2, -d - h}, {-w / 2, d},
                {d, -d - h}, {d, d}, {-d - w, -d - h}, {-d - w, d}};
            for (double[] o : offsets) {
                Rectangle2D box = new Rectangle2D.Double(c[0] + o[0], c[1] + o[1], w, h);
                if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                    return box;
                }
            }
        }
        return new Rectangle2D.Double(c[0] + GAP, c[1] - h / 2, w, h);
    }
}
