package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;

/** The co-simulation tests a kind's own suite is made of: batches of one shape against the golden model. */
final class KindCosim {
    private KindCosim() {
    }

    /** Multipliers of one width in one build, over the vector plan {@code vectors} (as cosim --vectors). */
    static DynamicTest multipliers(List<String> kinds, String vectors) {
        return DynamicTest.dynamicTest(kinds.get(0) + " and " + (kinds.size() - 1) + " more, " + vectors, () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream().map(UnitSpec::parse).toList();
            VectorPlan plan = VectorPlan.parse(vectors, specs.get(0), 2021);
            CosimAssertions.assertBatchMatches(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
            if (vectors.equals("all") && specs.get(0).n() == 8 && !specs.get(0).kind().floating()) {
                assertEquals(65_536 + 38L * 38, plan.total(), "38 x 38 corner pairs, then all 2^16 pairs");
            }
        });
    }

    /** MACs of one shape in one build, every cycle over the MAC plan's classes with 100,000 random cycles. */
    static DynamicTest macs(List<String> kinds) {
        return DynamicTest.dynamicTest(kinds.get(0) + " and " + (kinds.size() - 1) + " more", () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream().map(UnitSpec::parse).toList();
            MacPlan plan = MacPlan.parse("all", specs.get(0), 100_000, 2021);
            CosimAssertions.assertBatchMacsMatch(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertTrue(r.vectors() > 100_000));
        });
    }
}
