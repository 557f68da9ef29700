package org.approxmac.cli;

import java.io.PrintWriter;
import org.approxmac.spec.Kind;
import org.approxmac.spec.KindDescriptor;
import org.approxmac.spec.ParamDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists every kind with its parameters, ranges and defaults, straight from the descriptors. */
@Command(name = "kinds", mixinStandardHelpOptions = true,
        description = "List the kinds of unit, their parameters, ranges and defaults, and spec syntax.")
final class KindsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(SpecHelp.text());
        for (Kind k : Kind.values()) {
            KindDescriptor d = k.descriptor();
            out.printf("%n%s — %s%n  paper: %s%n", d.name(), d.title(), d.paper());
            for (ParamDescriptor p : d.params()) {
                out.printf("  %-11s %-18s default %-8s %s%n", p.key(), p.rangeText(), p.defaultValue(), p.doc());
            }
            out.printf("  %-11s %-18s %s%n", "mac", "flag", "the MAC wrapper around the multiplier");
            if (!d.floating()) {
                ParamDescriptor a = Kind.ACCUMULATOR;
                out.printf("  %-11s %-18s default %-8s %s%n", a.key(), a.rangeText(), a.defaultValue(), a.doc());
            }
        }
    }
}
