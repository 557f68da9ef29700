package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @Test
    void sha256OfKnownInput() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ContentHash.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void partBoundariesMatter() {
        assertNotEquals(ContentHash.of(List.of("ab", "c")), ContentHash.of(List.of("a", "bc")));
        assertEquals(ContentHash.of(List.of("ab", "c")), ContentHash.of(List.of("ab", "c")));
    }

    @Test
    void aFileHashesAsItsBytes(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        Path file = Files.write(dir.resolve("data.bin"), bytes);
        assertEquals(ContentHash.of(bytes), ContentHash.of(file), "read in blocks, hashed as a whole");
    }
}
