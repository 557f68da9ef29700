package org.approxmac.hdl;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.spec.UnitSpec;

/**
 * The canonical designs committed under {@code rtl-out/}: the paper's units for n = 8, 16 and 32,
 * each as a multiplier and as a MAC with the default accumulator: exact {@code fixed} (twos),
 * Mitch-w6 ({@code mitchw w=6 c1}), Mitchell with exact sign handling ({@code mitchell sm}) and
 * DRUM6 ({@code drum k=6 c1}); the Mitch-w6 of the authors' c1 VHDL ({@code mitchwu w=6 c1},
 * docs/mitchwu.md) for n = 16 and 32; and the floating-point
 * baselines of Table 4 as MACs, {@code bf16,mac} (bfloat16 operands, FP32 accumulator) and
 * {@code fp32,mac} (fused), with IEEE subnormals; and the integer MACs of Table 4 (fixed and
 * Mitch-w6, n = 16 and 32) pipelined to latency 4 ({@code stages=4}, docs/pipelining.md).
 */
public final class CanonicalDesigns {

    private CanonicalDesigns() {
    }

    /** The canonical specs in a fixed order. */
    public static List<UnitSpec> specs() {
        List<UnitSpec> out = new ArrayList<>();
        for (int n : new int[] {8, 16, 32}) {
            for (String base : List.of("fixed:n=%d,sign=twos", "mitchw:n=%d,w=6,sign=c1", "mitchell:n=%d,sign=sm",
                    "drum:n=%d,k=6,sign=c1")) {
                UnitSpec spec = UnitSpec.parse(String.format(base, n));
                out.add(spec);
                out.add(spec.asMac());
            }
        }
        for (int n : new int[] {16, 32}) {
            UnitSpec spec = UnitSpec.parse("mitchwu:n=" + n + ",w=6,sign=c1");
            out.add(spec);
            out.add(spec.asMac());
        }
        out.add(UnitSpec.parse("bf16,mac"));
        out.add(UnitSpec.parse("fp32,mac"));
        for (String pipelined : List.of("fixed:n=16,sign=twos", "fixed:n=32,sign=twos", "mitchw:n=16,w=6,sign=c1",
                "mitchw:n=32,w=6,sign=c1")) {
            out.add(UnitSpec.parse(pipelined + ",stages=4,mac"));
        }
        return List.copyOf(out);
    }
}
