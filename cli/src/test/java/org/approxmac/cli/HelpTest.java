package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help, as a user runs it: an example, and examples never broken across lines. */
class HelpTest {

    /** Every command path, e.g. [] (approxmac itself), [bench, cosim], [help]. */
    private static List<List<String>> commands(CommandLine cl, List<String> path) {
        List<List<String>> out = new ArrayList<>();
        out.add(path);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) { // skip aliases
                List<String> p = new ArrayList<>(path);
                p.add(name);
                out.addAll(commands(sub, p));
            }
        });
        return out;
    }

    @Test
    void everyHelpHasAnExampleAndNoExampleIsWrapped() {
        List<List<String>> all = commands(new CommandLine(new Main()), List.of());
        assertTrue(all.size() >= 15, "walks every subcommand: " + all);
        for (List<String> path : all) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            var r = CliRunner.run(args.toArray(new String[0]));
            assertEquals(0, r.status(), path + ": " + r.err());
            List<String> lines = r.out().lines().toList();
            int examples = lines.indexOf("Examples:") >= 0 ? lines.indexOf("Examples:") : lines.indexOf("Example:");
            assertTrue(examples >= 0, "approxmac " + String.join(" ", path) + " --help has no example:\n" + r.out());
            List<String> commands = lines.subList(examples + 1, lines.size()).stream()
                    .filter(l -> !l.isBlank()).toList();
            assertFalse(commands.isEmpty(), path + ": an empty example section");
            for (String c : commands) {
                assertTrue(c.startsWith("  approxmac ") || c.startsWith("  printf ") || c.startsWith("  SOURCE_DATE_EPOCH=")
                        || c.matches("  APPROXMAC_[A-Z]+=\\S+ approxmac .*"),
                        path + ": an example line that is not a whole command (wrapped?): '" + c + "'");
            }
        }
    }

    @Test
    void bnScaleExampleStatesWhatTheCommandPrints() {
        String help = CliRunner.run("bn-scale", "--help").out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("# (\\d\\.\\d{5}) and (\\d\\.\\d{5})").matcher(help);
        assertTrue(m.find(), help);
        String out = CliRunner.run("bn-scale", "mitchw:n=32,w=6").out();
        assertTrue(out.contains("1 + e     = " + m.group(1)), out);
        assertTrue(out.contains("(1 + e)^2 = " + m.group(2)), out);
    }
}
