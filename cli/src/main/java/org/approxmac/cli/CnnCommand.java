package org.approxmac.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.approxmac.analysis.cnn.Architecture;
import org.approxmac.analysis.cnn.BnMode;
import org.approxmac.analysis.cnn.CnnExperiment;
import org.approxmac.analysis.cnn.CnnResult;
import org.approxmac.analysis.cnn.CnnStudy;
import org.approxmac.analysis.cnn.FashionMnist;
import org.approxmac.analysis.cnn.FloatProducts;
import org.approxmac.analysis.cnn.IntegerProducts;
import org.approxmac.analysis.cnn.LayerError;
import org.approxmac.analysis.cnn.ProductArithmetic;
import org.approxmac.analysis.cnn.TrainedNetworks;
import org.approxmac.analysis.cnn.WeightsFile;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac cnn SPEC}: a trained CNN on Fashion-MNIST with every product by the unit's golden model. */
@Command(name = "cnn", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a trained convolutional network on the Fashion-MNIST test images with every product of"
                + " its convolution and fully-connected layers computed by the unit's golden model, additions exact,"
                + " and compares it with the same network in FP32 (paper Sections 3 and 4).",
            "Integer kinds get operands quantised to n-bit fixed point (one scale per layer's weights and per"
                + " image's layer input); floating kinds round operands to their format. Prints top-1 accuracy"
                + " against FP32 and, per layer, the mean and variance of the relative error of its outputs and"
                + " the error variance over the output variance (paper Table 2).",
            "--bn chooses the network and its batch normalisation: none (the network trained without it), stored"
                + " (trained mean and variance) or adjusted (mean x (1 + e), variance x (1 + e)^2, e the unit's"
                + " mean relative error). Details: docs/cnn.md."},
        footer = {"", "Examples:",
            "  approxmac cnn mitchw:n=16,w=6                       # adjusted batch normalisation",
            "  approxmac cnn mitchw:n=16,w=6 --bn stored --images 1000",
            "  approxmac cnn drum:n=16,k=6 --depthwise --json",
            "  approxmac cnn bf16 --bn stored",
            "  approxmac cnn mitchw:n=16,w=6 --study docs/figures   # all five runs: tables and figure"})
final class CnnCommand implements Runnable {
    static final int TEST_IMAGES = 10000;

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the unit (a MAC spec means its multiplier)")
    String spec;

    @Option(names = "--bn", paramLabel = "MODE", description = "none|stored|adjusted (default adjusted)")
    String bn;

    @Option(names = "--depthwise", description = "the depthwise-separable network instead of the conventional one")
    boolean depthwise;

