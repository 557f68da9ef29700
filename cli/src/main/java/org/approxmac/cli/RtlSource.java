package org.approxmac.cli;

import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.spec.UnitSpec;

/** Interim: the RTL generator facade (org.approxmac.hdl.Rtl) is not merged into this branch yet. */
final class RtlSource {
    private RtlSource() {
    }

    static GeneratedDesign generate(UnitSpec spec) {
        throw new UsageError("generating RTL for " + spec.canonical() + " needs the hdl generator, which this build"
                + " does not contain yet; cost your own Verilog with --rtl FILE --top MODULE --like SPEC");
    }
}
