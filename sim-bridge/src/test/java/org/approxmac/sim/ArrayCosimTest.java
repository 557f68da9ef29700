package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Processing-element arrays ({@code rows}, {@code cols}) in Verilator against the golden array, every
 * cycle over the MAC plan's classes (corner walk, long sums, random cycles): every integer kind with
 * shared and unshared conversion at n = 8 in 2 x 2 and 2 x 3 arrays, Mitch-w6 and DRUM6 4 x 4 arrays at
 * n = 16. The kinds of one shape share one build. The 4 x 4 arrays of every kind at n = 8 and the
 * 8 x 8 and 1 x 16 arrays are long tests (-Plong-tests).
 */
class ArrayCosimTest {

    /** Every integer kind and sign handling at operand width n, shared and, for the approximate kinds, unshared. */
    static List<String> kinds(int n) {
        String w = n == 8 ? "4" : "6";
        List<String> kinds = new ArrayList<>(List.of("fixed:n=" + n, "fixed:n=" + n + ",sign=unsigned,arch=star",
                "bbm:n=" + n + ",vbl=" + (n - 2)));
        for (String k : List.of("mitchw:n=" + n + ",w=" + w, "mitchw:n=" + n + ",w=" + w + ",sign=sm",
                "mitchwu:n=" + n + ",w=" + w + ",sign=unsigned", "mitchell:n=" + n, "drum:n=" + n + ",k=" + w,
                "drum:n=" + n + ",k=" + w + ",sign=unsigned", "ilm:n=" + n + ",w=" + w + ",iter=2,sign=sm",
                "roba:n=" + n, "trunc:n=" + n + ",corr=constant,sign=c1",
                "dralm:n=" + n + ",t=" + w, "almsoa:n=" + n + ",sign=c1")) {
            kinds.add(k);
            kinds.add(k + ",share=none");
        }
        return kinds;
    }

    @TestFactory
    Stream<DynamicTest> everyKindsArraysAreBitExactEveryCycle() {
        return Stream.of(arrayTest(kinds(8), 2, 2, 60_000), arrayTest(kinds(8), 2, 3, 60_000),
                arrayTest(List.of("mitchw:n=16,w=6", "mitchw:n=16,w=6,share=none", "drum:n=16,k=6",
                        "drum:n=16,k=6,share=none"), 4, 4, 100_000));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> largerArraysAreBitExactEveryCycle() {
        return Stream.of(arrayTest(kinds(8), 4, 4, 200_000), arrayTest(kinds(16), 4, 4, 200_000),
                arrayTest(List.of("mitchw:n=16,w=6", "drum:n=16,k=6,sign=sm"), 8, 8, 100_000),
                arrayTest(List.of("mitchw:n=16,w=6", "mitchell:n=16,sign=unsigned"), 1, 16, 100_000));
    }

    private static DynamicTest arrayTest(List<String> kinds, int rows, int cols, long randomCycles) {
        return DynamicTest.dynamicTest(kinds.get(0) + " and " + (kinds.size() - 1) + " more, " + rows + " x " + cols, () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream()
                    .map(s -> UnitSpec.parse(s + ",mac,rows=" + rows + ",cols=" + cols)).toList();
            MacPlan plan = MacPlan.parse("all", specs.get(0), randomCycles, 2021);
            CosimAssertions.assertBatchMacsMatch(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertTrue(r.vectors() > randomCycles));
        });
    }

    @Test
    void aWrongElementIsFoundNamedAndReplayedFromItsReproducer() {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4,mac,rows=2,cols=3");
        String good = RtlSource.generated(spec).verilog();
        String wiring = "u_pe_1_2 (\n        .clk (clk),\n        .rst (rst),\n        .en  (en),\n        .clr (clr),\n"
                + "        .a   (row_code_1),\n        .b   (col_code_2),";
        assertTrue(good.contains(wiring), "the generator's element wiring moved: update this test");
        // element (1, 2) fed column 1's converted operand instead of column 2's
        RtlSource bad = new RtlSource(spec.identifier(), good.replace(wiring, wiring.replace("col_code_2", "col_code_1")),
                "bad");
        var model = Fixtures.builder().build(bad, DutShape.of(spec));
        MacPlan plan = MacPlan.parse("all", spec, 20_000, 1);
        CosimResult result = Fixtures.cosim().mac(model, Units.mac(spec), plan, Cosim.Progress.NONE);
        assertFalse(result.passed());
        Mismatch m = result.firstMismatches().get(0);
        String report = new CosimReport(CosimRequest.of(spec, bad), result).text();
        assertTrue(report.contains("element (1, 2): expected"), report);
        assertFalse(report.contains("element (0, 0)"), report);
        assertTrue(report.contains("column 2 "), report);
        String text = SequenceFile.write(plan.reproducer(m, 0), spec, "reproducer");
        assertTrue(text.lines().filter(l -> !l.startsWith("#")).allMatch(l -> l.matches(".*a=0x[0-9a-f]{2},0x[0-9a-f]{2}"
                + " b=0x[0-9a-f]{2},0x[0-9a-f]{2},0x[0-9a-f]{2}")), "two rows, three columns per line:\n" + text);
        MacCycles replay = SequenceFile.parse(text, spec, "r.seq");
        CosimResult again = Fixtures.cosim().mac(model, Units.mac(spec), MacPlan.sequence(replay), Cosim.Progress.NONE);
        assertFalse(again.passed());
        Mismatch last = again.firstMismatches().get(again.firstMismatches().size() - 1);
        assertEquals(replay.size() - 1, last.index());
        assertEquals(m.actual(), last.actual());
        assertTrue(Fixtures.cosim().mac(Fixtures.builder().build(RtlSource.generated(spec), DutShape.of(spec)),
                Units.mac(spec), MacPlan.sequence(replay), Cosim.Progress.NONE).passed());
    }
}
