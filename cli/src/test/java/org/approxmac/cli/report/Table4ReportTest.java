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
import org.approxmac.toolchain.ToolVersion;
import org.junit.jupiter.api.Test;

class Table4ReportTest {
    static final Map<String, String> TOOLS = Map.of("yosys", "Yosys 0.23 (git sha1 7ce5011c24b)", "sta", "2.0.17",
            "iverilog", "Icarus Verilog version 11.0 (stable) ()", "vvp", "Icarus Verilog runtime version 11.0 (stable) ()");
    static final Provenance PROVENANCE = new Provenance("0.2.0", "approxmac report --out r", Optional.of("2026-12-03"),
            Optional.of(new ToolVersion("Verilator", "5.006 2023-01-22")), 100, Optional.empty(), Optional.empty());

    /** A cost result with the given energy and delay (other figures derived so they are distinct). */
    static CostResult cost(Table4Design d, double energyPj, double delayNs) {
        return new CostResult(d.spec().canonical(), d.spec().identifier(), "generated", "osu018", "osu018_stdcells",
                "abcdef0123456789abcdef", 1000 * energyPj, "lambda^2", (int) energyPj, 0, Map.of(), delayNs, 10.0,
                energyPj / delayNs, 1, 1, 0.01, energyPj, 2 * energyPj, "uniform", 1, 8, 1000,
                TOOLS, Map.of(), "key");
    }

    static Table4Report report(double... energies) {
        return report(i -> new Table4Row.CosimCheck(CosimStatus.PASSED, 100, "pass: 100 cycles, seed 1"), energies);
    }

    static Table4Report report(java.util.function.IntFunction<Table4Row.CosimCheck> cosim, double... energies) {
        return new Table4Report(rows(cosim, energies), "osu018", "uniform", 1000, PROVENANCE);
    }

    static List<Table4Row> rows(java.util.function.IntFunction<Table4Row.CosimCheck> cosim, double... energies) {
        List<Table4Row> rows = new ArrayList<>();
        for (int i = 0; i < Table4.DESIGNS.size(); i++) {
            Table4Design d = Table4.DESIGNS.get(i);
            Optional<CostResult> c = energies[i] > 0 ? Optional.of(cost(d, energies[i], 5 + i)) : Optional.empty();
            rows.add(new Table4Row(d, c, c.isPresent() ? Optional.empty() : Optional.of("yosys timed out"),
                    cosim.apply(i),
                    ErrorAnalysis.analyze(Units.multiplier(d.spec()), Sampling.random(1000, 1))));
        }
        return rows;
    }

    @Test
    void alsoRowsGetTheirOwnTableInEveryFormatAgainstBf16AndMitchw6() {
        Table4Report six = report(200, 160, 66, 900, 500, 120);
        Table4Design ilm = new Table4Design("ilm:n=16", org.approxmac.spec.UnitSpec.parse("ilm:n=16,mac"), Double.NaN);
        Table4Row extra = new Table4Row(ilm, Optional.of(cost(ilm, 92, 10)), Optional.empty(),
                new Table4Row.CosimCheck(CosimStatus.PASSED, 100, "pass: 100 cycles, seed 1"),
                ErrorAnalysis.analyze(Units.multiplier(ilm.spec()), Sampling.random(1000, 1)));
        Table4Report r = new Table4Report(six.rows(), List.of(extra), "osu018", "uniform", 1000, PROVENANCE);
        assertEquals(List.of("92000", "92", "10.00", "9.20", "92.0", "184.0", "0.46", "1.39"), r.alsoCells(extra).subList(0, 8));
        String md = r.markdown();
        assertTrue(md.contains("## Also compared (report --also)"), md);
        assertTrue(md.contains("| N=16 ilm:n=16 | `ilm:n=16,w=6,iter=1,sign=c1,mac,acc=40` |"), md);
        assertTrue(r.terminal().contains("Also compared (--also):"));
        List<String> csv = r.csv().lines().toList();
        assertEquals(8, csv.size(), "header, six rows, one --also row");
        assertTrue(csv.get(7).startsWith("N=16 ilm:n=16,"), csv.get(7));
        assertTrue(csv.get(7).contains(",,"), "no paper figure for an --also row: " + csv.get(7));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> also = (List<Map<String, Object>>) r.json().get("also");
        assertEquals(1, also.size());
        assertEquals(null, also.get(0).get("paper_energy_vs_bf16"));
        assertEquals(92.0 / 200, (Double) also.get(0).get("energy_vs_bf16"), 1e-12);
        assertEquals(six.findings(), r.findings(), "the checks against the paper stay Table 4's");
        assertFalse(six.json().containsKey("also"));
        assertFalse(six.markdown().contains("Also compared"));
        Table4Row uncosted = new Table4Row(ilm, Optional.empty(), Optional.of("yosys timed out"), extra.cosim(),
                extra.errors());
        assertFalse(new Table4Report(six.rows(), List.of(uncosted), "osu018", "uniform", 1000, PROVENANCE).allCosted());
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
        for (String text : List.of(md, html)) {
            assertTrue(text.substring(0, 200).contains(Table4Report.MARKER));
        }
        assertEquals(Table4Report.CSV_HEADER, csv.lines().findFirst().orElseThrow(), "plain CSV: the header first");
        assertEquals(Table4Report.MARKER, r.json().get("generator"));
        for (Table4Design d : Table4.DESIGNS) {
            assertTrue(md.contains(d.spec().canonical()), d.name());
            assertTrue(html.contains(d.name()), d.name());
        }
        assertEquals(1 + Table4.DESIGNS.size(), csv.lines().count());
        assertEquals(5, html.split("<svg").length - 1, "five inline charts");
        assertFalse(html.contains("http://") && html.contains("<script src"), "self-contained");
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(Table4Html.render(report(200, 160, 66, 900, 500, 120)),
                Table4Html.render(report(200, 160, 66, 900, 500, 120)));
    }

