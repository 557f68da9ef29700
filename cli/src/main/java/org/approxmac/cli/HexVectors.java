package org.approxmac.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.approxmac.spec.AsciiNumbers;
import org.approxmac.spec.SpecParser;

/**
 * Reads text vectors: one vector per line, hex fields separated by blanks, {@code #} starts a comment,
 * blank lines are skipped. Every field is checked against its width; an error names the line.
 */
final class HexVectors {
    private HexVectors() {
    }

    /**
     * @param widths the bit width of each field, in order
     * @return one array of field values per vector line
     */
    static List<BigInteger[]> read(BufferedReader in, String source, String[] names, int[] widths) {
        List<BigInteger[]> vectors = new ArrayList<>();
        String line;
        int lineNo = 0;
        try {
            while ((line = in.readLine()) != null) {
                lineNo++;
                int hash = line.indexOf('#');
                String body = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (body.isEmpty()) {
                    continue;
                }
                String[] fields = body.split("\\s+");
                if (fields.length != widths.length) {
                    throw new UsageError(source + " line " + lineNo + ": expected " + widths.length + " hex fields ("
                            + String.join(" ", names) + "), got " + fields.length);
                }
                BigInteger[] v = new BigInteger[widths.length];
                for (int i = 0; i < fields.length; i++) {
                    v[i] = parse(fields[i], names[i], widths[i], source, lineNo);
                }
                vectors.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }

    private static BigInteger parse(String field, String name, int width, String source, int lineNo) {
        String digits = field.startsWith("0x") || field.startsWith("0X") ? field.substring(2) : field;
        BigInteger max = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        BigInteger v;
        try {
            if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) {
                throw new NumberFormatException();
            }
            v = AsciiNumbers.parseBigInteger(digits, 16);
        } catch (NumberFormatException e) {
            throw new UsageError(source + " line " + lineNo + ": " + name + "='" + SpecParser.visible(field)
                    + "' is not a hex number (accepted: 0.." + format(max, width) + ")");
        }
        if (v.compareTo(max) > 0) {
            throw new UsageError(source + " line " + lineNo + ": " + name + "=" + field + " exceeds " + width
                    + " bits (accepted: 0.." + format(max, width) + "; signed values as two's-complement patterns)");
        }
        return v;
    }

    /** A value as zero-padded hex of {@code width} bits. */
    static String format(BigInteger value, int width) {
        String hex = value.toString(16).toUpperCase(java.util.Locale.ROOT);
        int digits = (width + 3) / 4;
        return "0".repeat(Math.max(0, digits - hex.length())) + hex;
    }
}
