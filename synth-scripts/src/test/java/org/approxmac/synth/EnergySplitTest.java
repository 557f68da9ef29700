package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnergySplitTest {

    private static final Set<String> FLOPS = Set.of("DFFPOSX1");

    @Test
    void groupsRegistersByNameAndLogicByCellTypeWithEnergyPerOperation() {
        List<InstancePower> zero = List.of(
                new InstancePower("r0", "DFFPOSX1", 2e-5, 0, 1e-9, List.of("acc[0]")),
                new InstancePower("r1", "DFFPOSX1", 2e-5, 0, 1e-9, List.of("acc[1]")),
                new InstancePower("r2", "DFFPOSX1", 2e-5, 0, 1e-9, List.of("unit.a[0]")),
                new InstancePower("g0", "XOR2X1", 0, 0, 2e-9, List.of("_5_")),
                new InstancePower("g1", "XOR2X1", 0, 0, 2e-9, List.of("_6_")),
                new InstancePower("g2", "INVX1", 0, 0, 1e-9, List.of("_7_")));
        List<InstancePower> one = List.of(
                new InstancePower("r0", "DFFPOSX1", 4e-5, 1e-5, 1e-9, List.of("acc[0]")),
                new InstancePower("r1", "DFFPOSX1", 4e-5, 1e-5, 1e-9, List.of("acc[1]")),
                new InstancePower("r2", "DFFPOSX1", 4e-5, 1e-5, 1e-9, List.of("unit.a[0]")),
                new InstancePower("g0", "XOR2X1", 3e-5, 1e-5, 2e-9, List.of("_5_")),
                new InstancePower("g1", "XOR2X1", 3e-5, 1e-5, 2e-9, List.of("_6_")),
                new InstancePower("g2", "INVX1", 1e-5, 1e-5, 1e-9, List.of("_7_")));
        ToggleCounts t = new ToggleCounts(Map.of("acc[0]", 50L, "acc[1]", 0L, "unit.a[0]", 100L, "_5_", 50L,
                "_6_", 50L, "_7_", 100L), 100);
        double clock = 10;
        double delay = 4;
        EnergySplit s = EnergySplit.of(zero, one, t, clock, delay, FLOPS, false);

        // per instance: (P0 + (P1 - P0) alpha) * clock for the dynamic part, leakage * delay; W * ns * 1e3 = pJ
        double acc = ((2e-5 + 2e-5 * 0.5 + 1e-5 * 0.5) + 2e-5) * clock * 1e3 + 2 * 1e-9 * delay * 1e3;
        double operand = (4e-5 + 1e-5) * clock * 1e3 + 1e-9 * delay * 1e3;
        double xor = 2 * (3e-5 + 1e-5) * 0.5 * clock * 1e3 + 2 * 2e-9 * delay * 1e3;
        double inv = (1e-5 + 1e-5) * clock * 1e3 + 1e-9 * delay * 1e3;
        assertEquals(4, s.parts().size(), s.toString());
        assertPart(s.parts().get(0), EnergySplit.Kind.REGISTER, "acc", 2, acc);
        assertPart(s.parts().get(1), EnergySplit.Kind.REGISTER, "unit.a", 1, operand);
        assertPart(s.parts().get(2), EnergySplit.Kind.LOGIC, "XOR2X1", 2, xor);
        assertPart(s.parts().get(3), EnergySplit.Kind.LOGIC, "INVX1", 1, inv);
        assertEquals(2 * 2e-5 * clock * 1e3 + 2 * 1e-9 * delay * 1e3, s.parts().get(0).idlePj(), 1e-12,
                "a register at rest still pays its clock pins");
        assertEquals(2 * 2e-9 * delay * 1e3, s.parts().get(2).idlePj(), 1e-12, "logic at rest pays leakage only");

        PowerBreakdown whole = ActivityPower.combine(zero, one, t, clock);
        assertEquals(whole.atPeriod(delay).total() * delay * 1e3, s.totalPj(), 1e-9,
                "the parts add up to the energy per operation the flow reports");
    }

    private static void assertPart(EnergySplit.Part p, EnergySplit.Kind kind, String name, int count, double pj) {
        assertEquals(kind, p.kind(), p.toString());
        assertEquals(name, p.name(), p.toString());
        assertEquals(count, p.count(), p.toString());
        assertEquals(pj, p.energyPj(), 1e-9, p.toString());
    }

    @Test
    void partsOfASavedRunAddUpToItsEnergy() throws IOException {
        List<InstancePower> zero = InstancePower.parse(TestFiles.text("saved/mul8_power0.log"));
        List<InstancePower> one = InstancePower.parse(TestFiles.text("saved/mul8_power1.log"));
        ToggleCounts t;
        try (BufferedReader in = TestFiles.reader("saved/mul8_activity.vcd")) {
            t = ToggleCounts.fromVcd(in, 16);
        }
        EnergySplit s = EnergySplit.of(zero, one, t, 10, 3.5, FLOPS, false);
        double energy = ActivityPower.combine(zero, one, t, 10).atPeriod(3.5).total() * 3.5 * 1e3;
        assertEquals(energy, s.totalPj(), 1e-9 * energy);
        assertEquals(zero.size(), s.parts().stream().mapToInt(EnergySplit.Part::count).sum(), "every instance counted once");
        int flops = (int) zero.stream().filter(p -> p.cell().equals("DFFPOSX1")).count();
        assertEquals(flops, s.parts().stream().filter(p -> p.kind() == EnergySplit.Kind.REGISTER)
                .mapToInt(EnergySplit.Part::count).sum());
        for (int i = 1; i < s.parts().size(); i++) {
            assertTrue(s.parts().get(i - 1).energyPj() >= s.parts().get(i).energyPj(), "most energy first: " + s);
        }
        assertTrue(s.idlePj() > 0 && s.idlePj() < s.totalPj(), s.toString());
    }

    @Test
    void byModuleGroupsTheLogicByModuleInstanceAndKeepsRegistersByName() {
        // cells of a netlist mapped with its hierarchy kept: named by their module instance, top-level ones not
        List<InstancePower> zero = List.of(
                new InstancePower("unit.c3", "DFFPOSX1", 2e-5, 0, 1e-9, List.of("unit.acc[0]")),
                new InstancePower("unit.u_mul.u_core.c7", "XOR2X1", 0, 0, 2e-9, List.of("_5_")),
                new InstancePower("unit.u_mul.u_core.c8", "INVX1", 0, 0, 1e-9, List.of("_6_")),
                new InstancePower("unit.u_mul.c2", "NAND2X1", 0, 0, 1e-9, List.of("_7_")),
                new InstancePower("_12_", "BUFX2", 0, 0, 1e-9, List.of("acc[0]")));
        List<InstancePower> one = List.of(
                new InstancePower("unit.c3", "DFFPOSX1", 4e-5, 1e-5, 1e-9, List.of("unit.acc[0]")),
                new InstancePower("unit.u_mul.u_core.c7", "XOR2X1", 3e-5, 1e-5, 2e-9, List.of("_5_")),
                new InstancePower("unit.u_mul.u_core.c8", "INVX1", 1e-5, 1e-5, 1e-9, List.of("_6_")),
                new InstancePower("unit.u_mul.c2", "NAND2X1", 2e-5, 1e-5, 1e-9, List.of("_7_")),
                new InstancePower("_12_", "BUFX2", 1e-5, 1e-5, 1e-9, List.of("acc[0]")));
        ToggleCounts t = new ToggleCounts(Map.of("unit.acc[0]", 50L, "_5_", 50L, "_6_", 100L, "_7_", 20L,
                "acc[0]", 50L), 100);
        EnergySplit s = EnergySplit.of(zero, one, t, 10, 4, FLOPS, true);

        double core = ((3e-5 + 1e-5) * 0.5 + (1e-5 + 1e-5)) * 10 * 1e3 + 3e-9 * 4 * 1e3;
        double mul = (2e-5 + 1e-5) * 0.2 * 10 * 1e3 + 1e-9 * 4 * 1e3;
        assertEquals(4, s.parts().size(), s.toString());
        assertPart(s.parts().get(0), EnergySplit.Kind.MODULE, "unit.u_mul.u_core", 2, core);
        assertPart(s.parts().get(1), EnergySplit.Kind.REGISTER, "unit.acc", 1,
                ((2e-5 + 2e-5 * 0.5 + 1e-5 * 0.5) * 10 + 1e-9 * 4) * 1e3);
        assertPart(s.parts().get(2), EnergySplit.Kind.MODULE, "(top)", 1, (1e-5 + 1e-5) * 0.5 * 10 * 1e3 + 1e-9 * 4 * 1e3);
        assertPart(s.parts().get(3), EnergySplit.Kind.MODULE, "unit.u_mul", 1, mul);
        assertEquals(ActivityPower.combine(zero, one, t, 10).atPeriod(4).total() * 4 * 1e3, s.totalPj(), 1e-9,
                "the parts add up to the energy per operation the flow reports");
        EnergySplit back = EnergySplit.fromTsv(s.toTsv());
        assertEquals(EnergySplit.Kind.MODULE, back.parts().get(0).kind(), "the file keeps the module parts");
        assertEquals("unit.u_mul.u_core", back.parts().get(0).name());
    }

    @Test
    void aCellsModuleInstanceIsItsNameUpToTheLastDot() {
        assertEquals("unit.u_mul.u_core.u_final_shl", EnergySplit.moduleInstance("unit.u_mul.u_core.u_final_shl.c120"));
        assertEquals("unit", EnergySplit.moduleInstance("\\unit.c5"));
        assertEquals("(top)", EnergySplit.moduleInstance("c5"));
        assertEquals("(top)", EnergySplit.moduleInstance("_12_"));
    }

    @Test
    void registerNamesDropTheBitIndexAndTheEscape() {
        assertEquals("acc", EnergySplit.registerName(List.of("acc[71]")));
        assertEquals("unit.a", EnergySplit.registerName(List.of("unit.a[0]")));
        assertEquals("unit.keep_one_s1", EnergySplit.registerName(List.of("unit.keep_one_s1")));
        assertEquals("(unnamed)", EnergySplit.registerName(List.of("_1234_")));
        assertEquals("(unconnected)", EnergySplit.registerName(List.of()));
    }

    @Test
    void splitFileRoundTripsAndRejectsOtherText() {
        EnergySplit s = new EnergySplit(List.of(
                new EnergySplit.Part(EnergySplit.Kind.REGISTER, "acc", 72, 17.42, 15.94),
                new EnergySplit.Part(EnergySplit.Kind.LOGIC, "XOR2X1", 78, 4.37, 0.000123)));
        EnergySplit back = EnergySplit.fromTsv(s.toTsv());
        assertEquals(s.parts().size(), back.parts().size());
        for (int i = 0; i < s.parts().size(); i++) {
            EnergySplit.Part a = s.parts().get(i);
            EnergySplit.Part b = back.parts().get(i);
            assertEquals(a.kind(), b.kind());
            assertEquals(a.name(), b.name());
            assertEquals(a.count(), b.count());
            assertEquals(a.energyPj(), b.energyPj(), 1e-6);
            assertEquals(a.idlePj(), b.idlePj(), 1e-6);
        }
        assertEquals(s.toTsv(), back.toTsv(), "deterministic text");
        assertThrows(IllegalArgumentException.class, () -> EnergySplit.fromTsv("design\tarea\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnergySplit.fromTsv("kind\tname\tcount\tenergy_pj\tidle_pj\nwire\tx\t1\t1.0\t0.0\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("register or logic"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new EnergySplit.Part(EnergySplit.Kind.LOGIC, "two words\there", 1, 0, 0));
    }
}
