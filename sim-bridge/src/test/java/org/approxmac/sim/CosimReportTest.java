package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CosimReportTest {
    private static final UnitSpec SPEC = UnitSpec.parse("fixed:n=8");

    private static CosimReport report(List<Mismatch> first, long mismatches) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("corners", 1444L);
        counts.put("exhaustive", 65536L);
        CosimResult r = new CosimResult(SPEC.canonical(), "generated", counts, 3, 66980, mismatches, 0, 0.5, 2, true,
                first);
        return new CosimReport(CosimRequest.of(SPEC, new RtlSource("t", "", "generated")), r);
    }

    @Test
    void failureShowsOperandsValuesMarkedBitsAndReproducer() {
        // (-2) * 3 = -6 = 0xfffa; the RTL gave 0xfff8
        Mismatch m = new Mismatch("exhaustive", 65027, 0xfe, 0x03, -1, BigInteger.valueOf(0xfffa),
                BigInteger.valueOf(0xfff8), null);
        String text = report(List.of(m), 1).text();
        assertTrue(text.startsWith("FAIL fixed:n=8,sign=twos"), text);
        assertTrue(text.contains("66,980 vectors: corners 1,444, exhaustive 65,536; seed 3"), text);
        assertTrue(text.contains("a = 0xfe (-2)  b = 0x03 (3)"), text);
        assertTrue(text.contains("expected 0xfffa (-6)"), text);
        assertTrue(text.contains("actual   0xfff8 (-8)"), text);
        assertTrue(text.contains("1111111111111010  expected"), text);
        assertTrue(text.contains("reproduce: approxmac cosim fixed:n=8,sign=twos --vectors pair:0xfe,0x3"), text);
        String markers = text.lines().filter(l -> l.contains("^")).findFirst().orElseThrow();
        assertEquals(1, markers.chars().filter(c -> c == '^').count(), "one differing bit: bit 1");
    }

    @Test
    void jsonCarriesTheAgreedKeys() {
        Mismatch m = new Mismatch("corners", 0, 0x80, 0xff, -1, BigInteger.valueOf(0x80), BigInteger.ZERO, "bound");
        Map<String, Object> o = report(List.of(m), 1).json();
        for (String key : List.of("spec", "vectors", "mismatches", "vectors_per_second", "first_mismatches", "seed",
                "classes")) {
            assertTrue(o.containsKey(key), key);
        }
        assertEquals(133960L, o.get("vectors_per_second"));
        @SuppressWarnings("unchecked")
        Map<String, Object> f = ((List<Map<String, Object>>) o.get("first_mismatches")).get(0);
        assertEquals("0x80", f.get("a"));
        assertEquals("-128", f.get("a_decimal"));
        assertEquals("0x0080", f.get("differing_bits"));
        assertEquals("bound", f.get("bound_violation"));
    }

    @Test
    void aMacCountsCyclesNotVectors() {
        UnitSpec mac = UnitSpec.parse("fixed:n=8,mac");
        CosimResult r = new CosimResult(mac.canonical(), "generated", Map.of("cycles", 1000L), 1, 1000, 0, 0, 0.5, 2,
                true, List.of());
        CosimReport report = new CosimReport(CosimRequest.of(mac, new RtlSource("t", "", "generated")), r);
        String text = report.text();
        assertTrue(text.contains("  1,000 cycles; seed 1\n"), text);
        assertTrue(text.contains("2,000 cycles/s"), text);
        assertTrue(!text.contains("vectors"), text);
        Map<String, Object> o = report.json();
        assertEquals(1000L, o.get("cycles"));
        assertEquals(2000L, o.get("cycles_per_second"));
        assertTrue(!o.containsKey("vectors") && !o.containsKey("vectors_per_second"), o.toString());
    }

    @Test
    void aMacListsItsCycleClasses() {
        UnitSpec mac = UnitSpec.parse("bf16,mac");
        Map<String, Long> classes = new java.util.LinkedHashMap<>();
        classes.put("corners", 400L);
        classes.put("cancel", 100L);
        classes.put("random", 500L);
        CosimResult r = new CosimResult(mac.canonical(), "generated", classes, 1, 1000, 0, 0, 0.5, 2, true, List.of());
        String text = new CosimReport(CosimRequest.of(mac, new RtlSource("t", "", "generated")), r).text();
        assertTrue(text.contains("  1,000 cycles: corners 400, cancel 100, random 500; seed 1\n"), text);
    }
}
