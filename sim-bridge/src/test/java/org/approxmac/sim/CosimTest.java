package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CosimTest {
    private static final UnitSpec SPEC = Fixtures.FIXED8;

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    private static SimModel model(String verilog) {
        return Fixtures.builder().build(new RtlSource("exact_mul8", verilog, "test"), DutShape.of(SPEC));
    }

    @Test
    void exactMultiplierPassesAllVectorsAndCountsEveryClass() {
        SimModel model = model(Fixtures.verilog("exact_mul8.v"));
        VectorPlan plan = VectorPlan.parse("all", SPEC, 7);
        AtomicLong progress = new AtomicLong();
        CosimResult r = Fixtures.cosim().multiplier(model, Fixtures.exactSigned(SPEC), ErrorBound.of(SPEC), plan,
                progress::addAndGet);
        assertTrue(r.passed(), () -> r.firstMismatches().toString());
        long corners = plan.parts().get(0).count();
        assertEquals(corners, r.classCounts().get("corners"));
        assertEquals(65536L, r.classCounts().get("exhaustive"));
        assertEquals(corners + 65536, r.vectors());
        assertEquals(r.vectors(), progress.get());
        assertEquals(2, r.processes());
    }

    @Test
    void singleWrongOutputIsFoundWithItsOperands() {
        String buggy = Fixtures.verilog("exact_mul8.v").replace("$signed(a) * $signed(b);",
                "$signed(a) * $signed(b) + $signed({15'd0, a == 8'h5a && b == 8'hc3});");
        CosimResult r = Fixtures.cosim().multiplier(model(buggy), Fixtures.exactSigned(SPEC), ErrorBound.of(SPEC),
                VectorPlan.parse("exhaustive", SPEC, 1), Cosim.Progress.NONE);
        assertFalse(r.passed());
        assertEquals(1, r.mismatches());
        assertEquals(1, r.boundViolations(), "the exact bound flags the same vector");
        Mismatch m = r.firstMismatches().get(0);
        assertEquals(0x5a, m.a());
        assertEquals(0xc3, m.b());
        assertEquals(0x5aL * 0xc3 - 0x5aL * 0x100 + 1 & 0xffff, m.actual().longValue());
        assertEquals(m.expected().xor(m.actual()), m.differingBits());
        assertEquals(0x5aL * 0xc3 - 0x5aL * 0x100 & 0xffff, m.expected().longValue());
    }

    @Test
    void randomVectorsAndMacCyclesCanComeFromAnotherStimulus() {
        String buggy = Fixtures.verilog("exact_mul8.v").replace("$signed(a) * $signed(b);",
                "$signed(a) * $signed(b) + $signed({15'd0, a == 8'h5a && b == 8'hc3});");
        Stimulus planted = (first, r, a, b, flags) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] = first + i == 70_000 ? 0x5a : 0x11;
                b[i] = first + i == 70_000 ? 0xc3 : 0x22;
            }
        };
        CosimResult r = Fixtures.cosim().multipliers(model(buggy), List.of(Fixtures.exactSigned(SPEC)),
                List.of(Optional.empty()), VectorPlan.cornersAndRandom(SPEC, 100_000, 1), planted,
                Cosim.Progress.NONE).get(0);
        assertEquals(1, r.mismatches(), () -> r.firstMismatches().toString());
        assertEquals(new Mismatch("random", 70_000, 0x5a, 0xc3, -1, r.firstMismatches().get(0).expected(),
                r.firstMismatches().get(0).actual(), null), r.firstMismatches().get(0));

        UnitSpec mac = Fixtures.FIXED8_MAC;
        Stimulus neverEnabled = (first, rnd, a, b, flags) -> {
            new MacSequence(mac).fill(first, rnd, a, b, flags);
            for (int i = 0; i < flags.length; i++) {
                flags[i] &= ~MacSequence.EN;
            }
        };
        RtlSource noClear = new RtlSource("exact_mac8",
                Fixtures.verilog("exact_mac8.v").replace("(clr ? 24'd0 : acc)", "acc"), "mutant");
        CosimResult idle = Fixtures.cosim().macs(Fixtures.builder().build(noClear, DutShape.of(mac)),
                List.of(Fixtures.exactMac(mac)), neverEnabled, 100_000, 3, Cosim.Progress.NONE).get(0);
        assertTrue(idle.passed(), "with en never set, ignoring clr is invisible: the sequence was used");
        assertEquals(100_000L, idle.vectors());
    }

    @Test
    void resultsDoNotDependOnTheNumberOfProcesses() {
        String buggy = Fixtures.verilog("exact_mul8.v").replace("$signed(a) * $signed(b);",
                "$signed(a) * $signed(b) ^ $signed({15'd0, a[3:0] == 4'h9});");
        SimModel model = model(buggy);
        VectorPlan plan = VectorPlan.parse("random:200000", SPEC, 42);
        CosimResult two = Fixtures.cosim().multiplier(model, Fixtures.exactSigned(SPEC), Optional.empty(), plan,
                Cosim.Progress.NONE);
        CosimResult one = new Cosim(Toolchain.system(), 1, Duration.ofSeconds(60)).multiplier(model,
                Fixtures.exactSigned(SPEC), Optional.empty(), plan, Cosim.Progress.NONE);
        assertTrue(two.mismatches() > 1000, "a[3:0] == 9 is hit often: " + two.mismatches());
        assertEquals(one.mismatches(), two.mismatches());
        assertEquals(one.firstMismatches(), two.firstMismatches());
        assertEquals(200000L, two.vectors());
    }

    @Test
    void macMatchesOnEveryCycleAndAnIgnoredClearIsFound() {
        UnitSpec mac = Fixtures.FIXED8_MAC;
        RtlSource good = Fixtures.rtl("exact_mac8.v", "exact_mac8");
        CosimResult r = Fixtures.cosim().mac(Fixtures.builder().build(good, DutShape.of(mac)), Fixtures.exactMac(mac),
                300_000, 3, Cosim.Progress.NONE);
        assertTrue(r.passed(), () -> r.firstMismatches().toString());
        assertEquals(300_000L, r.vectors());

        RtlSource noClear = new RtlSource("exact_mac8",
                good.verilog().replace("(clr ? 24'd0 : acc)", "acc"), "mutant");
        CosimResult bad = Fixtures.cosim().mac(Fixtures.builder().build(noClear, DutShape.of(mac)),
                Fixtures.exactMac(mac), 100_000, 3, Cosim.Progress.NONE);
        assertFalse(bad.passed());
        Mismatch first = bad.firstMismatches().get(0);
        assertTrue((first.flags() & MacSequence.CLR) != 0 || first.index() > 0, first.toString());
    }

    @Test
    void crashingSimulatorGivesAToolExceptionWithItsStatus() {
        String crash = Fixtures.verilog("exact_mul8.v").replace("endmodule",
                "    always @(*) if (a == 8'h42 && b == 8'h17) $c(\"abort();\");\nendmodule");
        ToolException e = assertThrows(ToolException.class, () -> Fixtures.cosim().multiplier(model(crash),
                Fixtures.exactSigned(SPEC), Optional.empty(), VectorPlan.parse("exhaustive", SPEC, 1),
                Cosim.Progress.NONE));
        assertTrue(e.getMessage().contains("stopped unexpectedly") && e.getMessage().contains("signal 6"),
                e.getMessage());
    }

    @Test
    void hungSimulatorIsKilledAfterTheIdleTimeout() {
        String hang = Fixtures.verilog("exact_mul8.v").replace("endmodule",
                "    always @(*) if (a == 8'h42 && b == 8'h17) $c(\"for (;;) {}\");\nendmodule");
        Cosim impatient = new Cosim(Toolchain.system(), 2, Duration.ofSeconds(2));
        ToolException e = assertThrows(ToolException.class, () -> impatient.multiplier(model(hang),
                Fixtures.exactSigned(SPEC), Optional.empty(), VectorPlan.parse("exhaustive", SPEC, 1),
                Cosim.Progress.NONE));
        assertTrue(e.getMessage().contains("hung"), e.getMessage());
    }
}
