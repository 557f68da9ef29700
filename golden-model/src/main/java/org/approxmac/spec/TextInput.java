package org.approxmac.spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file a user named (a vector file, a sequence file, Verilog sources, file lists): the
 * one reader for all of them, so every command words the same problem the same way. Every problem is
 * a {@link SpecException} (bad input, exit 2 on the command line) naming what the file is for, the
 * file and the problem: it does not exist, is a folder, cannot be read, is binary (holds a NUL byte),
 * or (for {@link Text#UTF8}) is not UTF-8. A leading UTF-8 byte-order mark is dropped.
 */
public final class TextInput {

    /** How bytes become characters. */
    public enum Text {
        /** Strict UTF-8 (ASCII included): a stray byte is an error naming its line. */
        UTF8,
        /**
         * UTF-8, else Latin-1 byte for byte: Verilog sources are ASCII, but tools accept any byte in a
         * comment or string, so a Latin-1 comment must not stop a valid design.
         */
        VERILOG
    }

    private TextInput() {
    }

    /** The file's text; {@code what} names its role, e.g. "--input" or "--rtl file". */
    public static String read(String what, Path file, Text text) {
        String name = what + " " + file;
        if (Files.isDirectory(file)) {
            throw new SpecException(name + " is a folder, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(name + ": file not found");
        } catch (AccessDeniedException e) {
            throw new SpecException(name + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new SpecException(name + " cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SpecException(name + " is a binary file, not text (NUL byte at offset " + i + ")");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1); // UTF-8 never yields more chars than bytes
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, chars, true);
        if (result.isError()) {
            if (text == Text.VERILOG) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            int bad = in.position();
            throw new SpecException(name + " line " + lineOf(bytes, bad) + ": byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " is not UTF-8 text (save the file as ASCII or UTF-8)");
        }
        String s = chars.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
