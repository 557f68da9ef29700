package org.approxmac.toolchain;

/**
 * The one rule for tests that need external tools: they run, and FAIL with the install hint when a
 * tool is missing, unless the user opted out with {@code -Dapproxmac.skipTools=true}. Use as
 * {@code assumeTrue(ToolGate.enabled(Tool.VERILATOR))} in a JUnit test.
 */
public final class ToolGate {

    /** The system property that opts out of tool-dependent tests. */
    public static final String SKIP_PROPERTY = "approxmac.skipTools";

    private ToolGate() {
    }

    /** Whether the user opted out of tool-dependent tests. */
    public static boolean skipped() {
        return Boolean.getBoolean(SKIP_PROPERTY);
    }

    /**
     * False when tool tests are skipped on request; otherwise checks that every tool is installed
     * (throwing a {@link ToolException} with the install hint, which fails the test) and returns true.
     */
    public static boolean enabled(Tool... tools) {
        if (skipped()) {
            return false;
        }
        for (Tool t : tools) {
            Toolchain.system().require(t);
        }
        return true;
    }
}
