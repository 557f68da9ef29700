package org.approxmac.analysis.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.approxmac.analysis.io.CsvCell;
import org.approxmac.golden.error.ErrorMetrics;

/**
 * The sweep's table: one row per design with fixed columns, as CSV text or as ordered maps for
 * JSON. Error values are fractions (as in {@code errors --json}); cost columns are empty when no cost
 * was measured.
 */
public final class SweepTable {
    /** The CSV header; also approxmac's mark on the CSV files it writes. */
    public static final String HEADER = "spec,kind,n,mac,mean_rel_error,var_rel_error,mred,wcre,nmed,ep,"
            + "area,area_unit,delay_ns,power_mw,energy_pj,pdp_pj,pareto_optimal,cost_failure";

    private SweepTable() {
    }

    public static String csv(List<SweepPoint> points) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (SweepPoint p : points) {
            List<String> cells = new ArrayList<>();
            row(p).values().forEach(v -> cells.add(cell(v)));
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    /** The row of one design, keyed like the CSV header. */
    public static Map<String, Object> row(SweepPoint p) {
        ErrorMetrics e = p.errors();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("spec", p.spec().canonical());
        r.put("kind", p.spec().kind().specName());
        r.put("n", p.spec().n());
        r.put("mac", p.spec().mac());
        r.put("mean_rel_error", e.meanRelError());
        r.put("var_rel_error", e.varRelError());
        r.put("mred", e.mred());
        r.put("wcre", e.wcre());
        r.put("nmed", e.nmed());
        r.put("ep", e.ep());
        r.put("area", p.cost().map(DesignCost::area).orElse(null));
        r.put("area_unit", p.cost().map(DesignCost::areaUnit).orElse(null));
        r.put("delay_ns", p.cost().map(DesignCost::delayNs).orElse(null));
        r.put("power_mw", p.cost().map(DesignCost::powerMw).orElse(null));
        r.put("energy_pj", p.cost().map(DesignCost::energyPj).orElse(null));
        r.put("pdp_pj", p.cost().map(DesignCost::pdpPj).orElse(null));
        r.put("pareto_optimal", p.cost().isPresent() ? p.paretoOptimal() : null);
        r.put("cost_failure", p.costFailure().orElse(null));
        return r;
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.9g", d);
        }
        return CsvCell.of(v);
    }
}