    @Test
    void orderingSentencesStateTheMeasuredOrderAndNeverAFalseInequality() {
        // N=32 energy: FP32 509.8, fixed 577.4, Mitch-w6 159.9 (the measured case of issue 18)
        Table4Report r = report(200, 160, 66, 509.8, 577.4, 159.9);
        String n32 = r.findings().get(4);
        assertTrue(n32.startsWith("N=32 ordering Mitch-w6 < fixed < FP32 in energy per operation: does NOT hold"), n32);
        assertTrue(n32.endsWith("measured Mitch-w6 159.9 < FP32 509.8 < fixed 577.4 pJ"), n32);
        Table4Report tie = report(200, 160, 66, 500.01, 500.04, 120);
        assertTrue(tie.findings().get(4).contains("Mitch-w6 120.0 < fixed 500.0 = FP32 500.0 pJ")
                || tie.findings().get(4).contains("Mitch-w6 120.0 < FP32 500.0 = fixed 500.0 pJ"), tie.findings().get(4));
        for (Table4Report any : List.of(r, tie, report(200, 160, 66, 900, 500, 120), report(200, 260, 66, 900, 500, 520))) {
            for (String f : any.findings()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d) < [A-Za-z0-9-]+ (\\d+\\.\\d)")
                        .matcher(f);
                int from = 0;
                while (m.find(from)) {
                    assertTrue(Double.parseDouble(m.group(1)) < Double.parseDouble(m.group(2)), f);
                    from = m.start(2);
                }
            }
        }
    }

    @Test
    void csvIsPlainRfc4180WithOneRecordPerDesign() {
        Table4Report r = report(0, 160, 66, 900, 500, 120);
        List<List<String>> records = Rfc4180.parse(r.csv());
        List<String> header = records.get(0);
        assertEquals(List.of(Table4Report.CSV_HEADER.split(",")), header);
        assertEquals(1 + Table4.DESIGNS.size(), records.size());
        for (List<String> rec : records) {
            assertEquals(header.size(), rec.size(), rec.toString());
        }
        List<String> fixed16 = records.get(2);
        assertEquals("N=16 fixed", fixed16.get(header.indexOf("label")));
        assertEquals(Table4.DESIGNS.get(1).spec().canonical(), fixed16.get(header.indexOf("spec")));
        assertEquals(160.0, Double.parseDouble(fixed16.get(header.indexOf("energy_pj"))), 1e-12);
        assertEquals("lambda^2", fixed16.get(header.indexOf("area_unit")));
        assertEquals("passed", fixed16.get(header.indexOf("cosim_status")));
        assertEquals("", records.get(1).get(header.indexOf("energy_pj")), "not costed: empty, not invented");
    }

    @Test
    void provenanceLabelsEveryToolOnceAndTheDateOnlyInHtmlAndTerminal() {
        Table4Report r = report(200, 160, 66, 900, 500, 120);
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        r.provenance(true).forEach(f -> assertEquals(null, facts.put(f.label(), f.value()), "one " + f.label()));
        assertEquals("0.2.0", facts.get("approxmac"));
        assertEquals("approxmac report --out r", facts.get("command"));
        assertEquals("2026-12-03 (UTC)", facts.get("date"));
        assertEquals("0.23 (git sha1 7ce5011c24b)", facts.get("Yosys"));
        assertEquals("2.0.17", facts.get("OpenSTA"));
        assertEquals("11.0 (stable)", facts.get("Icarus Verilog"));
        assertEquals("5.006 2023-01-22", facts.get("Verilator"));
        assertTrue(facts.get("liberty").contains("abcdef0123456789abcdef"), facts.get("liberty"));
        assertTrue(facts.get("simulation").contains("100 random MAC cycles"), facts.get("simulation"));
        assertTrue(facts.get("clocks").contains("10.0 ns"), facts.get("clocks"));
        String html = Table4Html.render(r);
        assertTrue(html.contains("<tr><th>date</th><td>2026-12-03 (UTC)</td></tr>"), "HTML dated");
        assertTrue(r.terminal().contains("date: 2026-12-03 (UTC)"));
        assertFalse(r.markdown().contains("2026-12-03"), "the Markdown is the same bytes on any day");
        assertFalse(r.csv().contains("2026-12-03"));
        assertFalse(org.approxmac.cli.Json.write(r.json()).contains("2026-12-03"));
        assertTrue(r.markdown().contains("| Icarus Verilog | 11.0 (stable) |"));
        assertFalse(html.contains("()"), "no empty version decorations");
        assertFalse(html.contains("shared/"), "cites only repository paths");
        assertFalse(facts.containsKey("synthesis"), "the documented synthesis is not restated");
    }

    @Test
    void aSynthesisOtherThanTheDocumentedOneIsStatedInEveryFormat() {
        Table4Report plain = report(200, 160, 66, 900, 500, 120);
        Table4Report booth = new Table4Report(rows(i -> new Table4Row.CosimCheck(CosimStatus.PASSED, 100, "pass"),
                200, 160, 66, 900, 500, 120), "osu018", "uniform", 1000,
                PROVENANCE.withSynthesis("every Verilog '*' as Yosys' own radix-4 Booth multiplier"));
        assertTrue(booth.markdown().contains("| synthesis | every Verilog '*' as Yosys' own radix-4 Booth multiplier |"),
                booth.markdown());
        assertTrue(booth.terminal().contains("synthesis: every Verilog '*'"), booth.terminal());
        assertEquals("every Verilog '*' as Yosys' own radix-4 Booth multiplier", booth.json().get("synthesis"));
        assertFalse(plain.json().containsKey("synthesis"));
        assertTrue(Table4Html.render(booth).contains("<tr><th>synthesis</th>"));
        assertFalse(plain.markdown().contains("| synthesis |"), plain.markdown());
    }

    @Test
    void htmlHasNoMarkdownAndShowsPowerBreakdownAreaUnitAndTradeOffChart() {
        String html = Table4Html.render(report(200, 160, 66, 900, 500, 120));
        String text = html.replaceAll("(?s)<svg.*?</svg>", "");
        assertFalse(text.contains("**"), "no Markdown emphasis");
        assertFalse(text.contains("`"), "no Markdown code spans");
        assertTrue(text.contains("<th>area (lambda^2)</th>"), "the area column names its unit");
        assertTrue(text.contains("<h2>Power breakdown</h2>"));
        assertTrue(text.contains("<th>switching (mW)</th>"));
        assertTrue(html.contains("Energy per operation against error"));
        assertTrue(html.contains("viewBox=\"0 0 "), "charts scale to the grid");
        String md = report(200, 160, 66, 900, 500, 120).markdown();
        assertTrue(md.contains("## Power breakdown"));
        assertTrue(md.contains("| N=16 fixed | 1.000 | 1.000 | 0.010000 | "), md);
    }

    @Test
    void terminalPrintsTheTableItself() {
        String t = report(200, 160, 66, 900, 500, 120).terminal();
        List<String> lines = t.lines().toList();
        assertTrue(lines.get(0).startsWith("design ") && lines.get(0).contains("energy/op (pJ)"), lines.get(0));
        for (int i = 0; i < Table4.DESIGNS.size(); i++) {
            assertTrue(lines.get(1 + i).startsWith(Table4.DESIGNS.get(i).name()), lines.get(1 + i));
        }
        assertTrue(lines.get(2).contains("160.0"), lines.get(2));
        assertTrue(t.contains("internal (mW)"));
    }

    @Test
    void jsonUsesTheSharedVocabulary() {
        Map<String, Object> o = report(200, 160, 66, 900, 500, 120).json();
        for (String key : List.of("library_name", "liberty", "liberty_sha256", "area_unit", "tool_versions", "clock_ns",
                "approxmac_version", "command", "designs")) {
            assertTrue(o.containsKey(key), key);
        }
        for (String old : List.of("library", "tools", "common_clock_ns")) {
            assertFalse(o.containsKey(old), old);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> tools = (Map<String, String>) o.get("tool_versions");
        assertEquals(TOOLS.get("yosys"), tools.get("yosys"), "keyed by command, the version line as synth --json has it");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) o.get("designs")).get(0);
        assertEquals("N=16 bfloat16", first.get("label"));
        assertEquals(Table4.DESIGNS.get(0).spec().identifier(), first.get("design"), "design: the module, as in synth");
    }
}
