package org.approxmac.analysis.cnn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.approxmac.analysis.chart.Charts;
import org.approxmac.analysis.chart.Figure;

/**
 * The paper's network-level comparison for one unit, from five runs on the same test images: the
 * conventional network without batch normalisation, with stored and with adjusted parameters, and
 * the depthwise-separable network with stored and adjusted parameters.
 *
 * @param unitMeanError the unit's mean relative error e
 * @param runs          the five runs, in the order above
 */
public record CnnStudy(double unitMeanError, List<CnnResult> runs) {

    /** The five configurations: network and batch-normalisation mode. */
    public static final List<Map.Entry<Architecture, BnMode>> CONFIGURATIONS = List.of(
            Map.entry(Architecture.PLAIN, BnMode.NONE),
            Map.entry(Architecture.BN, BnMode.STORED),
            Map.entry(Architecture.BN, BnMode.ADJUSTED),
            Map.entry(Architecture.DEPTHWISE, BnMode.STORED),
            Map.entry(Architecture.DEPTHWISE, BnMode.ADJUSTED));

    /** Runs the five configurations with the given networks (one per architecture). */
    public static CnnStudy run(Map<Architecture, Network> networks, ProductArithmetic arithmetic, double meanError,
                               FashionMnist.LabelledImages images, ForkJoinPool pool) {
        List<CnnResult> runs = new ArrayList<>();
        for (Map.Entry<Architecture, BnMode> c : CONFIGURATIONS) {
            runs.add(CnnExperiment.run(networks.get(c.getKey()), arithmetic, c.getValue(), meanError, images, pool));
        }
        return new CnnStudy(meanError, runs);
    }

    public CnnResult run(Architecture network, BnMode bn) {
        return runs.stream().filter(r -> r.network() == network && r.bn() == bn).findFirst().orElseThrow();
    }

    /** The Fig. 10/11 analogue: each conventional layer's mean relative error without, with stored and adjusted BN. */
    public Figure layerFigure() {
        CnnResult none = run(Architecture.PLAIN, BnMode.NONE);
        List<String> layers = new ArrayList<>();
        for (int i = 1; i <= none.layers().size(); i++) {
            layers.add(String.valueOf(i));
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("no batch normalisation", percent(none));
        series.put("stored BN parameters", percent(run(Architecture.BN, BnMode.STORED)));
        series.put("adjusted BN parameters", percent(run(Architecture.BN, BnMode.ADJUSTED)));
        return Charts.barChart(String.format(Locale.ROOT, "%s: mean relative error of each layer's outputs"
                        + " (unit e = %.2f %%)", none.arithmetic(), 100 * unitMeanError), layers, series,
                "mean relative error against FP32 (%)");
    }

    private static double[] percent(CnnResult r) {
        return r.layers().stream().mapToDouble(l -> 100 * l.meanRelError()).toArray();
    }

    /** The study as Markdown: accuracy, per-layer mean error, error-variance ratios. */
    public String markdown() {
        CnnResult none = run(Architecture.PLAIN, BnMode.NONE);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# CNN study: %s on Fashion-MNIST (%d test images)%n%n", none.arithmetic(),
                none.images()));
        md.append(String.format(Locale.ROOT, "Unit bias e = %.4f %%; adjusted batch normalisation multiplies stored"
                + " means by %.5f and variances by %.5f.%n%n", 100 * unitMeanError, 1 + unitMeanError,
                (1 + unitMeanError) * (1 + unitMeanError)));
        md.append("## Top-1 accuracy (paper Table 3)\n\n");
        md.append("| network | FP32 | no BN | stored BN | adjusted BN |\n|---|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | — | — |%n", Architecture.PLAIN.description(),
                pct(none.referenceAccuracy()), pct(none.accuracy())));
        for (Architecture a : new Architecture[] {Architecture.BN, Architecture.DEPTHWISE}) {
            CnnResult stored = run(a, BnMode.STORED);
            md.append(String.format(Locale.ROOT, "| %s | %s | — | %s | %s |%n", a.description(),
                    pct(stored.referenceAccuracy()), pct(stored.accuracy()), pct(run(a, BnMode.ADJUSTED).accuracy())));
        }
        md.append("\n## Mean relative error of each layer's outputs against FP32, % (paper Fig. 10 and 11)\n\n");
        md.append("| # | layer | products | no BN | stored BN | adjusted BN |\n|---:|---|---:|---:|---:|---:|\n");
        CnnResult stored = run(Architecture.BN, BnMode.STORED);
        CnnResult adjusted = run(Architecture.BN, BnMode.ADJUSTED);
        for (int i = 0; i < none.layers().size(); i++) {
            LayerError l = none.layers().get(i);
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.3f | %.3f | %.3f |%n", i + 1, l.layer(),
                    l.products(), 100 * l.meanRelError(), 100 * stored.layers().get(i).meanRelError(),
                    100 * adjusted.layers().get(i).meanRelError()));
        }
        md.append("\n## Error variance over output variance per layer, adjusted BN (paper Table 2)\n\n");
        md.append("| network | # | layer | products | mean rel. error % | var. of rel. error %² | error var / output var"
                + " |\n|---|---:|---|---:|---:|---:|---:|\n");
        for (Architecture a : new Architecture[] {Architecture.BN, Architecture.DEPTHWISE}) {
            CnnResult r = run(a, BnMode.ADJUSTED);
            for (int i = 0; i < r.layers().size(); i++) {
                LayerError l = r.layers().get(i);
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.3f | %.2f | %.3e |%n", a.id(), i + 1,
                        l.layer(), l.products(), 100 * l.meanRelError(), 1e4 * l.varRelError(),
                        l.errorVarianceRatio()));
            }
        }
        md.append(String.format(Locale.ROOT, "%nMean error-variance ratio over the layers: conventional %.3e,"
                + " depthwise-separable %.3e (of which the 3 x 3 depthwise layers %.3e).%n",
                meanRatio(Architecture.BN, false), meanRatio(Architecture.DEPTHWISE, false),
                meanRatio(Architecture.DEPTHWISE, true)));
        return md.toString();
    }

    /** Mean of the error-variance ratios of a network's layers (adjusted BN); only 3 x 3 depthwise ones if asked. */
    public double meanRatio(Architecture network, boolean depthwiseOnly) {
        return run(network, BnMode.ADJUSTED).layers().stream()
                .filter(l -> !depthwiseOnly || l.layer().startsWith("depthwise"))
                .mapToDouble(LayerError::errorVarianceRatio).average().orElse(Double.NaN);
    }

    /** One CSV row per run and layer. */
    public String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (CnnResult r : runs) {
            for (int i = 0; i < r.layers().size(); i++) {
                LayerError l = r.layers().get(i);
                csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%d,%.6g,%.6g,%.6g,%.4f,%.4f%n", r.arithmetic()
                        .replace(",", ";"), r.network().id(), r.bn().id(), i + 1, l.layer(), l.products(),
                        l.meanRelError(), l.varRelError(), l.errorVarianceRatio(), r.accuracy(),
                        r.referenceAccuracy()));
            }
        }
        return csv.toString();
    }

    public static final String CSV_HEADER = "spec,network,bn,layer_index,layer,products,mean_rel_error,var_rel_error,"
            + "error_variance_ratio,accuracy,fp32_accuracy";

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * v);
    }
}
