package org.approxmac.hdl.blocks;

import java.util.Map;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Leading-zero counter: {@code count} = number of zeros above the leading one of {@code x}
 * ({@code width} when x = 0), built on a {@link LeadingOneDetector} submodule named
 * {@code <name>_lod}. Normalisers use it as the left-shift amount.
 */
public final class LeadingZeroCounter {

    private LeadingZeroCounter() {
    }

    /** Bits of the {@code count} output: enough for the value {@code width}. */
    public static int countWidth(int width) {
        return 32 - Integer.numberOfLeadingZeros(width);
    }

    /** The module {@code name} with ports {@code x} [width] and {@code count}; needs width &gt;= 2. */
    public static HdlModule build(String name, int width) {
        HdlModule lod = LeadingOneDetector.build(name + "_lod", width);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Leading-zero counter: count = zeros above the leading one of x (" + width + " when x = 0).");
        Signal x = m.input("x", width);
        Signal count = m.output("count", countWidth(width));
        Signal position = m.wire("position", LeadingOneDetector.positionWidth(width));
        Signal found = m.wire("found", 1);
        m.instance("u_lod", lod, Map.of("x", x, "position", position, "found", found));
        int w = count.width();
        Expr fromTop = Expr.constant(w, width - 1).sub(position.zext(w));
        m.assign(count, Expr.mux(found, fromTop, Expr.constant(w, width)));
        return m.build();
    }
}
