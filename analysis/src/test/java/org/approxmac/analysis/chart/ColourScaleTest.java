package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColourScaleTest {
    @Test
    void divergingScaleIsSymmetricAndWhiteAtZero() {
        ColourScale s = ColourScale.forRange(-0.1, 0.05);
        assertEquals(-0.1, s.getLowerBound());
        assertEquals(0.1, s.getUpperBound());
        assertEquals(Color.WHITE, s.colour(0));
        assertEquals(s.colour(-0.1), s.colour(-5), "clamped");
        assertNotEquals(s.colour(-0.1), s.colour(0.1));
    }

    @Test
    void sequentialScaleForOneSignAndGreyForNaN() {
        ColourScale s = ColourScale.forRange(-0.11, 0);
        assertEquals(-0.11, s.getLowerBound());
        assertNotEquals(s.colour(-0.11), s.colour(0));
        assertEquals(ColourScale.UNDEFINED, s.colour(Double.NaN));
        ColourScale flat = ColourScale.forRange(0, 0);
        assertEquals(flat.colour(0), flat.colour(0));
    }
}
