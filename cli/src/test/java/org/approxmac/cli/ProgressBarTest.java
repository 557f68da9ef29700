package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsElapsedTimeAndAnEstimateOfTheTimeLeft() {
        AtomicLong nanos = new AtomicLong(0);
        try (ProgressBar bar = new ProgressBar(10, "designs", false, nanos::get)) {
            assertTrue(bar.text().contains("0 / 10 designs, 0:00 elapsed, ETA --:--"), bar.text());
            nanos.set(12_000_000_000L);
            bar.advanced(4);
            bar.activity("synth fixed_n16");
            assertTrue(bar.text().startsWith("[############                  ]  40% 4 / 10 designs"), bar.text());
            assertTrue(bar.text().contains("0:12 elapsed, ETA 0:18  synth fixed_n16"), bar.text());
        }
        assertEquals("1:01:01", ProgressBar.clock(3661));
    }

    @Test
    void costFlowLinesAdvanceOncePerFinishedDesign() {
        StringWriter log = new StringWriter();
        try (ProgressBar bar = new ProgressBar(3, "designs", false, () -> 0L)) {
            var lines = bar.costFlowLines(new PrintWriter(log), "approxmac synth: ");
            lines.accept("a: measuring");
            lines.accept("a: done");
            lines.accept("b: cached");
            lines.accept("c: FAILED");
            assertTrue(bar.text().contains("3 / 3 designs"), bar.text());
        }
        assertTrue(log.toString().startsWith("approxmac synth: a: measuring"), log.toString());
    }
}
