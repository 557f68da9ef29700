package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accumulated-error table of approxmac datapaths: the figures approxmac accumulate gives. */
class DatapathErrorsTest {

    @Test
    void lengthsAreOneFourAndTheLanes() {
        assertEquals(List.of(1, 4, 16), DatapathErrors.lengths(16));
        assertEquals(List.of(1, 2, 4), DatapathErrors.lengths(2));
        assertEquals(List.of(1, 4), DatapathErrors.lengths(4));
    }

    @Test
    void sameFiguresAsAccumulateAndBf16sRoundingOnly() {
        DatapathErrors e = DatapathErrors.measure(KindSpecs.parse("--kinds", "mitchw:n=16,w=6 fixed:n=8 bf16"), 16,
                500, 7);
        var acc = CliRunner.run("accumulate", "mitchw:n=16,w=6", "--lengths", "1,4,16", "--trials", "500", "--seed", "7",
                "--json");
        assertEquals(0, acc.status(), acc.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) Json.readObject(acc.out()).get("lengths");
        var mine = e.kinds().get(0).result().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertEquals(points.get(i).get("length"), mine.points().get(i).length());
            assertEquals((Double) points.get(i).get("mean_rel_error"), mine.points().get(i).meanRelError(), 0.0);
            assertEquals((Double) points.get(i).get("var_rel_error"), mine.points().get(i).varRelError(), 0.0);
        }
        String text = e.text();
        assertTrue(text.startsWith("Accumulated error of dot products of L products: mean and variance of the relative"
                + " error of the sum, (S' - S) / S, over 500 dot products of uniform positive operands per L, seed 7"),
                text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(2).matches("kind +L = 1 +L = 4 +L = 16"), lines.get(2));
        assertTrue(lines.get(3).matches("mitchw:n=16,w=6,sign=c1 +-\\d\\.\\d{3} %, \\d+\\.\\d{3} %² .*"), lines.get(3));
        assertTrue(lines.get(4).matches("fixed:n=8,sign=twos +\\+0\\.000 %, 0\\.000 %² +\\+0\\.000 %, 0\\.000 %² +\\+0\\.000"
                + " %, 0\\.000 %²"), lines.get(4));
        // bf16: products exact in FP32, so one product has no error; sums only the tree's FP32 roundings
        var bf16 = e.kinds().get(2).result().orElseThrow();
        assertEquals(0.0, bf16.at(1).meanRelError(), 0.0);
        assertEquals(0.0, bf16.at(1).varRelError(), 0.0);
        for (int l : new int[] {4, 16}) {
            var p = bf16.at(l);
            double bound = (l - 1) * 0x1p-24;
            assertTrue(p.varRelError() > 0 && p.minRelError() >= -bound && p.maxRelError() <= bound,
                    l + ": " + p);
        }
        assertTrue(lines.get(5).matches("bf16:subnormals=ieee +\\+0\\.000 %, 0\\.000 %² +[-+]\\d\\.\\d\\de-\\d+ %, "
                + "\\d\\.\\d\\de-\\d+ %² .*"), lines.get(5));
        assertTrue(DatapathErrors.kindJson(e.kinds().get(2)).containsKey("lengths"));
    }
}
