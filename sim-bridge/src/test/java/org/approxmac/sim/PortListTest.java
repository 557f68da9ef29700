package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortListTest {
    private static final String HEADER = """
            class Vdut VL_NOT_FINAL : public VerilatedModel {
                VL_IN8(&clk,0,0);
                VL_IN8(&a,7,0);
                VL_IN16(&b,15,0);
                VL_OUTW(&acc,71,0,3);
            """;

    @Test
    void headerDeclarationsGiveNamesAndWidthsAndSurviveTheCacheText() {
        PortList ports = PortList.parseHeader(HEADER);
        assertEquals(Map.of("clk", 1, "a", 8, "b", 16, "acc", 72), ports.widths());
        assertEquals(List.of("clk", "a", "b", "acc"), List.copyOf(ports.widths().keySet()));
        assertEquals(ports, PortList.parseText(ports.text()));
    }

    @Test
    void everyProblemIsNamedWithExpectedAndActualWidth() {
        PortList ports = PortList.parseHeader(HEADER);
        List<String> problems = ports.problems(new DutShape(8, 72, true));
        assertEquals(List.of("port 'rst' is missing (expected 1 bit)", "port 'en' is missing (expected 1 bit)",
                "port 'clr' is missing (expected 1 bit)", "port 'b' is 16 bits, expected 8"), problems);
        PortMismatchException e = assertThrows(PortMismatchException.class,
                () -> ports.requireFits(new DutShape(8, 72, true), "my_mac", "the spec"));
        assertTrue(e.getMessage().startsWith("module my_mac does not have the ports the spec needs"), e.getMessage());
        assertTrue(e.getMessage().contains("convention: clk, rst, en, clr, a[7:0], b[7:0], acc[71:0]"), e.getMessage());
    }

    @Test
    void aOneBitPortIsOneBitNotOneBits() {
        List<String> problems = PortList.parseText("a 1\nb 8\nz 16\n").problems(new DutShape(8, 16, false));
        assertEquals(List.of("port 'a' is 1 bit, expected 8"), problems);
    }
}
