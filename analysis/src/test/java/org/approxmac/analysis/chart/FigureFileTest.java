package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFileTest {
    @TempDir
    Path dir;

    private static Figure figure(long count) {
        return Charts.histogram("t", "x", "count", new double[] {0, 1}, new long[] {count});
    }

    @Test
    void writesBothFormatsAndReplacesItsOwnFiles() throws Exception {
        Path png = dir.resolve("h.png");
        Path svg = dir.resolve("h.SVG");
        FigureFile.write(figure(1), png);
        FigureFile.write(figure(1), svg);
        assertTrue(FigureFile.createdByApproxmac(png, ImageFormat.PNG));
        assertTrue(Files.readString(svg).startsWith("<?xml"));
        FigureFile.write(figure(2), png);
        assertArrayEquals(figure(2).png(), Files.readAllBytes(png));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    @Test
    void refusesForeignFilesUnknownExtensionsAndMissingDirectories() throws Exception {
        Path foreign = dir.resolve("photo.png");
        Files.write(foreign, new byte[] {1, 2, 3});
        FigureException e = assertThrows(FigureException.class, () -> FigureFile.write(figure(1), foreign));
        assertTrue(e.getMessage().startsWith("refusing to overwrite"), e.getMessage());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(foreign));
        Path foreignSvg = dir.resolve("drawing.svg");
        Files.writeString(foreignSvg, "<svg xmlns='http://www.w3.org/2000/svg'/>");
        assertThrows(FigureException.class, () -> FigureFile.check(foreignSvg));
        FigureException ext = assertThrows(FigureException.class, () -> FigureFile.check(dir.resolve("h.jpg")));
        assertTrue(ext.getMessage().contains("accepted extensions: .png, .svg"));
        assertThrows(FigureException.class, () -> FigureFile.check(dir.resolve("no/such/h.png")));
        assertThrows(FigureException.class, () -> FigureFile.check(dir.resolve(".png")));
    }
}
