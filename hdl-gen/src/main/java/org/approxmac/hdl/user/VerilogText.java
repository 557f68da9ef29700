package org.approxmac.hdl.user;

import java.nio.file.Path;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.TextInput;

/** Reading a user's Verilog (or file list) and blanking its comments. */
final class VerilogText {
    private VerilogText() {
    }

    /**
     * The text of a user's file: UTF-8, or byte for byte as ISO-8859-1 when it is not valid UTF-8
     * (a Latin-1 byte in a comment is common and harmless). Throws {@link UserRtlException} naming
     * {@code what} (e.g. "--rtl file") when the file is missing, a folder, unreadable or binary.
     */
    static String read(Path file, String what) {
        try {
            return TextInput.read(what, file, TextInput.Text.VERILOG);
        } catch (SpecException e) {
            throw new UserRtlException(e.getMessage());
        }
    }

    /**
     * The text with {@code //} and block comments replaced by spaces (line breaks kept, so line
     * numbers stay), string literals untouched.
     */
    static String blankComments(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '"') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(n, j < n && text.charAt(j) == '"' ? j + 1 : j);
                sb.append(text, i, j);
                i = j;
            } else if (c == '/' && next == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    sb.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (; i < stop; i++) {
                    sb.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
