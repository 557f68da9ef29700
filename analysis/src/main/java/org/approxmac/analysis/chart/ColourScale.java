package org.approxmac.analysis.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colour scale of heat maps: a blue-white-red diverging scale when values of both signs occur
 * (white at zero, so the sign of an error is visible at a glance), otherwise a sequential scale from
 * dark blue through teal to yellow. Values outside the bounds are clamped; NaN (undefined, e.g. a
 * relative error where the exact product is 0) is light grey.
 */
public final class ColourScale implements PaintScale {
    static final Color UNDEFINED = new Color(0xd0d0d0);
    private static final Color[] DIVERGING = {new Color(0x2166ac), new Color(0x92c5de), Color.WHITE,
        new Color(0xf4a582), new Color(0xb2182b)};
    private static final Color[] SEQUENTIAL = {new Color(0x2c1e5e), new Color(0x2f6f8e), new Color(0x2fa98c),
        new Color(0x9bd34a), new Color(0xf5e51f)};

    private final double lower;
    private final double upper;
    private final Color[] anchors;

    private ColourScale(double lower, double upper, Color[] anchors) {
        this.lower = lower;
        this.upper = upper;
        this.anchors = anchors;
    }

    /** The scale for data in [min, max]: diverging around 0 (symmetric bounds) if min < 0 < max. */
    public static ColourScale forRange(double min, double max) {
        if (!(min <= max)) {
            return new ColourScale(0, 1, SEQUENTIAL);
        }
        if (min < 0 && max > 0) {
            double m = Math.max(-min, max);
            return new ColourScale(-m, m, DIVERGING);
        }
        if (min == max) {
            double pad = min == 0 ? 1e-9 : Math.abs(min) * 1e-6;
            return new ColourScale(min - pad, max + pad, SEQUENTIAL);
        }
        return new ColourScale(min, max, SEQUENTIAL);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** The colour of a value. */
    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        double t = (Math.min(Math.max(value, lower), upper) - lower) / (upper - lower);
        double pos = t * (anchors.length - 1);
        int i = Math.min((int) Math.floor(pos), anchors.length - 2);
        double f = pos - i;
        Color c0 = anchors[i];
        Color c1 = anchors[i + 1];
        return new Color(mix(c0.getRed(), c1.getRed(), f), mix(c0.getGreen(), c1.getGreen(), f),
                mix(c0.getBlue(), c1.getBlue(), f));
    }

    private static int mix(int x, int y, double f) {
        return (int) Math.round(x + (y - x) * f);
    }
}
