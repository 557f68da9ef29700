package org.approxmac.analysis.chart;

import org.jfree.chart.text.TextUtils;

/** One-time rendering set-up shared by chart building and drawing. */
final class Rendering {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // draw rotated labels (vertical axis titles) as text, not glyph outlines, so SVG text stays text
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Rendering() {
    }

    /** Runs the static set-up (idempotent). */
    static void setUp() {
        // the work is done once, in the static initialiser
    }
}
