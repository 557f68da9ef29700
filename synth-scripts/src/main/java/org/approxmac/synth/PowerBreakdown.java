package org.approxmac.synth;

/**
 * Power split as OpenSTA splits it, in watts, at a stated clock period.
 *
 * @param internal  internal (short-circuit and cell-internal) power
 * @param switching switching power of the nets' load capacitance
 * @param leakage   leakage power
 * @param periodNs  the clock period the dynamic parts refer to
 */
public record PowerBreakdown(double internal, double switching, double leakage, double periodNs) {

    public double total() {
        return internal + switching + leakage;
    }

    /** Dynamic (internal + switching) energy per clock cycle in joules; independent of the period. */
    public double dynamicEnergyPerCycle() {
        return (internal + switching) * periodNs * 1e-9;
    }

    /**
     * The same circuit and activity per cycle at another clock period: dynamic power scales with the
     * clock frequency, leakage does not (OpenSTA's model is linear in activity per period).
     */
    public PowerBreakdown atPeriod(double otherPeriodNs) {
        double f = periodNs / otherPeriodNs;
        return new PowerBreakdown(internal * f, switching * f, leakage, otherPeriodNs);
    }
}
