package org.approxmac.hdl.blocks;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.HdlTools;
import org.approxmac.hdl.builder.Design;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.render.VerilogRenderer;

/** Shared helpers of the block tests: evaluate one output, lint a block. */
final class BlockTests {

    private BlockTests() {
    }

    static long eval(HdlModule m, String output, Map<String, Long> inputs) {
        Map<String, BigInteger> in = new java.util.HashMap<>();
        inputs.forEach((k, v) -> in.put(k, BigInteger.valueOf(v)));
        return new Evaluator(m).evaluate(in).get(output).longValueExact();
    }

    static void lint(Path dir, HdlModule m) {
        HdlTools.assertLintClean(dir, m.name(), new VerilogRenderer().render(Design.of(m), List.of(m.name())));
    }
}
