package org.approxmac.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ParetoTest {
    @Test
    void marksExactlyTheUndominatedPoints() {
        double[] energy = {1, 2, 3, 2, 4, Double.NaN, 1};
        double[] mred = {5, 3, 1, 4, 1, 0, 5};
        // (2,4) is dominated by (2,3); (4,1) by (3,1); NaN never optimal; duplicates of an optimal point stay
        assertArrayEquals(new boolean[] {true, true, true, false, false, false, true}, Pareto.front(energy, mred));
    }
}
