package org.approxmac.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How every {@code --help} is laid out: descriptions wrap at the usage width, but the footer (the
 * examples) is printed line by line as written, so a long example command is never broken in the
 * middle and can be copied whole. Applied to the command and all its subcommands; picocli's built-in
 * {@code help} command gets an example too.
 */
final class HelpLayout {
    private HelpLayout() {
    }

    static void apply(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder sb = new StringBuilder();
            for (String line : help.commandSpec().usageMessage().footer()) {
                sb.append(line.replace("%n", System.lineSeparator()).replace("%%", "%")).append(System.lineSeparator());
            }
            return sb.toString();
        });
        if (cl.getCommand() instanceof CommandLine.HelpCommand) {
            cl.getCommandSpec().usageMessage().footer("", "Example:", "  approxmac help cosim");
        }
        for (CommandLine sub : List.copyOf(cl.getSubcommands().values())) {
            apply(sub);
        }
    }
}
