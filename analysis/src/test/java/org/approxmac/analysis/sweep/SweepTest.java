package org.approxmac.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final List<UnitSpec> DESIGNS = List.of(UnitSpec.parse("mitchw:n=8,w=3"),
            UnitSpec.parse("mitchw:n=8,w=6"), UnitSpec.parse("drum:n=8,k=4"), UnitSpec.parse("fixed:n=8,mac"));
    private static final Sampling SAMPLING = Sampling.random(20_000, 1);

    @Test
    void errorOnlySweepHasTheGoldenMetricsAndNoCosts() {
        List<String> progress = new ArrayList<>();
        List<SweepPoint> points = Sweep.run(DESIGNS, SAMPLING, null, progress::add);
        assertEquals(4, points.size());
        assertEquals(4, progress.size());
        var expected = ErrorAnalysis.analyze(Units.multiplier(DESIGNS.get(1)), SAMPLING);
        assertEquals(expected, points.get(1).errors());
        assertEquals(0.0, points.get(3).errors().mred(), "a fixed MAC's multiplier is exact");
        assertTrue(points.stream().allMatch(p -> p.cost().isEmpty() && !p.paretoOptimal()));
        assertTrue(points.get(0).errors().mred() > points.get(1).errors().mred(), "fewer kept bits, more error");
    }

    @Test
    void costsPlugInAndTheParetoFrontIsMarked() {
        // a stand-in cost source: energy falls as the design gets less exact, one failure
        CostSource costs = designs -> designs.stream().map(d -> switch (d.kind()) {
            case FIXED -> CostSource.Lookup.of(new DesignCost(1000, "um2", 2, 1, 10, 20));
            case DRUM -> CostSource.Lookup.failed("drum_n8_k4_c1: yosys failed");
            default -> d.intParam("w") == 3 ? CostSource.Lookup.of(new DesignCost(300, "um2", 1, 0.3, 3, 6))
                    : CostSource.Lookup.of(new DesignCost(500, "um2", 1, 0.5, 12, 10));
        }).toList();
        List<SweepPoint> points = Sweep.run(DESIGNS, SAMPLING, costs, s -> { });
        assertTrue(points.get(0).paretoOptimal(), "cheapest");
        assertFalse(points.get(1).paretoOptimal(), "w=6 costs more than the exact design");
        assertTrue(points.get(3).paretoOptimal(), "exact");
        assertEquals("drum_n8_k4_c1: yosys failed", points.get(2).costFailure().orElseThrow());
        assertFalse(points.get(2).paretoOptimal());
        String csv = SweepTable.csv(points);
        assertTrue(csv.startsWith(SweepTable.HEADER + "\n"));
        assertEquals(5, csv.split("\n").length);
        assertTrue(csv.contains("fixed:n=8,sign=twos,mac,acc=24\",fixed,8,true,0.00000000,"), csv);
        String svg = SweepFigures.plot(points).svg();
        assertTrue(svg.contains("Pareto-optimal") && svg.contains("energy per operation (pJ)"));
        assertTrue(SweepFigures.plot(Sweep.run(DESIGNS, SAMPLING, null, s -> { })).svg().contains("no synthesis cost"));
    }
}
