package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
