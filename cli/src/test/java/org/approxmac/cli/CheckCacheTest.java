package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.approxmac.cli.report.CosimStatus;
import org.approxmac.cli.report.Table4Row;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.CacheRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCacheTest {
    private static final UnitSpec SPEC = UnitSpec.parse("mitchw:n=16,w=6,mac");

    @Test
    void errorFiguresComeBackEqual(@TempDir Path dir) {
        CheckCache cache = new CheckCache(new CacheRoot(dir));
        Sampling s = Sampling.random(5000, 1);
        String key = CheckCache.errorsKey(SPEC, s, "0.2.0");
        assertEquals(Optional.empty(), cache.errors(key, SPEC, s));
        ErrorMetrics m = ErrorAnalysis.analyze(Units.multiplier(SPEC), s);
        cache.putErrors(key, m);
        assertEquals(Optional.of(m), cache.errors(key, SPEC, s));
        assertTrue(Files.isRegularFile(dir.resolve("checks").resolve(key).resolve(CheckCache.FILE)));
        assertNotEquals(key, CheckCache.errorsKey(SPEC, Sampling.random(5001, 1), "0.2.0"));
        assertNotEquals(key, CheckCache.errorsKey(SPEC, s, "0.2.1"), "a new approxmac version recomputes");
    }

    @Test
    void onlyCosimulationsThatRanAreKept(@TempDir Path dir) throws Exception {
        CheckCache cache = new CheckCache(new CacheRoot(dir));
        String key = CheckCache.cosimKey(SPEC, "module m; endmodule", 20000, 1, "5.006", "0.2.0");
        cache.putCosim(key, new Table4Row.CosimCheck(CosimStatus.NOT_RUN, 0, "NOT RUN: verilator: not found"));
        assertEquals(Optional.empty(), cache.cosim(key));
        Table4Row.CosimCheck pass = new Table4Row.CosimCheck(CosimStatus.PASSED, 20000, "pass: 20000 cycles, seed 1");
        cache.putCosim(key, pass);
        assertEquals(Optional.of(pass), cache.cosim(key));
        assertNotEquals(key, CheckCache.cosimKey(SPEC, "module m2; endmodule", 20000, 1, "5.006", "0.2.0"),
                "other RTL, other key");
        assertNotEquals(key, CheckCache.cosimKey(SPEC, "module m; endmodule", 20000, 1, "5.008", "0.2.0"),
                "another Verilator, other key");
        Files.writeString(dir.resolve("checks").resolve(key).resolve(CheckCache.FILE), "{ broken");
        assertEquals(Optional.empty(), cache.cosim(key), "an unreadable entry counts as absent");
    }
}
