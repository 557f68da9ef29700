package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.sim.VectorPlan.VectorClass;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class VectorPlanTest {
    private static final UnitSpec N8 = UnitSpec.parse("mitchw:n=8,w=4");
    private static final UnitSpec N32 = UnitSpec.parse("mitchw:n=32,w=6");

    private static List<VectorClass> classes(VectorPlan p) {
        return p.parts().stream().map(VectorPlan.Part::vectorClass).toList();
    }

    @Test
    void allIsCornersPlusExhaustiveUpTo32BitSpacesElseRandom() {
        VectorPlan small = VectorPlan.parse("all", N8, 1);
        assertEquals(List.of(VectorClass.CORNERS, VectorClass.EXHAUSTIVE), classes(small));
        assertEquals(65536, small.parts().get(1).count());
        VectorPlan sixteen = VectorPlan.parse("all", UnitSpec.parse("fixed:n=16"), 1);
        assertEquals(1L << 32, sixteen.parts().get(1).count());
        VectorPlan big = VectorPlan.parse("all", N32, 1);
        assertEquals(List.of(VectorClass.CORNERS, VectorClass.RANDOM), classes(big));
        assertEquals(VectorPlan.ALL_RANDOM, big.parts().get(1).count());
    }

    @Test
    void classesJoinedWithPlusRunInOrder() {
        VectorPlan p = VectorPlan.parse("corners+random:100k", UnitSpec.parse("drum:n=16,k=6"), 3);
        assertEquals(List.of(VectorClass.CORNERS, VectorClass.RANDOM), classes(p));
        assertEquals(100_000, p.parts().get(1).count());
        assertThrows(SpecException.class, () -> VectorPlan.parse("corners+all", N8, 1));
        assertThrows(SpecException.class, () -> VectorPlan.parse("corners+", N8, 1));
    }

    @Test
    void randomCountsAcceptSuffixesAndPairsAcceptSignedAndHex() {
        assertEquals(1_000_000, VectorPlan.parse("random:1M", N32, 1).total());
        assertEquals(5_000, VectorPlan.parse("random:5k", N32, 1).total());
        VectorPlan.Part pair = VectorPlan.parse("pair:-1,0x7f", N8, 1).parts().get(0);
        assertArrayEquals(new long[] {0xff}, pair.a());
        assertArrayEquals(new long[] {0x7f}, pair.b());
        VectorPlan.Part lanes = VectorPlan.parse("pair:-1,0x7f,3,-128,0,1", UnitSpec.parse("fixed:n=8,dot=3"), 1)
                .parts().get(0);
        assertArrayEquals(new long[] {0xff, 3, 0}, lanes.a());
        assertArrayEquals(new long[] {0x7f, 0x80, 1}, lanes.b());
    }

    @Test
    void badInputNamesTheAcceptedRange() {
        SpecException ex = assertThrows(SpecException.class, () -> VectorPlan.parse("exhaustive", N32, 1));
        assertTrue(ex.getMessage().contains("2N <= 32"), ex.getMessage());
        assertTrue(assertThrows(SpecException.class, () -> VectorPlan.parse("random:0", N8, 1)).getMessage()
                .contains("1..2^40"));
        assertTrue(assertThrows(SpecException.class, () -> VectorPlan.parse("pair:300,1", N8, 1)).getMessage()
                .contains("-128..255"));
        assertTrue(assertThrows(SpecException.class, () -> VectorPlan.parse("some", N8, 1)).getMessage()
                .contains("exhaustive, random:COUNT, corners, all"));
        assertThrows(SpecException.class, () -> VectorPlan.parse("all", UnitSpec.parse("fixed:n=8,mac"), 1));
    }
    @org.junit.jupiter.api.Test
    void allOfASmallDotProductAddsIndependentRandomLanesAfterTheRotatedEnumeration() {
        VectorPlan dot = VectorPlan.parse("all", UnitSpec.parse("drum:n=8,k=4,dot=2"), 1);
        assertEquals(List.of(VectorPlan.VectorClass.CORNERS, VectorPlan.VectorClass.EXHAUSTIVE,
                VectorPlan.VectorClass.RANDOM), dot.parts().stream().map(VectorPlan.Part::vectorClass).toList());
        assertEquals(VectorPlan.DOT_RANDOM, dot.parts().get(2).count());
        VectorPlan single = VectorPlan.parse("all", UnitSpec.parse("drum:n=8,k=4"), 1);
        assertEquals(2, single.parts().size(), "a single multiplier's exhaustive class needs no random vectors");
    }
}
