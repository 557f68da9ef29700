package org.approxmac.hdl;

import org.approxmac.hdl.render.VerilogRenderer;

/**
 * A FuseSoC CAPI2 core description for one generated design ({@code <module>.core} next to
 * {@code <module>.v}): VLNV {@code approxmac:rtl:<module>:0.1.0}, one Verilog fileset, a default
 * target and a Verilator lint target. The generator's marker is the second line (CAPI2 requires
 * {@code CAPI=2:} first).
 */
public final class FuseSocCore {

    private FuseSocCore() {
    }

    /** The first two lines of every core file approxmac writes. */
    private static final String HEADER = "CAPI=2:\n" + VerilogRenderer.HASH_MARKER + "\n";

    /** Whether {@code text} is a core file approxmac wrote. */
    public static boolean generated(String text) {
        return text.startsWith(HEADER);
    }

    /** The core file name of a design. */
    public static String fileName(GeneratedDesign d) {
        return d.moduleName() + ".core";
    }

    /** The core file text of a design. */
    public static String text(GeneratedDesign d) {
        String m = d.moduleName();
        return HEADER
                + "name: approxmac:rtl:" + m + ":0.1.0\n"
                + "description: \"approxmac design " + d.spec().canonical() + "\"\n"
                + "\n"
                + "filesets:\n"
                + "  rtl:\n"
                + "    files:\n"
                + "      - " + d.fileName() + "\n"
                + "    file_type: verilogSource\n"
                + "\n"
                + "targets:\n"
                + "  default:\n"
                + "    filesets: [rtl]\n"
                + "    toplevel: " + m + "\n"
                + "  lint:\n"
                + "    default_tool: verilator\n"
                + "    filesets: [rtl]\n"
                + "    toplevel: " + m + "\n"
                + "    tools:\n"
                + "      verilator:\n"
                + "        mode: lint-only\n"
                + "        verilator_options: [-Wall]\n";
    }
}
