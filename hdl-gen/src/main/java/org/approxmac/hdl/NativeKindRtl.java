package org.approxmac.hdl;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.spec.UnitSpec;

/**
 * The RTL of a kind that multiplies its operands itself, in their own encoding (two's complement or
 * unsigned), with no unsigned core and no sign wrapper: the exact {@code fixed} kind and the broken-Booth
 * {@code bbm}. It builds the whole unit (multiplier or MAC, fused or pipelined as it chooses) and names its
 * datapath for reports.
 *
 * @param builder   the unit of a spec, named
 * @param describer one line naming the datapath
 */
record NativeKindRtl(BiFunction<UnitSpec, String, HdlModule> builder, Function<UnitSpec, String> describer) {

    HdlModule build(UnitSpec spec, String name) {
        return builder.apply(spec, name);
    }

    String describe(UnitSpec spec) {
        return describer.apply(spec);
    }
}
