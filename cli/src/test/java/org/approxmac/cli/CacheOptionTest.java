package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CacheOptionTest {

    @Test
    void givenRootBeatsThePropertyWhichIsTheDefault() {
        OptionsFixture.withCacheProperty("from-property", () -> {
            CacheOption none = OptionsFixture.parse(CacheOption::new);
            assertFalse(none.given());
            assertEquals(Path.of("from-property"), none.root().dir());
            CacheOption given = OptionsFixture.parse(CacheOption::new, "--cache", "mine");
            assertTrue(given.given());
            assertEquals(Path.of("mine"), given.root().dir());
        });
    }
}
