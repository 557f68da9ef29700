package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KindsCommandTest {

    @Test
    void committedKindsDocMatchesTheDescriptors() throws IOException {
        Path doc = Path.of("..", "docs", "kinds.md");
        assertEquals(KindsCommand.markdown(), Files.readString(doc),
                "docs/kinds.md is stale: regenerate with ./approxmac kinds --markdown > docs/kinds.md");
    }

    @Test
    void textListsEveryKindAndItsRanges() {
        String text = KindsCommand.text();
        for (String s : new String[] {"fixed", "mitchw", "mitchell", "drum", "bf16", "fp32", "1..n", "2n..128",
            "c1|sm|unsigned"}) {
            assertTrue(text.contains(s), s);
        }
    }
}
