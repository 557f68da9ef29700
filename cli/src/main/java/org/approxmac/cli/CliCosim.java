package org.approxmac.cli;

import org.approxmac.sim.CosimRequest;
import org.approxmac.sim.RtlSource;
import org.approxmac.sim.VectorPlan;
import org.approxmac.spec.UnitSpec;

/** What the cosim and bench commands share: generated RTL of a spec and the planned vector count. */
final class CliCosim {
    private CliCosim() {
    }

    /** The generated RTL of a spec. */
    static RtlSource generated(UnitSpec unit) {
        return RtlSource.generated(unit);
    }

    static long plannedVectors(CosimRequest request) {
        return VectorPlan.parse(request.vectors(), request.spec(), request.seed()).total();
    }
}
