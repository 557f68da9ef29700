package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void writesTheMarkerAndNoTimeChunk() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xff0000);
        byte[] png = PngEncoder.encode(img, "title é");
        assertTrue(PngEncoder.hasMarker(png));
        assertArrayEquals(png, PngEncoder.encode(img, "title é"));
        String latin = new String(png, StandardCharsets.ISO_8859_1);
        assertFalse(latin.contains("tIME"));
        assertTrue(latin.contains("Title\0title"));
        assertFalse(PngEncoder.hasMarker("not a png".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] truncated = java.util.Arrays.copyOf(png, 20);
        assertFalse(PngEncoder.hasMarker(truncated));
    }
}
