package org.approxmac.analysis.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes an image as PNG with two tEXt chunks, {@code Software = approxmac} (the marker by which
 * approxmac recognises its own files) and {@code Title}. No time chunk is written, so the same image
 * gives the same bytes.
 */
final class PngEncoder {
    static final String SOFTWARE_KEY = "Software";
    static final String SOFTWARE_VALUE = "approxmac";
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image, String title) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            metadata.mergeTree(FORMAT, textTree(title));
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode textTree(String title) throws IIOInvalidTreeException {
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry(SOFTWARE_KEY, SOFTWARE_VALUE));
        text.appendChild(entry("Title", latin1(title)));
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(text);
        return root;
    }

    private static IIOMetadataNode entry(String key, String value) {
        IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
        e.setAttribute("keyword", key);
        e.setAttribute("value", value);
        return e;
    }

    /** tEXt holds Latin-1 only; other characters become '?'. */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    /** Whether PNG bytes carry approxmac's tEXt marker (walks the chunk list; false if not a PNG). */
    static boolean hasMarker(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (png.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (png[i] != signature[i]) {
                return false;
            }
        }
        byte[] wanted = (SOFTWARE_KEY + '\0' + SOFTWARE_VALUE).getBytes(StandardCharsets.ISO_8859_1);
        int pos = signature.length;
        while (pos + 8 <= png.length) {
            long length = ((png[pos] & 0xffL) << 24) | ((png[pos + 1] & 0xff) << 16)
                    | ((png[pos + 2] & 0xff) << 8) | (png[pos + 3] & 0xff);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int data = pos + 8;
            if (length > png.length - data) {
                return false;
            }
            if (type.equals("tEXt") && length == wanted.length && regionEquals(png, data, wanted)) {
                return true;
            }
            if (type.equals("IEND")) {
                return false;
            }
            pos = data + (int) length + 4;
        }
        return false;
    }

    private static boolean regionEquals(byte[] data, int offset, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (data[offset + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
