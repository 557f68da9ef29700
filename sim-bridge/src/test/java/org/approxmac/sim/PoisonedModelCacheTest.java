package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged Verilator build in the cache is noticed, reported in one line and rebuilt, never run. */
class PoisonedModelCacheTest {

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @Test
    void aTruncatedBinaryOrJunkInPortsTxtIsRebuiltAndTheModelWorksAgain(@TempDir Path cache) throws IOException {
        List<String> notices = new ArrayList<>();
        ModelBuilder builder = new ModelBuilder(Toolchain.system(), cache, Duration.ofMinutes(20), notices::add);
        RtlSource rtl = Fixtures.rtl("exact_mul8.v", "exact_mul8");
        DutShape shape = DutShape.of(Fixtures.FIXED8);
        SimModel first = builder.build(rtl, shape);
        assertFalse(first.cached());

        byte[] sim = Files.readAllBytes(first.executable());
        Files.write(first.executable(), Arrays.copyOf(sim, sim.length / 3)); // e.g. a disk that filled up
        SimModel rebuilt = builder.build(rtl, shape);
        assertFalse(rebuilt.cached(), "a truncated binary is never used");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("sim does not match its recorded digest"), notices.get(0));
        assertTrue(runs(rebuilt), "the rebuilt model co-simulates");

        Files.writeString(rebuilt.executable().resolveSibling("ports.txt"), "junk\n");
        SimModel again = builder.build(rtl, shape);
        assertFalse(again.cached());
        assertEquals(2, notices.size());
        assertTrue(notices.get(1).contains("ports.txt does not match"), notices.get(1));
        assertTrue(builder.build(rtl, shape).cached(), "the replacement is cached and intact");
        assertEquals(2, notices.size());
    }

    private static boolean runs(SimModel model) {
        CosimResult r = Fixtures.cosim().multiplier(model, Fixtures.exactSigned(Fixtures.FIXED8), Optional.empty(),
                VectorPlan.parse("corners", Fixtures.FIXED8, 1), Cosim.Progress.NONE);
        return r.passed() && r.vectors() > 0;
    }
}
