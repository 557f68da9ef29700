package org.approxmac.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SweepFiguresTest {

    @Test
    void pointsAreLabelledByTheirShortestSpec() {
        assertEquals("mitchw:n=16,w=6", SweepFigures.shortSpec(UnitSpec.parse("mitchw:n=16,w=6,sign=c1")));
        assertEquals("drum:n=16,k=6,mac", SweepFigures.shortSpec(UnitSpec.parse("drum:n=16,k=6,mac")));
        for (String s : new String[] {"mitchw:n=8,w=3,sign=sm", "fixed:n=32,mac", "bf16,mac", "drum:n=16,k=6,mac,acc=50"}) {
            UnitSpec spec = UnitSpec.parse(s);
            assertEquals(spec.canonical(), UnitSpec.parse(SweepFigures.shortSpec(spec)).canonical(), s);
        }
    }
}
