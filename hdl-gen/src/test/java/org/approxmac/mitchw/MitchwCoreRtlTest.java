package org.approxmac.mitchw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.approxmac.hdl.ModuleEval;
import org.approxmac.hdl.builder.HdlModule;
import org.junit.jupiter.api.Test;

class MitchwCoreRtlTest {

    @Test
    void matchesTheGoldenCoreExhaustivelyForEveryW() {
        int n = 6;
        for (int w = 1; w <= n; w++) {
            MitchwCore golden = new MitchwCore(n, w);
            ModuleEval core = new ModuleEval(new MitchwCoreRtl(n, w).build("core"));
            for (long x = 0; x < (1L << n); x++) {
                for (long y = 0; y < (1L << n); y++) {
                    // a zero operand is read as magnitude 1 (the sign wrapper masks true zeros)
                    long expected = golden.product(Math.max(x, 1), Math.max(y, 1));
                    assertEquals(expected, core.out("p", "x", x, "y", y), "w=" + w + " x=" + x + " y=" + y);
                }
            }
        }
    }

    @Test
    void authorsVhdlVariantMatchesTheGoldenCoreExhaustively() {
        for (int n : new int[] {6, 8}) {
            for (int w = 2; w <= n; w++) {
                MitchwCore golden = new MitchwCore(n, w, MitchwVariant.AUTHORS_VHDL);
                ModuleEval core = new ModuleEval(new MitchwCoreRtl(n, w, MitchwVariant.AUTHORS_VHDL).build("core"));
                for (long x = 0; x < (1L << n); x++) {
                    for (long y = 0; y < (1L << n); y++) {
                        long expected = golden.product(Math.max(x, 1), Math.max(y, 1));
                        assertEquals(expected, core.out("p", "x", x, "y", y), "n=" + n + " w=" + w + " x=" + x + " y=" + y);
                    }
                }
            }
        }
    }

    @Test
    void authorsVhdlVariantHasTheTruncatedDecoder() {
        HdlModule m = new MitchwCoreRtl(16, 6, MitchwVariant.AUTHORS_VHDL).build("t_core");
        List<String> names = m.internals().stream().map(s -> s.name()).toList();
        for (String expected : List.of("fraction_x", "log_sum", "decoded", "decoder_shift", "decoder_shifted")) {
            assertEquals(true, names.contains(expected), expected);
        }
        assertEquals(false, names.contains("antilog_shifted"));
        assertEquals(21, m.internals().stream().filter(s -> s.name().equals("decoder_shifted")).findFirst()
                .orElseThrow().width(), "an N+K-bit shifter instead of the 2N+K-bit antilog");
        assertThrows(IllegalArgumentException.class, () -> new MitchwCoreRtl(8, 1, MitchwVariant.AUTHORS_VHDL));
    }

    @Test
    void hasTheDatapathOfThePaperWithReadableNames() {
        HdlModule m = new MitchwCoreRtl(16, 6).build("t_core");
        List<String> names = m.internals().stream().map(s -> s.name()).toList();
        for (String expected : List.of("characteristic_x", "aligned_x", "fraction_x", "log_x", "log_sum",
                "exponent", "mantissa", "antilog_shifted")) {
            assertEquals(true, names.contains(expected), expected);
        }
        assertEquals(5, m.internals().stream().filter(s -> s.name().equals("fraction_x")).findFirst().orElseThrow()
                .width(), "K = w - 1 fraction bits");
        assertEquals(List.of("t_core_lod", "t_core_align", "t_core_log_adder", "t_core_antilog"),
                m.instances().stream().map(i -> i.module().name()).distinct().toList());
    }

    @Test
    void selectsTheFractionFromOneHotLinesWhenNoLargerThanTheAligner() {
        assertEquals(false, MitchwCoreRtl.oneHotFraction(16, 5));
        assertEquals(true, MitchwCoreRtl.oneHotFraction(32, 5));
        assertEquals(false, MitchwCoreRtl.oneHotFraction(32, 0));
        HdlModule m = new MitchwCoreRtl(32, 6).build("t_core");
        List<String> names = m.internals().stream().map(s -> s.name()).toList();
        for (String expected : List.of("leading_one_x", "characteristic_x", "fraction_x", "log_x", "antilog_shifted")) {
            assertEquals(true, names.contains(expected), expected);
        }
        assertEquals(false, names.contains("aligned_x"));
        assertEquals(List.of("t_core_lead", "t_core_log_adder", "t_core_antilog"),
                m.instances().stream().map(i -> i.module().name()).distinct().toList());
    }

    @Test
    void bothFractionFormsMatchTheGoldenCoreOnRandomOperands() {
        java.util.Random random = new java.util.Random(6);
        int n = 24;
        for (int w : new int[] {4, 6, 8}) {
            for (MitchwVariant variant : List.of(MitchwVariant.TRUNCATED, MitchwVariant.AUTHORS_VHDL)) {
                MitchwCore golden = new MitchwCore(n, w, variant);
                ModuleEval core = new ModuleEval(new MitchwCoreRtl(n, w, variant).build("core"));
                for (int i = 0; i < 2000; i++) {
                    long x = 1 + (random.nextLong() >>> (40 + random.nextInt(24)));
                    long y = 1 + (random.nextLong() >>> (40 + random.nextInt(24)));
                    assertEquals(golden.product(x, y), core.out("p", "x", x, "y", y),
                            variant + " w=" + w + " x=" + x + " y=" + y);
                }
            }
        }
    }

    @Test
    void rejectsWOutsideOneToN() {
        assertThrows(IllegalArgumentException.class, () -> new MitchwCoreRtl(8, 0));
        assertThrows(IllegalArgumentException.class, () -> new MitchwCoreRtl(8, 9));
    }
}
