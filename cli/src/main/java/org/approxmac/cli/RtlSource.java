package org.approxmac.cli;

import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;

/** The generated RTL of a spec, for commands that cost or simulate it (the generator facade). */
final class RtlSource {
    private RtlSource() {
    }

    static GeneratedDesign generate(UnitSpec spec) {
        return Rtl.generate(spec);
    }
}
