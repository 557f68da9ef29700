package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartsTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static String texts(Document d) {
        var nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            sb.append(nodes.item(i).getTextContent()).append('\n');
        }
        return sb.toString();
    }

    private static Figure heatmap(double corner) {
        double[] xs = {-2, -1, 0, 1};
        double[] ys = {0, 1, 2};
        double[][] v = {{corner, 0.1, 0.2}, {0, Double.NaN, 0.3}, {0.1, 0.1, 0.1}, {0.2, 0.2, -0.1}};
        return Charts.heatmap("heat title", "operand a", "operand b", "relative error (%)", xs, ys, v);
    }

    @Test
    void heatmapPngIsReadableAndDeterministic() throws Exception {
        byte[] png = heatmap(-0.4).png();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img);
        assertEquals(Charts.WIDTH + 80, img.getWidth());
        assertArrayEquals(png, heatmap(-0.4).png());
        assertFalse(java.util.Arrays.equals(png, heatmap(-0.2).png()));
        assertTrue(PngEncoder.hasMarker(png));
    }

    @Test
    void heatmapSvgHasTitleLabelsScaleAndStableIds() throws Exception {
        String svg = heatmap(-0.4).svg();
        assertEquals(svg, heatmap(-0.4).svg());
        String text = texts(parse(svg));
        for (String s : new String[] {"heat title", "operand a", "operand b", "relative error (%)"}) {
            assertTrue(text.contains(s), s);
        }
        assertTrue(svg.contains("<image "), "cells are embedded as one image");
        assertTrue(SvgEncoder.hasMarker(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // a different chart uses different clip-path ids, so both can be inlined in one page
        String id = svg.replaceAll("(?s).*?<clipPath id='([^']*)'.*", "$1");
        String other = heatmap(-0.2).svg().replaceAll("(?s).*?<clipPath id='([^']*)'.*", "$1");
        assertNotEquals(id, other);
    }

    @Test
    void histogramLineScatterRender() throws Exception {
        Figure h = Charts.histogram("hist", "relative error (%)", "count", new double[] {-1, 0, 1}, new long[] {3, 4});
        assertNotNull(ImageIO.read(new ByteArrayInputStream(h.png())));
        assertTrue(texts(parse(h.svg())).contains("relative error (%)"));
        Figure l = Charts.lineChart("conv", "length", new double[] {1, 9, 576}, "mean (%)", new double[] {-5, -5.9, -5.9},
                "variance", new double[] {4, 0.5, 0.01}, true);
        String lt = texts(parse(l.svg()));
        assertTrue(lt.contains("mean (%)") && lt.contains("variance") && lt.contains("length"), lt);
        Figure s = Charts.scatter("pareto", "MRED (%)", "energy (pJ)", List.of(new ScatterPoint("p", 1, 2, true),
                new ScatterPoint("q", 2, 3, false)), "Pareto-optimal", false, false);
        String st = texts(parse(s.svg()));
        assertTrue(st.contains("Pareto-optimal") && st.contains("energy (pJ)") && st.contains("p"), st);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.histogram("x", "x", "y", new double[] {0, 1}, new long[] {1, 2}));
    }

    @Test
    void groupedScatterHasOneLegendEntryPerGroup() throws Exception {
        List<ScatterPoint> points = List.of(new ScatterPoint("mitchw:w=6", 5.9, 70, true),
                new ScatterPoint("ilm:w=6", 2.9, 92, false), new ScatterPoint("drum:k=6", 1.5, 92, true),
                new ScatterPoint("ilm:w=8", 1.5, 100, false));
        Figure s = Charts.scatter("pareto", "MRED (%)", "energy (pJ)", points,
                List.of("mitchw", "ilm", "drum", "ilm"), "Pareto-optimal", false, false);
        String st = texts(parse(s.svg()));
        for (String legend : new String[] {"mitchw", "ilm", "drum", "Pareto-optimal"}) {
            assertTrue(st.contains(legend), legend + " in " + st);
        }
        assertTrue(st.contains("mitchw:w=6") && st.contains("drum:k=6"), "Pareto points labelled: " + st);
        assertFalse(st.contains("ilm:w=8"), "other points unlabelled: " + st);
        assertThrows(IllegalArgumentException.class, () -> Charts.scatter("x", "x", "y", points, List.of("a"), "P",
                false, false));
    }

    @Test
    void barChartSvgIsAnInlineElementWithLegend() throws Exception {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("area", new double[] {1, 0.5});
        series.put("power", new double[] {1, 0.4});
        String svg = Charts.barChartSvg("Table 4", List.of("fixed", "mitchw"), series, "relative to fixed");
        assertTrue(svg.startsWith("<svg"));
        String text = texts(parse(svg));
        for (String s : new String[] {"Table 4", "fixed", "mitchw", "area", "power", "relative to fixed"}) {
            assertTrue(text.contains(s), s);
        }
        assertEquals(svg, Charts.barChartSvg("Table 4", List.of("fixed", "mitchw"), series, "relative to fixed"));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.barChart("t", List.of("one"), series, "y"));
    }
}
