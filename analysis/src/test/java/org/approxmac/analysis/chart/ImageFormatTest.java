package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImageFormatTest {
    @Test
    void byExtensionCaseInsensitive() {
        assertEquals(ImageFormat.PNG, ImageFormat.of(Path.of("a/b.PNG")));
        assertEquals(ImageFormat.SVG, ImageFormat.of(Path.of("b.svg")));
        assertThrows(FigureException.class, () -> ImageFormat.of(Path.of("b.pdf")));
        assertThrows(FigureException.class, () -> ImageFormat.of(Path.of("svg")));
    }
}
