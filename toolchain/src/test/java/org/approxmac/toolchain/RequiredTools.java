package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The one shared JUnit helper for tests that need external tools: a missing tool FAILS the test,
 * unless the user opted out with {@code -Dapproxmac.skipTools=true}, which skips it instead. Other
 * modules use it through the toolchain's test jar.
 */
public final class RequiredTools {
    /** The system property that turns missing-tool failures into skips. */
    public static final String SKIP_PROPERTY = "approxmac.skipTools";

    private RequiredTools() {
    }

    /** Fails (or, when opted out, aborts) the calling test unless every tool is installed. */
    public static void require(Tool... tools) {
        boolean skip = Boolean.getBoolean(SKIP_PROPERTY);
        for (Tool tool : tools) {
            if (skip) {
                Assumptions.assumeTrue(Toolchain.system().available(tool),
                        tool.command() + " not installed and -D" + SKIP_PROPERTY + "=true: skipped");
            } else if (!Toolchain.system().available(tool)) {
                fail(tool.command() + " is required by this test: " + tool.installHint()
                        + " (or run with -D" + SKIP_PROPERTY + "=true to skip tool tests)");
            }
        }
    }
}
