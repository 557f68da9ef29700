package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToggleCountsTest {

    private static ToggleCounts saved() throws IOException {
        try (BufferedReader in = TestFiles.reader("saved/mul8_activity.vcd")) {
            return ToggleCounts.fromVcd(in, 16);
        }
    }

    @Test
    void clockTogglesTwicePerMeasuredCycle() throws IOException {
        assertEquals(2.0, saved().rate("clk"), 0.0);
    }

    @Test
    void everyInstanceOutputNetOfTheSavedPowerRunIsInTheDump() throws IOException {
        ToggleCounts t = saved();
        for (InstancePower p : InstancePower.parse(TestFiles.text("saved/mul8_power1.log"))) {
            for (String net : p.outputNets()) {
                double r = t.rate(net);
                assertTrue(r >= 0 && r <= 1, net + " toggles " + r + " per cycle");
            }
        }
    }

    @Test
    void operandRegistersToggleAboutHalfTheTimeUnderUniformOperands() throws IOException {
        ToggleCounts t = saved();
        double sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += t.rate("unit.a[" + i + "]") + t.rate("unit.b[" + i + "]");
        }
        double mean = sum / 16;
        assertTrue(mean > 0.35 && mean < 0.65, "mean operand register toggle rate " + mean);
    }

    @Test
    void countsOnlyEndOfStepChangesBetweenKnownValues() throws IOException {
        String vcd = String.join("\n", List.of(
                "$timescale 1ps $end",
                "$scope module dut $end",
                "$var wire 1 ! n $end",
                "$var wire 4 \" \\v.w [3:0] $end",
                "$var wire 4 \" alias [3:0] $end",
                "$var wire 1 # q $end",
                "$upscope $end",
                "$enddefinitions $end",
                "#100",
                "$dumpvars",
                "0!",
                "bx \"",
                "x#",
                "$end",
                "#105",
                "1!", // glitch inside one time step: 0 -> 1 -> 0 is no toggle
                "0!",
                "b101 \"", // x -> 0101: unknown to known is no toggle; short value is zero-extended
                "1#",
                "#110",
                "1!",
                "b1 \"", // 0101 -> 0001: bit 2 toggles
                "#115",
                "b1001 \"", // bit 3 toggles
                "0#"));
        ToggleCounts t = ToggleCounts.fromVcd(new BufferedReader(new StringReader(vcd)), 1);
        assertEquals(1, t.toggles().get("n"));
        assertEquals(0, t.toggles().get("v.w[0]"));
        assertEquals(0, t.toggles().get("v.w[1]"));
        assertEquals(1, t.toggles().get("v.w[2]"));
        assertEquals(1, t.toggles().get("v.w[3]"));
        assertEquals(1, t.toggles().get("alias[3]"));
        assertEquals(1, t.toggles().get("q"));
    }

    @Test
    void unknownNetIsAnError() throws IOException {
        ToggleCounts t = saved();
        assertThrows(IllegalArgumentException.class, () -> t.rate("no_such_net"));
    }
}
