package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgEncoderTest {
    @Test
    void trimsDecimalsAndDerivesIdsFromTheKey() {
        assertEquals("12.5", SvgEncoder.trim("12.50"));
        assertEquals("3", SvgEncoder.trim("3.00"));
        assertEquals("0", SvgEncoder.trim("-0.00"));
        assertEquals("120", SvgEncoder.trim("120"));
        assertEquals(SvgEncoder.idPrefix("a"), SvgEncoder.idPrefix("a"));
        assertNotEquals(SvgEncoder.idPrefix("a"), SvgEncoder.idPrefix("b"));
        assertTrue(SvgEncoder.idPrefix("a").matches("am[0-9a-f]+"));
    }

    @Test
    void markerIsRecognisedOnlyNearTheStart() {
        Figure f = Charts.histogram("m", "x", "y", new double[] {0, 1}, new long[] {1});
        String svg = f.svg();
        assertTrue(SvgEncoder.hasMarker(svg.getBytes(StandardCharsets.UTF_8)));
        assertFalse(svg.matches("(?s).*\\d\\.\\d{3,}.*"), "coordinates have at most 2 decimals");
        String late = "<svg>" + " ".repeat(5000) + SvgEncoder.MARKER + " -->";
        assertFalse(SvgEncoder.hasMarker(late.getBytes(StandardCharsets.UTF_8)));
    }
}
