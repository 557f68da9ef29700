package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.util.function.Supplier;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.LibertyResolver;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.ToolGate;
import picocli.CommandLine;

/** Test helper for the option mixins: parses arguments into a mixin, and the osu018 cost options. */
final class OptionsFixture {
    private OptionsFixture() {
    }

    /** A fresh mixin object with {@code args} parsed into it, as a command holding it would. */
    static <T> T parse(Supplier<T> mixin, String... args) {
        T m = mixin.get();
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();
        spec.addMixin("options", CommandLine.Model.CommandSpec.forAnnotatedObject(m));
        new CommandLine(spec).parseArgs(args);
        return m;
    }

    /** CostOptions' defaults on Debian's osu018 (the tests need qflow-tech-osu018, as the cost flow does). */
    static CostOptions osu018() {
        assumeFalse(ToolGate.skipped(), "tool-dependent tests skipped on request");
        assertTrue(Files.isRegularFile(LibertyResolver.OSU018_FILE),
                "osu018 liberty missing: sudo apt-get install qflow-tech-osu018 (or -Dapproxmac.skipTools=true)");
        return CostOptions.defaults(LibertyResolver.resolve(LibertyResolver.OSU018, CacheRoot.DEFAULT));
    }

    /** Runs {@code body} with the system property {@code approxmac.cache} set to {@code value}, then restores it. */
    static void withCacheProperty(String value, Runnable body) {
        String saved = System.getProperty(CacheRoot.PROPERTY);
        try {
            System.setProperty(CacheRoot.PROPERTY, value);
            body.run();
        } finally {
            if (saved == null) {
                System.clearProperty(CacheRoot.PROPERTY);
            } else {
                System.setProperty(CacheRoot.PROPERTY, saved);
            }
        }
    }
}
