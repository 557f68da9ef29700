package org.approxmac.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;

/**
 * A design-space sweep: error metrics of every design point from the golden model (each analysis
 * uses all cores, points in order, same seed for all) and, if a {@link CostSource} is given, the
 * synthesis cost of every point, asked for in one batch so the source can run them in parallel; then
 * the Pareto-optimal designs in (energy, MRED).
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * Runs the sweep.
     *
     * @param designs  the design points
     * @param sampling vectors for the error metrics
     * @param costs    the cost source, or null for an error-only sweep
     * @param progress receives one line per finished error analysis
     */
    public static List<SweepPoint> run(List<UnitSpec> designs, Sampling sampling, CostSource costs,
                                       Consumer<String> progress) {
        List<ErrorMetrics> errors = new ArrayList<>();
        for (UnitSpec d : designs) {
            ErrorMetrics m = ErrorAnalysis.analyze(Units.multiplier(d.multiplier()), sampling);
            errors.add(m);
            progress.accept(String.format("errors %s: MRED %.4f %%", d.canonical(), 100 * m.mred()));
        }
        List<CostSource.Lookup> lookups = costs == null ? null : costs.costs(designs);
        if (lookups != null && lookups.size() != designs.size()) {
            throw new IllegalStateException("cost source returned " + lookups.size() + " results for "
                    + designs.size() + " designs");
        }
        double[] energy = new double[designs.size()];
        double[] mred = new double[designs.size()];
        for (int i = 0; i < designs.size(); i++) {
            Optional<DesignCost> c = lookups == null ? Optional.empty() : lookups.get(i).cost();
            energy[i] = c.map(DesignCost::energyPj).orElse(Double.NaN);
            mred[i] = errors.get(i).mred();
        }
        boolean[] front = Pareto.front(energy, mred);
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            points.add(new SweepPoint(designs.get(i), errors.get(i),
                    lookups == null ? Optional.empty() : lookups.get(i).cost(),
                    lookups == null ? Optional.empty() : lookups.get(i).failure(), front[i]));
        }
        return List.copyOf(points);
    }
}
