package org.approxmac.hdl.user;

/**
 * One line of a user's Verilog after preprocessing, with where it came from.
 *
 * @param file   the file as named to the user (the path as given, or as an include was resolved)
 * @param number the 1-based line number in that file
 * @param text   the line with comments blanked and simple macros expanded
 */
public record SourceLine(String file, int number, String text) {

    /** {@code file:number}, the prefix of messages about this line. */
    public String location() {
        return file + ":" + number;
    }
}
