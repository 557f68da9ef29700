package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.approxmac.toolchain.CacheRoot;
import org.junit.jupiter.api.Test;

class CostOptionsTest {

    private static final Liberty LIB = new Liberty("x.lib", "x", Path.of("/x.lib"), "00", "µm²",
            new LibertyCells.CellPins("BUF", "A", "Z"), Optional.empty(), Optional.empty(), java.util.Set.of());

    @Test
    void defaultsAreTheDocumentedOnes() {
        CostOptions o = CostOptions.defaults(LIB);
        assertEquals(OperandDistribution.UNIFORM, o.operands());
        assertEquals(1000, o.simCycles());
        assertEquals(8, o.warmupCycles());
        assertEquals(10.0, o.clockNs());
        assertEquals(1, o.seed());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.jobs());
    }

    @Test
    void defaultCacheIsTheSharedCacheRoot() {
        // the precedence (property, environment, .approxmac-cache) is CacheRootTest's
        assertEquals(CacheRoot.resolve(null).dir(), CostOptions.defaults(LIB).cacheDir());
    }

    @Test
    void withersChangeOneField() {
        CostOptions o = CostOptions.defaults(LIB).withSeed(5).withClockNs(2.5).withToolTimeout(Duration.ofSeconds(3));
        assertEquals(5, o.seed());
        assertEquals(2.5, o.clockNs());
        assertEquals(Duration.ofSeconds(3), o.toolTimeout());
        assertEquals(1000, o.simCycles());
    }

    @Test
    void rejectsImpossibleValues() {
        CostOptions o = CostOptions.defaults(LIB);
        assertThrows(IllegalArgumentException.class, () -> o.withJobs(0));
        assertThrows(IllegalArgumentException.class, () -> o.withClockNs(0));
        assertThrows(IllegalArgumentException.class, () -> o.withSimCycles(0));
    }
}
