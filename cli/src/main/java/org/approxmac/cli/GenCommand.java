package org.approxmac.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.approxmac.hdl.FuseSocCore;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.hdl.Manifest;
import org.approxmac.hdl.Rtl;
import org.approxmac.hdl.render.VerilogRenderer;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code approxmac gen SPEC... [--out DIR] [--name MODULE] [--fusesoc]} writes one self-contained
 * Verilog-2005 file per design and records it in {@code DIR/MANIFEST.tsv};
 * {@code approxmac gen --check DIR} regenerates every design listed in the manifest and exits 1
 * listing the files that differ.
 */
@Command(name = "gen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate Verilog-2005 RTL: one self-contained file per design (all submodules inside,"
                + " prefixed with the top module's name), recorded in DIR/" + Manifest.FILE_NAME + ".",
            "Existing files are replaced only if approxmac generated them; nothing is written when any"
                + " design fails.",
            "With --check DIR: regenerate every design in DIR/" + Manifest.FILE_NAME
                + " and exit 1 listing stale files."},
        footer = {"", "Examples:", "  approxmac gen mitchw:n=16,w=6 drum:n=16,k=6,mac",
            "  approxmac gen fixed:n=8 --name mul8 --out build/rtl --fusesoc",
            "  approxmac gen mitchw:n=16,stages=3,mac            # a MAC pipelined to latency 3",
            "  approxmac gen drum:n=32,stages=2                  # a multiplier pipelined to latency 2 (clk port)",
            "  approxmac gen fixed:n=32,mac --clock 3.0           # the fewest stages that meet 3 ns on osu018",
            "  approxmac gen --check rtl-out"})
final class GenCommand implements Callable<Integer> {

    @Spec
    CommandSpec commandSpec;

    @Parameters(paramLabel = "SPEC", arity = "0..*", description = "designs to generate, e.g. mitchw:n=16,w=6,mac")
    List<String> specs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("rtl-out");

    @Option(names = "--name", paramLabel = "MODULE",
            description = "top module and file name for a single SPEC (default: derived from the spec)")
    String name;

    @Option(names = "--check", paramLabel = "DIR",
            description = "compare the designs listed in DIR/" + Manifest.FILE_NAME + " with fresh output")
    Path check;

    @Option(names = "--fusesoc", description = "also write a FuseSoC CAPI2 .core file per design")
    boolean fusesoc;

    @Option(names = "--clock", paramLabel = "NS",
            description = "pipeline each SPEC (multiplier or MAC) for this clock period in ns, 0.01..100000: the"
                    + " smallest stages=0.." + ClockTarget.MAX_STAGES + " whose register-to-register delay, measured by"
                    + " the cost flow on --liberty with fanout buffering (synth --buffer), meets it (trying at most"
                    + " " + ClockTarget.GIVE_UP_AFTER + " stages past the shortest so far); prints the choice and its"
                    + " slack")
    Double clockNs;

    @Mixin
    CostFlowOptions costFlow;

    @Override
    public Integer call() {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        if (check != null) {
            if (!specs.isEmpty() || name != null || fusesoc || clockNs != null) {
                throw new UsageError("--check takes no SPEC, --name, --fusesoc or --clock");
            }
            return check(stdout, commandSpec.commandLine().getErr());
        }
        if (specs.isEmpty()) {
            throw new UsageError("give at least one SPEC (e.g. mitchw:n=16,w=6) or --check DIR");
        }
        GeneratedFiles.checkTarget(name, specs.size(), out);
        List<UnitSpec> parsed = new ArrayList<>();
        for (String s : specs) {
            parsed.add(UnitSpec.parse(s));
        }
        if (clockNs != null) {
            ClockTarget target = ClockTarget.of(clockNs, costFlow);
            List<UnitSpec> chosen = new ArrayList<>();
            for (UnitSpec spec : parsed) {
                chosen.add(target.choose(spec, commandSpec.commandLine().getErr(), stdout));
            }
            parsed = chosen;
        }
        List<GeneratedDesign> designs = new ArrayList<>();
        for (UnitSpec spec : parsed) {
            designs.add(name == null ? Rtl.generate(spec) : Rtl.generate(spec, name));
        }
        Path manifestPath = out.resolve(Manifest.FILE_NAME);
        Manifest manifest = Files.exists(manifestPath) ? readManifest(manifestPath) : new Manifest(Map.of());
        GeneratedFiles files = new GeneratedFiles();
        for (GeneratedDesign d : designs) {
            files.add(out.resolve(d.fileName()), d.verilog(), VerilogRenderer::generated);
            if (fusesoc) {
                files.add(out.resolve(FuseSocCore.fileName(d)), FuseSocCore.text(d), FuseSocCore::generated);
            }
            manifest = manifest.with(d.fileName(), d.spec().canonical());
        }
        files.add(manifestPath, manifest.text(), Manifest::generated);
        for (Path p : files.write()) {
            stdout.println("wrote " + p);
        }
        stdout.flush();
        return 0;
    }

    private int check(PrintWriter stdout, PrintWriter stderr) {
        Path manifestPath = check.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestPath)) {
            throw new UsageError("no manifest " + manifestPath + " (generate into the directory first)");
        }
        Manifest manifest = readManifest(manifestPath);
        List<String> stale = new ArrayList<>();
        manifest.entries().forEach((file, spec) -> {
            String module = file.substring(0, file.length() - 2);
            GeneratedDesign fresh = Rtl.generate(UnitSpec.parse(spec), module);
            Path p = check.resolve(file);
            if (!Files.isRegularFile(p)) {
                stale.add(p + " (missing; spec " + spec + ")");
            } else if (!GeneratedFiles.read(p).equals(fresh.verilog())) {
                stale.add(p + " (differs from fresh output of " + spec + ")");
            }
        });
        if (!stale.isEmpty()) {
            stale.forEach(s -> stderr.println("stale: " + s));
            stderr.println("approxmac: " + stale.size() + " of " + manifest.entries().size()
                    + " generated files are stale; regenerate with: approxmac gen --out " + check + " SPEC...");
            stderr.flush();
            return Main.EXIT_CHECK_FAILED;
        }
        stdout.println("up to date: " + manifest.entries().size() + " designs in " + check);
        stdout.flush();
        return 0;
    }

    private static Manifest readManifest(Path p) {
        String text = GeneratedFiles.read(p);
        if (!Manifest.generated(text)) {
            throw new UsageError("refusing to use " + p + ": it was not generated by approxmac");
        }
        return Manifest.parse(text, p.toString());
    }

}
