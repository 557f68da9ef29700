package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.approxmac.spec.SpecException;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void roundTripsSortedByFile() {
        Manifest m = new Manifest(Map.of()).with("z.v", "fixed:n=8,sign=twos").with("a.v", "drum:n=8,k=6,sign=c1");
        String text = m.text();
        assertTrue(Manifest.generated(text));
        assertTrue(text.endsWith("# spec\tfile\ndrum:n=8,k=6,sign=c1\ta.v\nfixed:n=8,sign=twos\tz.v\n"), text);
        assertEquals(m, Manifest.parse(text, "m"));
    }

    @Test
    void rejectsMalformedLinesAndForeignFiles() {
        SpecException e = assertThrows(SpecException.class, () -> Manifest.parse("# x\nfixed:n=8 a.v\n", "dir/MANIFEST.tsv"));
        assertEquals("dir/MANIFEST.tsv:2: expected 'spec<TAB>file.v', got 'fixed:n=8 a.v'", e.getMessage());
        assertFalse(Manifest.generated("spec\tfile\n"));
    }
}
