package org.approxmac.booth;

import java.util.Map;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.blocks.PartialProducts;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.MacWrapperRtl;
import org.approxmac.spec.UnitSpec;

/**
 * RTL of the broken-Booth multiplier (docs/units.md, "The broken-Booth multiplier"; Farshchi, Abrishami,
 * Fakhraie, CADS 2013) on the exact blocks: radix-4 Booth partial products of which no bit right of the
 * breaking line v is built, a Dadda tree and a carry-propagate adder.
 * <pre>
 *  a, b --> Booth digits --> rows (columns &gt;= v only) --+
 *  accumulator (a MAC's, whole) ------------------------+--> Dadda tree --> final adder --> z / acc
 * </pre>
 * A MAC is fused like the exact {@code fixed} MAC: its accumulator is one more tree row and is never
 * broken. A pipelined MAC registers the tree's two rows into a carry-save accumulator.
 */
public final class BrokenBoothRtl {

    private BrokenBoothRtl() {
    }

    /** The bbm unit of {@code spec} (multiplier or MAC) named {@code name}. */
    public static HdlModule build(UnitSpec spec, String name) {
        int n = spec.n();
        MultiplyAdd arch = architecture(spec);
        if (spec.mac() && spec.latency() > 0) {
            HdlModule multiplier = arch.buildRows(name + "_mul", n, true, spec.accumulatorWidth());
            return MacWrapperRtl.build(name, multiplier, spec.accumulatorWidth(), true, arch.adder(), spec.latency());
        }
        if (spec.mac()) {
            HdlModule fused = arch.build(name + "_multiply_add", n, true, spec.accumulatorWidth(), true);
            return MacWrapperRtl.buildFused(name, fused, arch.describe());
        }
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Broken-Booth multiplier: z ~ a * b (two's complement), partial-product bits right of column "
                + spec.intParam("vbl") + " left out; " + arch.describe() + ".");
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal z = m.output("z", 2 * n);
        m.instance("u_core", arch.build(name + "_core", n, true, 2 * n, false), Map.of("a", a, "b", b, "result", z));
        return m.build();
    }

    /** One line naming the datapath, e.g. for reports. */
    public static String describe(UnitSpec spec) {
        MultiplyAdd arch = architecture(spec);
        return spec.mac() && spec.latency() > 0 ? arch.describeRows() : arch.describe();
    }

    /** Booth rows broken at vbl, a Dadda tree, and the MAC's adder key (Verilog '+' for a bare multiplier). */
    private static MultiplyAdd architecture(UnitSpec spec) {
        CarryPropagateAdder adder = CarryPropagateAdder.bySpecName(spec.param("adder"))
                .orElseThrow(() -> new IllegalArgumentException("bbm has no adder " + spec.param("adder")));
        return new MultiplyAdd(PartialProducts.BOOTH_RADIX4, CompressorTree.DADDA, adder, spec.intParam("vbl"));
    }
}