    @Option(names = "--images", paramLabel = "N", defaultValue = "10000",
            description = "test images, the first N (default ${DEFAULT-VALUE}; 1..10000)")
    int images;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "weights written by 'approxmac cnn-train' instead of the shipped ones")
    Path weights;

    @Mixin
    CnnOptions options;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--study", paramLabel = "DIR", description = "run all five configurations (no BN; stored and"
            + " adjusted BN; the depthwise network with stored and adjusted BN) and write into DIR the tables"
            + " (cnn-ID.md, cnn-ID.csv) and the per-layer figure (cnn-ID-layers.svg)")
    Path study;

    @Override
    public void run() {
        UnitSpec unit = UnitSpec.parse(spec).multiplier();
        if (images < 1 || images > TEST_IMAGES) {
            throw new UsageError("--images " + images + " is out of range (accepted: 1.." + TEST_IMAGES + ")");
        }
        if (study != null) {
            runStudy(unit);
            return;
        }
        BnMode mode;
        try {
            mode = BnMode.of(bn == null ? "adjusted" : bn);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        Architecture architecture = depthwise ? Architecture.DEPTHWISE
                : mode == BnMode.NONE ? Architecture.PLAIN : Architecture.BN;
        if (depthwise && mode == BnMode.NONE) {
            throw new UsageError("--bn none needs the conventional network: the depthwise network has batch"
                    + " normalisation (accepted with --depthwise: stored|adjusted)");
        }
        Multiplier multiplier = Units.multiplier(unit);
        ProductArithmetic arithmetic = arithmetic(multiplier);
        WeightsFile.Loaded loaded = weights == null ? TrainedNetworks.load(architecture) : readWeights(weights);
        if (loaded.network().architecture() != architecture) {
            throw new UsageError("--weights: " + weights + " holds network " + loaded.network().architecture().id()
                    + ", this run needs " + architecture.id());
        }
        ForkJoinPool pool = options.pool();
        FashionMnist.LabelledImages test = options.load(FashionMnist.Split.TEST, images);
        double e = unitBias(multiplier);
        long start = System.nanoTime();
        CnnResult result = CnnExperiment.run(loaded.network(), arithmetic, mode, e, test, pool);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(result, e)));
        } else {
            print(out, result, e, seconds, pool.getParallelism());
        }
    }

    private void runStudy(UnitSpec unit) {
        if (bn != null || depthwise || weights != null || json) {
            throw new UsageError("--study runs every network and batch-normalisation mode with the shipped weights:"
                    + " it takes none of --bn, --depthwise, --weights, --json");
        }
        if (!Files.isDirectory(study)) {
            throw new UsageError("--study: " + study + " is not a directory");
        }
        String id = "cnn-" + unit.identifier();
        Path md = study.resolve(id + ".md");
        Path csv = study.resolve(id + ".csv");
        Path svg = study.resolve(id + "-layers.svg");
        GeneratedFiles.checkReplaceable(md, text -> text.startsWith(STUDY_TITLE));
        TableFile.check("--study", csv, CnnStudy.CSV_HEADER);
        FigureOutput.check("--study", svg);
        Multiplier multiplier = Units.multiplier(unit);
        ProductArithmetic arithmetic = arithmetic(multiplier);
        Map<Architecture, org.approxmac.analysis.cnn.Network> networks = new java.util.EnumMap<>(Architecture.class);
        for (Architecture a : Architecture.values()) {
            networks.put(a, TrainedNetworks.load(a).network());
        }
        ForkJoinPool pool = options.pool();
        FashionMnist.LabelledImages test = options.load(FashionMnist.Split.TEST, images);
        double e = unitBias(multiplier);
        long start = System.nanoTime();
        CnnStudy result = CnnStudy.run(networks, arithmetic, e, test, pool);
        double seconds = (System.nanoTime() - start) / 1e9;
        GeneratedFiles files = new GeneratedFiles();
        files.add(md, result.markdown(), text -> text.startsWith(STUDY_TITLE));
        files.add(csv, result.csv(), text -> text.lines().findFirst().orElse("").equals(CnnStudy.CSV_HEADER));
        files.write();
        FigureOutput.write("--study", result.layerFigure(), svg);
        PrintWriter out = commandSpec.commandLine().getOut();
        out.print(result.markdown());
        out.printf("%n%.1f s on %d threads; wrote %s, %s, %s%n", seconds, pool.getParallelism(), md, csv, svg);
    }

    private static final String STUDY_TITLE = "# CNN study: ";

    /** The unit's mean relative error e, as {@code bn-scale} measures it (10^6 uniform pairs, seed 1). */
    private static double unitBias(Multiplier multiplier) {
        return ErrorAnalysis.analyze(multiplier, Sampling.random(ErrorsCommand.DEFAULT_SAMPLES, 1)).meanRelError();
    }

    static ProductArithmetic arithmetic(Multiplier multiplier) {
        try {
            return multiplier.spec().kind().floating() ? new FloatProducts(multiplier) : new IntegerProducts(multiplier);
        } catch (IllegalArgumentException ex) {
            throw new UsageError(ex.getMessage());
        }
    }

    static Architecture architecture(String name) {
        try {
            return Architecture.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--net: " + e.getMessage());
        }
    }

    private static WeightsFile.Loaded readWeights(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageError("--weights: " + file + " is not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WeightsFile.read(in, file.toString());
        } catch (IllegalArgumentException ex) {
            throw new UsageError("--weights: " + ex.getMessage());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    static Map<String, Object> toJson(CnnResult r, double e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("spec", r.arithmetic());
        o.put("network", r.network().id());
        o.put("bn", r.bn().id());
        o.put("unit_mean_rel_error", e);
        o.put("bn_mean_scale", r.meanScale());
        o.put("images", r.images());
        o.put("accuracy", r.accuracy());
        o.put("fp32_accuracy", r.referenceAccuracy());
        o.put("products_per_image", r.products());
        List<Object> layers = new ArrayList<>();
        for (LayerError l : r.layers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("layer", l.layer());
            m.put("products_per_output", l.products());
            m.put("mean_rel_error", l.meanRelError());
            m.put("var_rel_error", l.varRelError());
            m.put("error_variance_ratio", l.errorVarianceRatio());
            layers.add(m);
        }
        o.put("layers", layers);
        return o;
    }

    private static void print(PrintWriter out, CnnResult r, double e, double seconds, int threads) {
        out.printf("%s on the %s network (%s), batch normalisation %s; %d Fashion-MNIST test images%n",
                r.arithmetic(), r.network().id(), r.network().description(), describe(r), r.images());
        out.printf("  unit bias e (mean relative error, %d uniform pairs): %.4f %%%n", ErrorsCommand.DEFAULT_SAMPLES,
                100 * e);
        out.printf("  top-1 accuracy %.2f %% against FP32 %.2f %% (%+.2f points)%n", 100 * r.accuracy(),
                100 * r.referenceAccuracy(), 100 * (r.accuracy() - r.referenceAccuracy()));
        out.printf("  %-3s %-28s %9s %14s %16s %14s%n", "#", "layer", "products", "mean rel (%)", "var rel (%²)",
                "err/out var");
        int i = 1;
        for (LayerError l : r.layers()) {
            out.printf("  %-3d %-28s %9d %14.4f %16.6f %14.3e%n", i++, l.layer(), l.products(), 100 * l.meanRelError(),
                    1e4 * l.varRelError(), l.errorVarianceRatio());
        }
        double rate = 2.0 * r.products() * r.images() / seconds;
        out.printf("  %.1f s on %d threads (%.1f M products/s, FP32 and approximate runs together)%n", seconds,
                threads, rate / 1e6);
    }

    private static String describe(CnnResult r) {
        return switch (r.bn()) {
            case NONE -> "none";
            case STORED -> "with the stored mean and variance";
            case ADJUSTED -> String.format(java.util.Locale.ROOT, "adjusted (mean x %.5f, variance x %.5f)",
                    r.meanScale(), r.meanScale() * r.meanScale());
        };
    }
}
