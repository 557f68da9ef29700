package org.approxmac.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.approxmac.spec.SpecParser;

/**
 * The sizes of the datapaths {@code approxmac datapaths} compares: the lanes K of the dot-product MAC
 * and the rows R and columns C of the arrays of MACs. Constructed only with values in range; the
 * factory {@link #of(int, String)} turns bad options into one-line {@link UsageError}s.
 *
 * @param lanes lanes K of the dot-product MAC, {@value #MIN_LANES}..{@value #MAX_LANES}
 * @param rows  rows R of the arrays, 1..{@value #MAX_SIDE}
 * @param cols  columns C of the arrays, 1..{@value #MAX_SIDE}; R * C is 2..{@value #MAX_ELEMENTS}
 */
record DatapathShape(int lanes, int rows, int cols) {
    static final int MIN_LANES = 2;
    static final int MAX_LANES = 64;
    static final int MAX_SIDE = 16;
    static final int MIN_ELEMENTS = 2;
    static final int MAX_ELEMENTS = 64;

    /** The accepted range of {@code --array}, as the error messages state it. */
    static final String ARRAY_RANGE = "RxC with R, C 1.." + MAX_SIDE + " and " + MIN_ELEMENTS + ".." + MAX_ELEMENTS
            + " elements, e.g. 4x4";

    private static final Pattern ARRAY = Pattern.compile("([0-9]+)[xX]([0-9]+)");

    DatapathShape {
        if (lanes < MIN_LANES || lanes > MAX_LANES) {
            throw new UsageError("--lanes " + lanes + " is out of range (accepted: " + MIN_LANES + ".." + MAX_LANES
                    + ")");
        }
        String array = "--array " + rows + "x" + cols + ": ";
        if (rows < 1 || rows > MAX_SIDE) {
            throw new UsageError(array + rows + " rows is out of range (accepted: " + ARRAY_RANGE + ")");
        }
        if (cols < 1 || cols > MAX_SIDE) {
            throw new UsageError(array + cols + " columns is out of range (accepted: " + ARRAY_RANGE + ")");
        }
        int elements = rows * cols;
        if (elements < MIN_ELEMENTS || elements > MAX_ELEMENTS) {
            throw new UsageError(array + elements + (elements == 1 ? " element" : " elements")
                    + " is out of range (accepted: " + ARRAY_RANGE + ")");
        }
    }

    /** The shape of {@code --lanes} and {@code --array} (text {@code RxC}), checked. */
    static DatapathShape of(int lanes, String array) {
        String text = array == null ? "" : array.strip();
        Matcher m = ARRAY.matcher(text);
        if (!m.matches()) {
            throw new UsageError("--array '" + SpecParser.visible(text) + "' is not RxC (accepted: " + ARRAY_RANGE
                    + ")");
        }
        return new DatapathShape(lanes, side(text, m.group(1), "rows"), side(text, m.group(2), "columns"));
    }

    /** A side's digits as a number; more than 4 digits are out of range whatever their value. */
    private static int side(String array, String digits, String what) {
        if (digits.length() > 4) {
            throw new UsageError("--array " + array + ": " + digits + " " + what + " is out of range (accepted: "
                    + ARRAY_RANGE + ")");
        }
        return Integer.parseInt(digits);
    }

    /** Processing elements of the arrays, R * C. */
    int elements() {
        return rows * cols;
    }

    /** The arrays' size as the tables name it, e.g. {@code 4 x 4}. */
    String arrayText() {
        return rows + " x " + cols;
    }
}
