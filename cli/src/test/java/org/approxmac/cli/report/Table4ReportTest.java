package org.approxmac.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.Sampling;
import org.approxmac.synth.CostResult;
import org.junit.jupiter.api.Test;

class Table4ReportTest {

    /** A cost result with the given energy and delay (other figures derived so they are distinct). */
    static CostResult cost(Table4Design d, double energyPj, double delayNs) {
        return new CostResult(d.spec().canonical(), d.spec().identifier(), "generated", "osu018", "osu018_stdcells",
                "abcdef0123456789abcdef", 1000 * energyPj, "lambda^2", (int) energyPj, Map.of(), delayNs, 10.0,
                energyPj / delayNs, 1, 1, 0.01, energyPj, 2 * energyPj, "uniform", 1, 8, 1000,
                Map.of("yosys", "Yosys 0.23"), Map.of(), "key");
    }

    static Table4Report report(double... energies) {
        return report(i -> new Table4Row.CosimCheck(CosimStatus.PASSED, 100, "pass: 100 cycles, seed 1"), energies);
    }

    static Table4Report report(java.util.function.IntFunction<Table4Row.CosimCheck> cosim, double... energies) {
        List<Table4Row> rows = new ArrayList<>();
        for (int i = 0; i < Table4.DESIGNS.size(); i++) {
            Table4Design d = Table4.DESIGNS.get(i);
            Optional<CostResult> c = energies[i] > 0 ? Optional.of(cost(d, energies[i], 5 + i)) : Optional.empty();
            rows.add(new Table4Row(d, c, c.isPresent() ? Optional.empty() : Optional.of("yosys timed out"),
                    cosim.apply(i),
                    ErrorAnalysis.analyze(Units.multiplier(d.spec()), Sampling.random(1000, 1))));
        }
        return new Table4Report(rows, "osu018", "uniform", 1000);
    }

    @Test
    void ratiosAreAgainstTheBf16MacAndOrderingIsChecked() {
        // bf16, fixed16, mitchw16, fp32, fixed32, mitchw32
        Table4Report r = report(200, 160, 66, 900, 500, 120);
        Table4Row ref = r.reference();
        assertEquals(0.8, r.rows().get(1).energyRatio(ref).orElseThrow(), 1e-12);
        assertEquals(66.0 / 160, r.mitchwOverFixed(16, CostResult::energyPj).orElseThrow(), 1e-12);
        assertEquals(0.20 / 0.35, r.paperMitchwOverFixed(16), 1e-12);
        assertEquals(Optional.of(true), r.orderingHolds(16, CostResult::energyPj));
        assertEquals(Optional.of(true), r.orderingHolds(32, CostResult::energyPj));
        Table4Report wrong = report(200, 260, 66, 900, 500, 520);
        assertEquals(Optional.of(false), wrong.orderingHolds(16, CostResult::energyPj));
        assertEquals(Optional.of(false), wrong.orderingHolds(32, CostResult::energyPj));
        assertTrue(wrong.findings().get(1).contains("energy per operation: does NOT hold"));
        // PDP = 2 x energy in these fixtures, so the PDP ordering agrees with the energy ordering
        assertEquals(Optional.of(false), wrong.orderingHolds(16, CostResult::pdpPj));
        assertTrue(wrong.findings().get(0).startsWith("N=16 ordering Mitch-w6 < fixed < bfloat16 in PDP"));
    }

    @Test
    void aCosimulationThatCouldNotRunIsNotCountedAsPassed() {
        Table4Report r = report(i -> i == 2
                ? new Table4Row.CosimCheck(CosimStatus.NOT_RUN, 0, "NOT RUN: verilator: not found")
                : new Table4Row.CosimCheck(CosimStatus.SKIPPED, 0, "skipped (--cosim-cycles 0)"),
                200, 160, 66, 900, 500, 120);
        assertTrue(r.noCosimMismatch());
        assertEquals(List.of(Table4.DESIGNS.get(2).name()), r.cosimNotRun());
        assertTrue(Table4Html.render(r).contains("<td class=\"bad\">NOT RUN: verilator: not found</td>"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> designs = (List<Map<String, Object>>) r.json().get("designs");
        @SuppressWarnings("unchecked")
        Map<String, Object> cosim = (Map<String, Object>) designs.get(2).get("cosim");
        assertEquals("not_run", cosim.get("status"));
        assertEquals(false, cosim.get("passed"));
        Table4Report mismatch = report(i -> new Table4Row.CosimCheck(i == 0 ? CosimStatus.MISMATCH
                : CosimStatus.PASSED, 100, "x"), 200, 160, 66, 900, 500, 120);
        assertFalse(mismatch.noCosimMismatch());
        assertTrue(mismatch.cosimNotRun().isEmpty());
    }

    @Test
    void missingCostsAreReportedNotInvented() {
        Table4Report r = report(0, 160, 66, 900, 500, 120);
        assertEquals(Optional.empty(), r.rows().get(2).energyRatio(r.reference()));
        assertFalse(r.allCosted());
        assertTrue(r.markdown().contains("N=16 bfloat16 could not be costed:** yosys timed out"));
        assertTrue(r.csv().lines().anyMatch(l -> l.startsWith("N=16 bfloat16,") && l.contains(",,")));
    }

    @Test
    void everyFormatCarriesTheMarkerAndAllDesigns() {
        Table4Report r = report(200, 160, 66, 900, 500, 120);
        String md = r.markdown();
        String csv = r.csv();
        String html = Table4Html.render(r);
        for (String text : List.of(md, csv, html)) {
            assertTrue(text.substring(0, 200).contains(Table4Report.MARKER));
        }
        assertEquals(Table4Report.MARKER, r.json().get("generator"));
        for (Table4Design d : Table4.DESIGNS) {
            assertTrue(md.contains(d.spec().canonical()), d.name());
            assertTrue(html.contains(d.name()), d.name());
        }
        assertEquals(1 + 1 + Table4.DESIGNS.size(), csv.lines().count());
        assertEquals(4, html.split("<svg").length - 1, "four inline charts");
        assertFalse(html.contains("http://") && html.contains("<script src"), "self-contained");
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(Table4Html.render(report(200, 160, 66, 900, 500, 120)),
                Table4Html.render(report(200, 160, 66, 900, 500, 120)));
    }
}
