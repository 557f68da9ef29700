package org.approxmac.cli.report;

import org.approxmac.spec.UnitSpec;

/**
 * One MAC of the paper's Table 4 and the paper's figure for it.
 *
 * @param label               the paper's name, e.g. {@code Mitch-w6}
 * @param spec                the approxmac spec of the MAC
 * @param paperEnergyVsBf16   the paper's energy (its "power x delay") relative to the N=16 bfloat16 MAC
 */
public record Table4Design(String label, UnitSpec spec, double paperEnergyVsBf16) {

    /** The Table-4 column: 16 or 32. */
    public int column() {
        return spec.n();
    }

    /** Row name as printed: e.g. {@code N=16 Mitch-w6}. */
    public String name() {
        return "N=" + column() + " " + label;
    }
}
