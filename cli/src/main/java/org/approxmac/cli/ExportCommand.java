package org.approxmac.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approxmac.hdl.export.CModel;
import org.approxmac.hdl.export.CModels;
import org.approxmac.hdl.export.LookUpTable;
import org.approxmac.hdl.export.LookUpTables;
import org.approxmac.hdl.export.TableFormat;
import org.approxmac.sim.CModelCheck;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Toolchain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code approxmac export SPEC... --format c|tfapprox|adapt [--out DIR] [--name NAME] [--verify]}: an
 * integer multiplier's function for DNN emulators (docs/emulators.md), recorded in DIR/EXPORTS.tsv.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export integer multipliers for DNN emulators: a dependency-free C99 function and header"
                + " (any integer kind, n up to 64, rendered from the multiplier's RTL), or the full look-up table of"
                + " an 8-bit multiplier for TFApprox (unsigned operands, binary) or AdaPT (int8 operands, C header).",
            "Files are recorded in DIR/" + ExportManifest.FILE_NAME + "; existing files are replaced only if approxmac"
                + " wrote them, and nothing is written when any SPEC fails.",
            "docs/emulators.md describes the formats and conventions."},
        footer = {"", "Examples:", "  approxmac export mitchw:n=16,w=6,sign=c1 --out emu",
            "  approxmac export drum:n=8,k=4,sign=unsigned --format tfapprox --out emu",
            "  approxmac export mitchw:n=8,w=4,sign=sm --format adapt --name mitch8 --out emu",
            "  approxmac export ilm:n=32,sign=sm --verify     # compile with gcc and compare with the golden model"})
final class ExportCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("c", TableFormat.TFAPPROX.cliName(), TableFormat.ADAPT.cliName());

    /** Random pairs a --verify of a model above n = 8 compares, after every pair of corner operands. */
    static final int VERIFY_RANDOM_PAIRS = 100_000;

    @Spec
    CommandSpec commandSpec;

    @Parameters(paramLabel = "SPEC", arity = "1..*",
            description = "integer multipliers, e.g. mitchw:n=16,w=6 (no mac, dot=1; any stages: the function is the same)")
    List<String> specs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "c (NAME.c and NAME.h per SPEC, n 2..64), tfapprox (NAME.bin: n=8, sign=unsigned) or adapt"
                    + " (NAME_lut.h: n=8, a signed mode) (default: ${DEFAULT-VALUE})")
    String format = "c";

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("export-out");

    @Option(names = "--name", paramLabel = "NAME",
            description = "function and file base name for a single SPEC (default: derived from the spec)")
    String name;

    @Option(names = "--verify", description = "c only: before writing, compile the models with gcc and compare them"
            + " with the golden model (n <= 8: every pair; above: every pair of corner operands and "
            + VERIFY_RANDOM_PAIRS + " random pairs); exit 1 on a mismatch")
    boolean verify;

    @Override
    public Integer call() {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        if (!FORMATS.contains(format)) {
            throw new UsageError("--format: unknown format '" + format + "' (accepted: " + String.join(", ", FORMATS) + ")");
        }
        if (verify && !format.equals("c")) {
            throw new UsageError("--verify applies to --format c (a table is the golden model's own products)");
        }
        GeneratedFiles.checkTarget(name, specs.size(), out);
        List<UnitSpec> parsed = new ArrayList<>();
        for (String s : specs) {
            UnitSpec spec = UnitSpec.parse(s);
            CModels.requireMultiplier(spec);
            parsed.add(spec);
        }
        ExportManifest manifest = ExportManifest.of(out);
        GeneratedFiles files = new GeneratedFiles();
        List<CModel> models = new ArrayList<>();
        for (UnitSpec spec : parsed) {
            String base = name == null ? spec.identifier() : name;
            if (format.equals("c")) {
                CModel m = CModels.generate(spec, base);
                models.add(m);
                files.add(out.resolve(m.sourceFileName()), m.source(), CModel::generated);
                files.add(out.resolve(m.headerFileName()), m.header(), CModel::generated);
                manifest = manifest.with(m.sourceFileName(), format, spec.canonical())
                        .with(m.headerFileName(), format, spec.canonical());
            } else {
                TableFormat f = format.equals("adapt") ? TableFormat.ADAPT : TableFormat.TFAPPROX;
                LookUpTable t = LookUpTables.generate(spec, f, base);
                ExportManifest before = manifest;
                files.addBytes(out.resolve(t.fileName()), t.bytes(), p -> before.lists(t.fileName()));
                manifest = manifest.with(t.fileName(), format, spec.canonical());
            }
        }
        if (verify) {
            verify(models, stdout);
        }
        files.add(out.resolve(ExportManifest.FILE_NAME), manifest.text(), ExportManifest::generated);
        for (Path p : files.write()) {
            stdout.println("wrote " + p);
        }
        stdout.flush();
        return 0;
    }

    private static void verify(List<CModel> models, PrintWriter stdout) {
        List<CModelCheck.Case> cases = models.stream().map(m -> new CModelCheck.Case(m, m.spec().n() <= 8
                ? CModelCheck.Pairs.exhaustive(m.spec().n())
                : CModelCheck.Pairs.cornersAndRandom(m.spec(), VERIFY_RANDOM_PAIRS, 2021))).toList();
        Path work;
        try {
            work = Files.createTempDirectory("approxmac-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            CModelCheck.Result r = new CModelCheck(Toolchain.system(), CModelCheck.STRICT).run(cases, work);
            if (!r.ok()) {
                throw new CheckFailed(r.mismatches().size() + " products differ from the golden model, nothing was"
                        + " written; first: " + r.mismatches().get(0).describe());
            }
            stdout.println("verified: " + r.products() + " products of " + models.size()
                    + " C model(s), compiled with gcc, equal the golden model's");
        } finally {
            delete(work);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
