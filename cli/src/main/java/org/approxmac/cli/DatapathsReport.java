package org.approxmac.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code approxmac datapaths}: the energy table ({@link DatapathTable}) followed by the
 * accumulated-error table ({@link DatapathErrors}), as text, Markdown or one JSON object. Nothing in it
 * depends on the time of the run, so the same costs give the same bytes.
 *
 * @param costs  the energy per MAC of every design
 * @param errors the accumulated error of every kind, in the same kind order
 */
record DatapathsReport(DatapathTable costs, DatapathErrors errors) {

    String text() {
        return costs.text() + "\n" + errors.text();
    }

    String markdown() {
        return costs.markdown() + "\n" + errors.markdown();
    }

    /**
     * One JSON object: the sizes, the measurement's conditions, the accumulated-error settings, and per
     * kind its designs ({@code datapaths}) and its {@code accumulated_error}.
     */
    Map<String, Object> json() {
        DatapathShape shape = costs.plan().shape();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lanes", shape.lanes());
        o.put("rows", shape.rows());
        o.put("cols", shape.cols());
        o.putAll(costs.conditionsJson());
        o.put("accumulated_error", errors.settingsJson());
        List<Map<String, Object>> kinds = costs.kindsJson();
        for (int i = 0; i < kinds.size(); i++) {
            kinds.get(i).put("accumulated_error", DatapathErrors.kindJson(errors.kinds().get(i)));
        }
        o.put("kinds", kinds);
        return o;
    }
}
