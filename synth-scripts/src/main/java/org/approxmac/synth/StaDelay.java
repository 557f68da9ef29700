package org.approxmac.synth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delay OpenSTA reports through the delay script: the worst setup slack at a generous clock
 * period, so that delay = period - slack is the register-to-register critical path including
 * clock-to-Q and setup.
 */
public final class StaDelay {

    private static final Pattern SLACK = Pattern.compile("^approxmac_worst_slack\\s+(\\S+)\\s*$", Pattern.MULTILINE);

    private StaDelay() {
    }

    /**
     * The critical-path delay in ns from the delay script's output at clock period {@code periodNs}.
     * Throws if the marker line is missing (a Tcl error: this sta still exits 0) or not a finite number
     * (no constrained path).
     */
    public static double delayNs(String staOutput, double periodNs) {
        Matcher m = SLACK.matcher(staOutput);
        if (!m.find()) {
            throw new IllegalArgumentException("OpenSTA delay script did not report the worst slack");
        }
        double slack;
        try {
            slack = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("OpenSTA reported a worst slack of '" + m.group(1)
                    + "': no register-to-register path was timed");
        }
        if (!Double.isFinite(slack) || slack > periodNs || Math.abs(slack) > 1e20) {
            throw new IllegalArgumentException("OpenSTA reported a worst slack of " + m.group(1)
                    + " at a " + periodNs + " ns clock: no register-to-register path was timed");
        }
        return periodNs - slack;
    }
}
