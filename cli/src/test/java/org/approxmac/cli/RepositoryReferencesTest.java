package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approxmac.golden.Version;
import org.approxmac.hdl.CanonicalDesigns;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What approxmac prints or ships cites only paths a user of the repository can follow: the headers of
 * generated Verilog, the cost table, every --help text, and (over the whole tree) every file and
 * every Markdown link.
 */
class RepositoryReferencesTest {

    /** One design of every kind and sign mode, plus the canonical set. */
    private static List<UnitSpec> designs() {
        List<UnitSpec> specs = new ArrayList<>(CanonicalDesigns.specs());
        for (String s : List.of("fixed:n=8,sign=unsigned", "mitchw:n=8,w=3,sign=sm", "mitchwu:n=16,w=6,sign=unsigned",
                "mitchell:n=8,sign=c1", "drum:n=8,k=4,sign=sm", "bf16:subnormals=ftz", "fp32:fused=false,mac")) {
            specs.add(UnitSpec.parse(s));
        }
        return specs;
    }

    private static List<String> headerLines(String verilog) {
        return verilog.lines().takeWhile(l -> l.startsWith("//")).toList();
    }

    @Test
    void generatedHeadersCiteRepositoryPathsAndTheVersion() {
        for (UnitSpec spec : designs()) {
            String header = String.join("\n", headerLines(Rtl.generate(spec, spec.identifier()).verilog()));
            assertEquals(List.of(), RepositoryReferences.problems(header), spec.canonical());
            assertTrue(!header.contains("../"), spec.canonical());
            Set<String> docs = RepositoryReferences.docsPaths(header);
            assertTrue(docs.contains("docs/units.md"), spec.canonical() + " must cite docs/units.md: " + header);
            assertTrue(header.contains("approxmac " + Version.current() + " "), spec.canonical() + ": " + header);
        }
    }

    @Test
    void exportedCModelsAndTablesCiteRepositoryPathsAndTheVersion() {
        for (String text : List.of("mitchw:n=16,w=6,sign=c1", "bbm:n=64")) {
            org.approxmac.hdl.export.CModel m = org.approxmac.hdl.export.CModels.generate(UnitSpec.parse(text));
            String comment = m.header().substring(0, m.header().indexOf("\n */"));
            assertEquals(List.of(), RepositoryReferences.problems(comment), text);
            assertTrue(RepositoryReferences.docsPaths(comment).containsAll(List.of("docs/units.md", "docs/emulators.md")),
                    comment);
            assertTrue(comment.contains("approxmac " + Version.current() + " "), comment);
        }
        String table = new String(org.approxmac.hdl.export.LookUpTables.generate(UnitSpec.parse("drum:n=8,sign=sm"),
                org.approxmac.hdl.export.TableFormat.ADAPT, "t").bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(), RepositoryReferences.problems(table.substring(0, table.indexOf("\n */"))));
    }

    @Test
    void theCheckFindsWhatItMustFind() {
        assertEquals(1, RepositoryReferences.problems("Semantics: approxmac spec/UNITS.md").size());
        assertEquals(2, RepositoryReferences.problems("Method: ../shared/spec/COST.md").size());
        assertEquals(List.of("names docs/nosuch.md, which the repository does not have"),
                RepositoryReferences.problems("see docs/nosuch.md."));
        assertEquals(List.of(), RepositoryReferences.problems("see docs/units.md and docs/figures/pareto-n8.svg."));
        assertEquals("the-mac-contract-every-kind", RepositoryReferences.anchor("The MAC contract (every kind)"));
        assertEquals("zero-rules-in-c1-mode", RepositoryReferences.anchor("Zero rules in `c1` mode"));
    }

    @Test
    void costTableCitesOnlyRepositoryPaths() {
        String t = CostTable.render(List.of(CostTableTest.result("m", "mitchw:n=16,w=6,sign=c1,mac,acc=40", 74)));
        assertEquals(List.of(), RepositoryReferences.problems(t), t);
    }

    @Test
    void everyHelpTextCitesOnlyRepositoryPaths() {
        List<String> problems = new ArrayList<>();
        helpTexts(new CommandLine(new Main()), problems);
        assertEquals(List.of(), problems);
    }

    private static void helpTexts(CommandLine cl, List<String> problems) {
        String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        RepositoryReferences.problems(usage).forEach(p -> problems.add(cl.getCommandName() + " --help " + p));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub != cl) {
                helpTexts(sub, problems);
            }
        }
    }

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", ".approxmac-cache", "node_modules");
    private static final Set<String> BINARY = Set.of("png", "jpg", "gz", "jar", "class", "vcd", "vvp", "weights");

    private static List<Path> repositoryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(RepositoryReferences.ROOT)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : RepositoryReferences.ROOT.relativize(p)) {
                            if (SKIPPED_DIRS.contains(part.toString())) {
                                return false;
                            }
                        }
                        String name = p.getFileName().toString();
                        return !BINARY.contains(name.substring(name.lastIndexOf('.') + 1));
                    }).sorted().toList();
        }
    }

    @Test
    void noFileOfTheRepositoryRefersOutsideIt() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = repositoryFiles();
        assertTrue(files.size() > 100, "walked " + files.size() + " files from " + RepositoryReferences.ROOT);
        for (Path f : files) {
            String rel = RepositoryReferences.ROOT.relativize(f).toString();
            // this test's own patterns and the checker's are the one exception
            if (rel.endsWith("RepositoryReferences.java") || rel.endsWith("RepositoryReferencesTest.java")) {
                continue;
            }
            RepositoryReferences.problems(RepositoryReferences.read(f)).forEach(p -> problems.add(rel + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyMarkdownLinkAndAnchorResolves() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchors = new java.util.HashMap<>();
        for (Path md : repositoryFiles()) {
            if (!md.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = MD_LINK.matcher(RepositoryReferences.read(md));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // a URL
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? md : md.getParent().resolve(file).normalize();
                String where = RepositoryReferences.ROOT.relativize(md) + ": (" + target + ")";
                if (!resolved.startsWith(RepositoryReferences.ROOT) || !Files.exists(resolved)) {
                    problems.add(where + " does not exist in the repository");
                } else if (target.contains("#") && resolved.toString().endsWith(".md")) {
                    String anchor = target.substring(target.indexOf('#') + 1);
                    if (!anchors.computeIfAbsent(resolved, RepositoryReferences::anchors).contains(anchor)) {
                        problems.add(where + " names a heading that does not exist");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
