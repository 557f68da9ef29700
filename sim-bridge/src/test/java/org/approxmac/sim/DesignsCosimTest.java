package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approxmac.hdl.CanonicalDesigns;
import org.approxmac.hdl.Manifest;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own co-simulation of every design in {@code rtl-out/} (the files listed in its
 * MANIFEST.tsv when present, else the canonical designs generated afresh): exhaustively (plus
 * corners) for n = 8, corners plus a million stratified random vectors for n = 16 and 32, and
 * for every MAC every pair of corner operands, then random operands ({@link CornerPairCycles}), under
 * random en/clr/rst. Designs of one shape share one Verilator build.
 */
class DesignsCosimTest {
    private static final long RANDOM = 1_000_000;
    private static final long CYCLES = 200_000;
    private static final Path RTL_OUT = Path.of("..", "rtl-out");

    record Design(UnitSpec spec, RtlSource rtl) {
    }

    @TestFactory
    Stream<DynamicTest> everyDesignMatchesTheGoldenModel() throws IOException {
        List<Design> designs = designs();
        assertFalse(designs.isEmpty());
        Map<String, List<Design>> byShape = designs.stream().collect(Collectors.groupingBy(
                d -> (d.spec().kind().floating() ? "floating " : "") + "n=" + d.spec().n() + (d.spec().mac() ? " MACs, acc " + d.spec().outputWidth() + " bits"
                        : " multipliers"), LinkedHashMap::new,
                Collectors.toList()));
        return byShape.entrySet().stream().map(group -> DynamicTest.dynamicTest(group.getKey() + ": "
                + group.getValue().stream().map(d -> d.spec().canonical()).collect(Collectors.joining(", ")),
                () -> cosim(group.getValue())));
    }

    private static void cosim(List<Design> group) {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
        List<UnitSpec> specs = group.stream().map(Design::spec).toList();
        List<RtlSource> rtls = group.stream().map(Design::rtl).toList();
        UnitSpec first = specs.get(0);
        List<CosimResult> results;
        if (first.mac()) {
            // the default cosim plan: corner pairs, the constructive classes (floating MACs), random cycles
            MacPlan plan = MacPlan.parse("all", first, CYCLES, 11);
            results = CosimAssertions.assertBatchMacsMatch(specs, rtls, plan);
            results.forEach(r -> assertEquals(plan.total(), r.vectors()));
            results.forEach(r -> assertEquals(CYCLES, r.classCounts().get("random")));
        } else {
            VectorPlan plan = first.n() <= 8 ? VectorPlan.parse("all", first, 11)
                    : VectorPlan.cornersAndRandom(first, RANDOM, 11);
            results = CosimAssertions.assertBatchMatches(specs, rtls, plan);
            results.forEach(r -> assertEquals(plan.total(), r.vectors()));
            if (first.n() <= 8) {
                results.forEach(r -> assertEquals(1L << 16, r.classCounts().get("exhaustive")));
            }
        }
    }

    /** The manifest's designs (their committed files), or the canonical designs generated now. */
    static List<Design> designs() throws IOException {
        Path manifest = RTL_OUT.resolve(Manifest.FILE_NAME);
        List<Design> designs = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            for (UnitSpec spec : CanonicalDesigns.specs()) {
                designs.add(new Design(spec, RtlSource.generated(spec)));
            }
            return designs;
        }
        for (Map.Entry<String, String> e : Manifest.parse(Files.readString(manifest), manifest.toString())
                .entries().entrySet()) {
            UnitSpec spec = UnitSpec.parse(e.getValue());
            String file = e.getKey();
            designs.add(new Design(spec, new RtlSource(file.substring(0, file.length() - 2),
                    Files.readString(RTL_OUT.resolve(file)), "rtl-out/" + file)));
        }
        return designs;
    }
}
