package org.approxmac.toolchain;

import java.util.List;

/**
 * An external program approxmac drives: its command, how to ask its version, and how to install it
 * on Debian/Ubuntu.
 */
public enum Tool {
    VERILATOR("verilator", List.of("--version"), "verilator"),
    YOSYS("yosys", List.of("-V"), "yosys"),
    OPENSTA("sta", List.of("-version"), "opensta"),
    IVERILOG("iverilog", List.of("-V"), "iverilog"),
    VVP("vvp", List.of("-V"), "iverilog"),
    MAKE("make", List.of("--version"), "make"),
    CXX("g++", List.of("--version"), "g++"),
    /** The C compiler that builds and checks the exported C models (docs/emulators.md). */
    CC("gcc", List.of("--version"), "gcc");

    private final String command;
    private final List<String> versionArgs;
    private final String debianPackage;

    Tool(String command, List<String> versionArgs, String debianPackage) {
        this.command = command;
        this.versionArgs = versionArgs;
        this.debianPackage = debianPackage;
    }

    /** The program name looked up on PATH (overridable with APPROXMAC_&lt;NAME&gt;, e.g. APPROXMAC_YOSYS). */
    public String command() {
        return command;
    }

    public List<String> versionArgs() {
        return versionArgs;
    }

    public String debianPackage() {
        return debianPackage;
    }

    /** A one-line hint on how to install the tool. */
    public String installHint() {
        return "install it with 'sudo apt-get install " + debianPackage + "' (or run scripts/install-deps.sh),"
                + " or point APPROXMAC_" + name() + " at the binary";
    }
}
