package org.approxmac.analysis.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be rendered, at a fixed size, as PNG bytes or SVG text. Rendering is
 * deterministic: the same chart and data give the same bytes on the same machine (fonts come from
 * the Java runtime, so other machines may rasterise text differently).
 */
public final class Figure {
    static {
        Rendering.setUp();
    }

    private final JFreeChart chart;
    private final String title;
    private final String key;
    private final int width;
    private final int height;

    Figure(JFreeChart chart, String title, String key, int width, int height) {
        this.chart = chart;
        this.title = title;
        this.key = key;
        this.width = width;
        this.height = height;
    }

    public String title() {
        return title;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The PNG image, with approxmac's tEXt marker. */
    public byte[] png() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            chart.draw(g2, new Rectangle(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(image, title);
    }

    /** A standalone SVG document with approxmac's marker comment. */
    public String svg() {
        return SvgEncoder.document(chart, title, key, width, height);
    }

    /** The bare {@code <svg>} element, for inlining in an HTML page. */
    public String svgElement() {
        return SvgEncoder.element(chart, title, key, width, height);
    }

    /** The file content in the given format. */
    public byte[] bytes(ImageFormat format) {
        return switch (format) {
            case PNG -> png();
            case SVG -> svg().getBytes(StandardCharsets.UTF_8);
        };
    }
}
