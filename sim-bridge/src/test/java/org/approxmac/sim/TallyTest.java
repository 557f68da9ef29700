package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static Mismatch at(String cls, long index, String bound) {
        return new Mismatch(cls, index, 0, 0, -1, BigInteger.ONE, bound == null ? BigInteger.TWO : BigInteger.ONE, bound);
    }

    @Test
    void mergeSumsAndKeepsTheLowestProblemsInClassOrder() {
        Tally w0 = new Tally();
        Tally w1 = new Tally();
        w0.count("corners", 10);
        w1.count("random", 20);
        w0.problem(1, at("random", 70_000, null));
        w1.problem(1, at("random", 5, null));
        w1.problem(0, at("corners", 9, "outside"));
        for (int i = 0; i < 20; i++) {
            w0.problem(1, at("random", 100 + i, null));
        }
        CosimResult r = Tally.merge(List.of(w0, w1), List.of("corners", "random")).result("s", "o", 1, 1, 2, false);
        assertEquals(30, r.vectors());
        assertEquals(List.of("corners", "random"), List.copyOf(r.classCounts().keySet()));
        assertEquals(22, r.mismatches(), "the bound-only problem is not a golden mismatch");
        assertEquals(1, r.boundViolations());
        assertEquals(Cosim.REPORTED, r.firstMismatches().size());
        assertEquals("corners", r.firstMismatches().get(0).vectorClass());
        assertEquals(5, r.firstMismatches().get(1).index());
        assertEquals(100, r.firstMismatches().get(2).index());
    }
}
