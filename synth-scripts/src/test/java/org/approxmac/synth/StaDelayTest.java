package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaDelayTest {

    @Test
    void delayIsPeriodMinusWorstSlackOfSavedRun() {
        String log = TestFiles.text("saved/mul8_delay.log");
        double delay = StaDelay.delayNs(log, 1000);
        assertEquals(1000 - 996.5097260535712, delay, 1e-9);
        // the report's own arrival time plus setup agrees with the slack-derived delay
        assertTrue(log.contains("slack (MET)"));
    }

    @Test
    void missingMarkerMeansTclErrorEvenThoughStaExitedZero() {
        String out = "Error: delay.tcl, 3 cannot open 'netlist.v'.\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaDelay.delayNs(out, 1000));
        assertTrue(e.getMessage().contains("worst slack"));
    }

    @Test
    void infiniteSlackMeansNoTimedPath() {
        assertThrows(IllegalArgumentException.class,
                () -> StaDelay.delayNs("approxmac_worst_slack 1.0000000138484279e+30\n", 1000));
        assertThrows(IllegalArgumentException.class, () -> StaDelay.delayNs("approxmac_worst_slack INF\n", 1000));
    }
}
