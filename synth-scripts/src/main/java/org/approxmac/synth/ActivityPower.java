package org.approxmac.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The design's power under simulated activity (docs/cost-method.md, "The method" and section 5): per instance
 * P = P0 + (P1 - P0) * alpha, with P0 and P1 OpenSTA's instance power at global activity 0 and 1 and
 * alpha the simulated toggles per cycle of the instance's output net (the mean over its outputs for
 * multi-output cells), summed over all instances, separately for internal, switching and leakage.
 */
public final class ActivityPower {

    private ActivityPower() {
    }

    /**
     * Combines the two OpenSTA runs (same netlist and clock period {@code periodNs}) with the toggle
     * counts. Throws if the runs disagree on the instances or an output net was not simulated.
     */
    public static PowerBreakdown combine(List<InstancePower> atZero, List<InstancePower> atOne, ToggleCounts toggles,
                                         double periodNs) {
        double internal = 0;
        double switching = 0;
        double leakage = 0;
        for (InstanceShare s : shares(atZero, atOne, toggles)) {
            internal += s.internal();
            switching += s.switching();
            leakage += s.leakage();
        }
        return new PowerBreakdown(internal, switching, leakage, periodNs);
    }

    /**
     * One instance's power under the simulated activity (W): P0 + (P1 - P0) * alpha for each of OpenSTA's
     * three components, with its power at activity 0 ({@code atZero}: clock pins and leakage).
     */
    record InstanceShare(InstancePower atZero, double internal, double switching, double leakage) {
    }

    /**
     * Every instance's power under the simulated activity, in the order of {@code atZero}. Throws if the
     * two runs disagree on the instances.
     */
    static List<InstanceShare> shares(List<InstancePower> atZero, List<InstancePower> atOne, ToggleCounts toggles) {
        if (atZero.size() != atOne.size()) {
            throw new IllegalArgumentException("OpenSTA power runs disagree: " + atZero.size() + " vs "
                    + atOne.size() + " instances");
        }
        Map<String, InstancePower> one = new HashMap<>();
        for (InstancePower p : atOne) {
            one.put(p.instance(), p);
        }
        List<InstanceShare> shares = new ArrayList<>();
        for (InstancePower p0 : atZero) {
            InstancePower p1 = one.get(p0.instance());
            if (p1 == null) {
                throw new IllegalArgumentException("instance " + p0.instance() + " missing from the activity-1 run");
            }
            double alpha = alpha(p0, toggles);
            shares.add(new InstanceShare(p0, p0.internal() + (p1.internal() - p0.internal()) * alpha,
                    p0.switching() + (p1.switching() - p0.switching()) * alpha,
                    p0.leakage() + (p1.leakage() - p0.leakage()) * alpha));
        }
        return shares;
    }

    private static double alpha(InstancePower p, ToggleCounts toggles) {
        if (p.outputNets().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String net : p.outputNets()) {
            sum += toggles.rate(net);
        }
        return sum / p.outputNets().size();
    }
}
