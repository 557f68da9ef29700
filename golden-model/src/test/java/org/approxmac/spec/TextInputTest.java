package org.approxmac.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {

    @Test
    void aVerilogFileWithALatin1CommentIsReadButAVectorFileIsNot(@TempDir Path dir) throws IOException {
        Path v = dir.resolve("m.v");
        Files.write(v, "// caf\u00e9\nmodule m; endmodule\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(TextInput.read("--rtl", v, TextInput.Text.VERILOG).contains("module m;"));
        SpecException e = assertThrows(SpecException.class, () -> TextInput.read("--input", v, TextInput.Text.UTF8));
        assertEquals("--input " + v + " line 1: byte 0xE9 is not UTF-8 text (save the file as ASCII or UTF-8)",
                e.getMessage());
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, "\uFEFF01 02\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("01 02\n", TextInput.read("--input", bom, TextInput.Text.UTF8), "a byte-order mark is dropped");
    }

    @Test
    void missingFoldersAndBinariesAreNamedWithTheirRole(@TempDir Path dir) throws IOException {
        assertEquals("--sequence " + dir.resolve("no.txt") + ": file not found", assertThrows(SpecException.class,
                () -> TextInput.read("--sequence", dir.resolve("no.txt"), TextInput.Text.UTF8)).getMessage());
        assertEquals("-f file list " + dir + " is a folder, not a file", assertThrows(SpecException.class,
                () -> TextInput.read("-f file list", dir, TextInput.Text.VERILOG)).getMessage());
        Path binary = dir.resolve("a.out");
        Files.write(binary, new byte[] {'a', 'b', 0, 1});
        assertEquals("--rtl " + binary + " is a binary file, not text (NUL byte at offset 2)",
                assertThrows(SpecException.class, () -> TextInput.read("--rtl", binary, TextInput.Text.VERILOG))
                        .getMessage());
    }
}
