package org.approxmac.drum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.hdl.ModuleEval;
import org.approxmac.hdl.builder.HdlModule;
import org.junit.jupiter.api.Test;

class DrumCoreRtlTest {

    @Test
    void matchesTheGoldenCoreExhaustivelyForEveryK() {
        int n = 6;
        for (int k = 3; k <= n; k++) {
            DrumCore golden = new DrumCore(n, k);
            ModuleEval core = new ModuleEval(new DrumCoreRtl(n, k).build("core"));
            for (long x = 0; x < (1L << n); x++) {
                for (long y = 0; y < (1L << n); y += 2) {
                    assertEquals(golden.product(x, y), core.out("p", "x", x, "y", y), "k=" + k + " x=" + x + " y=" + y);
                }
            }
        }
    }

    @Test
    void matchesTheGoldenCoreOnRandomOperandsInBothSegmentForms() {
        java.util.Random random = new java.util.Random(20);
        for (int k : new int[] {6, 12}) {
            int n = 24;
            DrumCore golden = new DrumCore(n, k);
            ModuleEval core = new ModuleEval(new DrumCoreRtl(n, k).build("core"));
            for (int i = 0; i < 3000; i++) {
                long x = random.nextLong() >>> (40 + random.nextInt(24));
                long y = random.nextLong() >>> (40 + random.nextInt(24));
                assertEquals(golden.product(x, y), core.out("p", "x", x, "y", y), "k=" + k + " x=" + x + " y=" + y);
            }
        }
    }

    @Test
    void matchesTheGoldenCoreWithANearAndAFarSelection() {
        // n = 11, k = 3: nine select lines, the top four the near part; every x against a sample of y
        int n = 11;
        int k = 3;
        assertTrue(DrumCoreRtl.nearFarSelection(n, k));
        assertFalse(DrumCoreRtl.nearFarSelection(10, 3));
        DrumCore golden = new DrumCore(n, k);
        ModuleEval core = new ModuleEval(new DrumCoreRtl(n, k).build("core"));
        java.util.Random random = new java.util.Random(11);
        for (long x = 0; x < (1L << n); x++) {
            for (int i = 0; i < 24; i++) {
                long y = i < 12 ? (1L << i) - 1 & ((1L << n) - 1) : random.nextInt(1 << n);
                assertEquals(golden.product(x, y), core.out("p", "x", x, "y", y), "x=" + x + " y=" + y);
            }
        }
    }

    @Test
    void hasNoNearAndFarSelectionWithFewLines() {
        List<String> names = new DrumCoreRtl(8, 4).build("t_core").internals().stream().map(s -> s.name()).toList();
        assertTrue(names.contains("zeros_x"), names.toString());
        assertFalse(names.contains("near_x"), names.toString());
    }

    @Test
    void oneHotSegmentsWhenNoLargerThanAShifter() {
        assertTrue(DrumCoreRtl.oneHotSegments(16, 6));
        assertTrue(DrumCoreRtl.oneHotSegments(32, 6));
        assertTrue(DrumCoreRtl.oneHotSegments(24, 6));
        assertFalse(DrumCoreRtl.oneHotSegments(24, 12));
        assertFalse(DrumCoreRtl.oneHotSegments(64, 32));
    }

    @Test
    void hasOneHotSegmentsAKByKMultiplierAndAFinalShifter() {
        HdlModule m = new DrumCoreRtl(16, 6).build("t_core");
        List<String> names = m.internals().stream().map(s -> s.name()).toList();
        assertTrue(names.containsAll(List.of("leading_one_x", "large_x", "segment_select_x", "zeros_x", "near_x",
                "segment_x", "segment_product", "total_zeros")), names.toString());
        assertTrue(names.containsAll(List.of("above_x_14", "above_x_0", "above_y_0")), "the detector is written inline");
        assertEquals(List.of("t_core_segment_mul", "t_core_final_shr"),
                m.instances().stream().map(i -> i.module().name()).distinct().toList());
        assertEquals(6, m.instances().stream().filter(i -> i.name().equals("u_segment_mul")).findFirst().orElseThrow()
                .module().port("a").width());
    }

    @Test
    void shiftsOutTheSegmentWhenOneHotWouldBeLarger() {
        HdlModule m = new DrumCoreRtl(24, 12).build("t_core");
        assertEquals(List.of("t_core_lod", "t_core_segment_shr", "t_core_segment_mul", "t_core_final_shr"),
                m.instances().stream().map(i -> i.module().name()).distinct().toList());
    }

    @Test
    void rejectsKOutsideThreeToN() {
        assertThrows(IllegalArgumentException.class, () -> new DrumCoreRtl(8, 2));
        assertThrows(IllegalArgumentException.class, () -> new DrumCoreRtl(8, 9));
    }
}
