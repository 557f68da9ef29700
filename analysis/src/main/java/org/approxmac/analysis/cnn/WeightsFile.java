package org.approxmac.analysis.cnn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained weights of one network: a few text lines, then the parameters as little-endian
 * float32. Format:
 * <pre>
 * approxmac-cnn-weights 1
 * network bn
 * values 28354
 * (further "key value" lines: how it was trained, its float accuracy)
 * end
 * &lt;values x 4 bytes&gt;
 * </pre>
 * The values follow the layers in order: each layer's {@link Layer#parameters()}, and for batch
 * normalisation then its running mean and running variance.
 */
public final class WeightsFile {
    public static final String MAGIC = "approxmac-cnn-weights 1";

    private WeightsFile() {
    }

    /** The file's bytes for a network, with extra header lines (no line breaks in keys or values). */
    public static byte[] write(Network network, Map<String, String> info) {
        List<float[]> arrays = arrays(network);
        int count = arrays.stream().mapToInt(a -> a.length).sum();
        StringBuilder header = new StringBuilder(MAGIC).append('\n');
        header.append("network ").append(network.architecture().id()).append('\n');
        header.append("values ").append(count).append('\n');
        info.forEach((k, v) -> header.append(k).append(' ').append(v).append('\n'));
        header.append("end\n");
        byte[] text = header.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(text.length + 4 * count).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(text);
        for (float[] a : arrays) {
            for (float v : a) {
                buffer.putFloat(v);
            }
        }
        return buffer.array();
    }

    /** Loads the weights into a fresh network of the file's architecture; returns it with the header lines. */
    public static Loaded read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        Map<String, String> header = new LinkedHashMap<>();
        int pos = 0;
        List<String> lines = new ArrayList<>();
        while (true) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end >= bytes.length || lines.size() > 64) {
                throw new IllegalArgumentException(source + " is not a weights file (no header end)");
            }
            String line = new String(bytes, pos, end - pos, StandardCharsets.US_ASCII);
            pos = end + 1;
            if (line.equals("end")) {
                break;
            }
            lines.add(line);
        }
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
            throw new IllegalArgumentException(source + " is not a weights file (first line '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "')");
        }
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ');
            header.put(space < 0 ? line : line.substring(0, space), space < 0 ? "" : line.substring(space + 1));
        }
        Network network = Architecture.of(header.getOrDefault("network", "?")).build();
        List<float[]> arrays = arrays(network);
        int count = arrays.stream().mapToInt(a -> a.length).sum();
        if (!String.valueOf(count).equals(header.get("values")) || bytes.length - pos != 4 * count) {
            throw new IllegalArgumentException(source + " holds " + header.get("values") + " values in "
                    + (bytes.length - pos) + " bytes; network " + network.architecture().id() + " has " + count);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, pos, bytes.length - pos).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] a : arrays) {
            for (int i = 0; i < a.length; i++) {
                a[i] = buffer.getFloat();
            }
        }
        return new Loaded(network, header);
    }

    /** A network read from a file, and the file's header lines. */
    public record Loaded(Network network, Map<String, String> header) {
    }

    private static List<float[]> arrays(Network network) {
        List<float[]> arrays = new ArrayList<>();
        for (Layer layer : network.layers()) {
            arrays.addAll(List.of(layer.parameters()));
            if (layer instanceof BatchNorm bn) {
                arrays.add(bn.runningMean());
                arrays.add(bn.runningVariance());
            }
        }
        return arrays;
    }

}
