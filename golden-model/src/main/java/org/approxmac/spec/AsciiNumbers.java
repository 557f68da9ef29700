package org.approxmac.spec;

import java.math.BigInteger;

/**
 * Whole numbers written in ASCII digits only. {@link Integer#parseInt}, {@link Long#parseLong} and
 * {@link BigInteger#BigInteger(String, int)} also take full-width, Arabic-Indic and other Unicode
 * digits, so a look-alike character in a command line or a file would be read as a number; every
 * number approxmac reads goes through here instead.
 */
public final class AsciiNumbers {
    private AsciiNumbers() {
    }

    /** True when the text is an optional '-' followed by one or more ASCII digits of the radix. */
    public static boolean isWhole(String text, int radix) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || Character.digit(c, radix) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An int in decimal ASCII digits; anything else throws {@link NumberFormatException}. */
    public static int parseInt(String text) {
        check(text, 10);
        return Integer.parseInt(text);
    }

    /** A long in decimal ASCII digits; anything else throws {@link NumberFormatException}. */
    public static long parseLong(String text) {
        check(text, 10);
        return Long.parseLong(text);
    }

    /** A whole number of any size in ASCII digits of the radix; anything else throws {@link NumberFormatException}. */
    public static BigInteger parseBigInteger(String text, int radix) {
        check(text, radix);
        return new BigInteger(text, radix);
    }

    private static void check(String text, int radix) {
        if (!isWhole(text, radix)) {
            throw new NumberFormatException("'" + SpecParser.visible(text) + "' is not a whole number in digits "
                    + (radix == 16 ? "0-9, a-f" : "0-9"));
        }
    }
}
