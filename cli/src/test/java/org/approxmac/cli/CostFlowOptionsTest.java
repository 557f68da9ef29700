package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.LibertyResolver;
import org.approxmac.synth.OperandDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostFlowOptionsTest {

    @TempDir
    Path tmp;

    private static CostFlowOptions parse(String... args) {
        return OptionsFixture.parse(CostFlowOptions::new, args);
    }

    @Test
    void jobsOutsideOneToSixtyFourIsAUsageErrorNamingTheRange() {
        for (String bad : new String[] {"0", "65"}) {
            UsageError e = assertThrows(UsageError.class, () -> parse("--jobs", bad).costOptions());
            assertEquals("--jobs must be 1..64, got " + bad, e.getMessage());
        }
    }

    @Test
    void timeoutOutsideOneSecondToOneDayIsAUsageErrorNamingTheRange() {
        for (String bad : new String[] {"0", "86401"}) {
            UsageError e = assertThrows(UsageError.class, () -> parse("--timeout", bad).costOptions());
            assertEquals("--timeout must be 1..86400 seconds, got " + bad, e.getMessage());
        }
    }

    @Test
    void theTimeoutIsEveryCostingCommandsToolTimeTwentyMinutesByDefault() {
        OptionsFixture.osu018();
        Path cache = tmp.resolve("cache");
        assertEquals(Duration.ofSeconds(1200), parse("--cache", cache.toString()).costOptions().toolTimeout());
        assertEquals(Duration.ofSeconds(30), parse("--timeout", "30", "--cache", cache.toString()).costOptions()
                .toolTimeout());
    }

    @Test
    void everyValueIsCheckedBeforeTheLibraryIsRead() {
        ActivityOptions badCycles = OptionsFixture.parse(ActivityOptions::new, "--cycles", "5");
        UsageError e = assertThrows(UsageError.class,
                () -> parse("--liberty", "/no/such.lib").costOptions(badCycles));
        assertEquals("--cycles must be 10..1000000, got 5", e.getMessage());
        UsageError lib = assertThrows(UsageError.class, () -> parse("--liberty", "/no/such.lib").costOptions());
        assertTrue(lib.getMessage().startsWith("--liberty: ") && lib.getMessage().contains("/no/such.lib"),
                lib.getMessage());
    }

    @Test
    void buildsTheCostOptionsWithTheCacheRootAndTheParts() throws IOException {
        OptionsFixture.osu018();
        Path gz = tmp.resolve("osu018.lib.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(LibertyResolver.OSU018_FILE, out);
        }
        Path cache = tmp.resolve("cache");
        CostFlowOptions flow = parse("--liberty", gz.toString(), "--jobs", "64", "--cache", cache.toString());
        CostOptions o = flow.costOptions(OptionsFixture.parse(ActivityOptions::new, "--operands", "sparse"),
                OptionsFixture.parse(MeasurementOptions::new, "--seed", "9"));
        assertEquals(cache, o.cacheDir());
        assertEquals(cache, flow.cacheRoot().dir());
        assertEquals(64, o.jobs());
        assertEquals(OperandDistribution.SPARSE, o.operands());
        assertEquals(9, o.seed());
        assertTrue(o.liberty().file().startsWith(cache.resolve("liberty").toAbsolutePath()),
                "the unpacked library goes into the cache root's liberty folder: " + o.liberty().file());
        assertEquals(1, parse("--jobs", "1", "--cache", cache.toString()).costOptions().jobs());
        assertEquals(Runtime.getRuntime().availableProcessors(), parse("--cache", cache.toString()).costOptions().jobs());
    }

    @Test
    void withoutCacheTheRootIsTheSharedDefault() {
        OptionsFixture.withCacheProperty(tmp.resolve("shared").toString(), () -> {
            assertEquals(tmp.resolve("shared"), parse().cacheRoot().dir());
            assertEquals(Path.of("given"), parse("--cache", "given").cacheRoot().dir());
        });
    }
}
