package org.approxmac.cli.report;

/** What became of the report's co-simulation of one design. */
public enum CosimStatus {
    /** The RTL matched the golden model on every cycle. */
    PASSED,
    /** The RTL differed from the golden model on at least one cycle. */
    MISMATCH,
    /** Not run because the user asked (--cosim-cycles 0). */
    SKIPPED,
    /** Could not run: the simulator is missing or failed (the message says why). */
    NOT_RUN;

    /** The lower-case name used in the CSV and JSON outputs. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
