package org.approxmac.analysis.sweep;

/**
 * The synthesis cost of one design (docs/cost-method.md), as the sweep reports it.
 *
 * @param area     cell area, in {@code areaUnit}
 * @param areaUnit the library's area unit
 * @param delayNs  critical path (ns)
 * @param powerMw  total power at the common clock (mW)
 * @param energyPj energy per operation (pJ): power at the design's own maximum clock times delay
 * @param pdpPj    the paper-compatible power-delay product (pJ)
 */
public record DesignCost(double area, String areaUnit, double delayNs, double powerMw, double energyPj,
                         double pdpPj) {
}
