package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CacheRootTest {

    @Test
    void explicitOptionBeatsPropertyBeatsEnvironmentBeatsDefault() {
        Path option = Path.of("opt");
        assertEquals(option, CacheRoot.resolve(option, "prop", "env").dir());
        assertEquals(Path.of("prop"), CacheRoot.resolve(null, "prop", "env").dir());
        assertEquals(Path.of("env"), CacheRoot.resolve(null, null, "env").dir());
        assertEquals(Path.of(".approxmac-cache"), CacheRoot.resolve(null, null, null).dir());
    }

    @Test
    void blankPropertyOrVariableCountsAsUnset() {
        assertEquals(Path.of("env"), CacheRoot.resolve(null, " ", "env").dir());
        assertEquals(Path.of(".approxmac-cache"), CacheRoot.resolve(null, "", "").dir());
    }

    @Test
    void theSystemPropertyIsRead() {
        String saved = System.getProperty(CacheRoot.PROPERTY);
        try {
            System.setProperty(CacheRoot.PROPERTY, "from-property");
            assertEquals(Path.of("from-property"), CacheRoot.resolve(null).dir());
            assertEquals(Path.of("given"), CacheRoot.resolve(Path.of("given")).dir());
        } finally {
            if (saved == null) {
                System.clearProperty(CacheRoot.PROPERTY);
            } else {
                System.setProperty(CacheRoot.PROPERTY, saved);
            }
        }
    }

    @Test
    void eachConsumerHasItsFixedSubfolder() {
        CacheRoot root = new CacheRoot(Path.of("c"));
        assertEquals(Path.of("c", "verilator"), root.verilatorBuilds());
        assertEquals(Path.of("c", "cost"), root.costResults());
        assertEquals(Path.of("c", "liberty"), root.liberties());
    }
}
