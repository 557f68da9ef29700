package org.approxmac.analysis.chart;

import java.nio.file.Path;
import java.util.Locale;

/** The image formats figures are written in, chosen by the file name's extension. */
public enum ImageFormat {
    PNG(".png"),
    SVG(".svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format of a figure file from its extension (case-insensitive).
     *
     * @throws FigureException for any other extension
     */
    public static ImageFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ImageFormat f : values()) {
            if (lower.endsWith(f.extension) && lower.length() > f.extension.length()) {
                return f;
            }
        }
        throw new FigureException("unknown figure format for " + file + " (accepted extensions: .png, .svg)");
    }
}
