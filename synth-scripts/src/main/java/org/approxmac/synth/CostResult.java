package org.approxmac.synth;

import java.util.Map;
import java.util.Objects;

/**
 * The cost of one design under the method of docs/cost-method.md, with everything needed to reproduce it.
 *
 * @param spec            the canonical spec the design is (or behaves like)
 * @param design          the design's name (generated module, or the user's top module)
 * @param source          {@code generated} or the user's RTL file name
 * @param liberty         the library as the user named it ({@code osu018} or a file name)
 * @param libraryName     the library's own name
 * @param libertySha256   SHA-256 of the liberty file as given
 * @param area            chip area of the measured circuit (unit wrapper included), in {@code areaUnit}
 * @param areaUnit        the library's area unit
 * @param cells           cell count of the measured circuit
 * @param registers       its register bits (flip-flop and latch cells), the measurement wrapper's included
 * @param cellTypes       cells per library cell type
 * @param delayNs         register-to-register critical path (ns)
 * @param clockNs         the common clock period at which {@code power*} are stated (ns)
 * @param powerMw         total power at {@code clockNs} (mW)
 * @param internalMw      internal power at {@code clockNs} (mW)
 * @param switchingMw     switching power at {@code clockNs} (mW)
 * @param leakageMw       leakage power (mW)
 * @param energyPj        energy per operation: power at the design's own maximum clock (period =
 *                        delay) times delay, i.e. the energy per cycle (pJ)
 * @param pdpPj           paper-compatible power-delay product: power at the common clock times the
 *                        design's own delay (pJ)
 * @param operands        operand distribution of the activity simulation
 * @param seed            stimulus seed
 * @param warmupCycles    cycles simulated before counting toggles
 * @param simCycles       cycles over which toggles were counted
 * @param toolVersions    tool name to version line
 * @param stageSeconds    wall time per stage of the run that produced this result (s)
 * @param cacheKey        the content hash this result is cached under
 */
public record CostResult(String spec, String design, String source, String liberty, String libraryName,
                         String libertySha256, double area, String areaUnit, int cells,
                         int registers, Map<String, Integer> cellTypes, double delayNs, double clockNs, double powerMw,
                         double internalMw, double switchingMw, double leakageMw, double energyPj, double pdpPj,
                         String operands, long seed, int warmupCycles, int simCycles,
                         Map<String, String> toolVersions, Map<String, Double> stageSeconds, String cacheKey) {

    public CostResult {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(design);
        cellTypes = Map.copyOf(cellTypes);
        toolVersions = Map.copyOf(toolVersions);
        stageSeconds = Map.copyOf(stageSeconds);
    }
}
