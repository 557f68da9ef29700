package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolVersionTest {

    @Test
    void versionLinesLoseTheNameAndEmptyParentheses() {
        assertEquals("0.23 (git sha1 7ce5011c24b)", ToolVersion.bare("Yosys 0.23 (git sha1 7ce5011c24b)"));
        assertEquals("11.0 (stable)", ToolVersion.bare("Icarus Verilog version 11.0 (stable) ()"));
        assertEquals("11.0 (stable)", ToolVersion.bare("Icarus Verilog runtime version 11.0 (stable) ()"));
        assertEquals("2.0.17", ToolVersion.bare("2.0.17"));
        assertEquals("5.006 2023-01-22 rev (Debian 5.006-3)",
                ToolVersion.bare("Verilator 5.006 2023-01-22 rev (Debian 5.006-3)"));
        assertEquals("unknown", ToolVersion.bare("unknown"));
    }

    @Test
    void icarusCompilerAndRuntimeAreOneLabelledEntry() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("yosys", "Yosys 0.23 (git sha1 7ce5011c24b)");
        lines.put("sta", "2.0.17");
        lines.put("iverilog", "Icarus Verilog version 11.0 (stable) ()");
        lines.put("vvp", "Icarus Verilog runtime version 11.0 (stable) ()");
        assertEquals(List.of(new ToolVersion("Yosys", "0.23 (git sha1 7ce5011c24b)"),
                new ToolVersion("OpenSTA", "2.0.17"), new ToolVersion("Icarus Verilog", "11.0 (stable)")),
                ToolVersion.labelled(lines));
        lines.put("vvp", "Icarus Verilog runtime version 12.0 (stable) ()");
        assertEquals(new ToolVersion("Icarus Verilog", "11.0 (stable) / 12.0 (stable)"),
                ToolVersion.labelled(lines).get(2));
        assertEquals("icarus_verilog", ToolVersion.labelled(lines).get(2).key());
    }

    @Test
    void theOrderIsFixedWhateverTheMapsOrder() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("zz", "zz 1");
        lines.put("vvp", "Icarus Verilog runtime version 11.0 (stable) ()");
        lines.put("sta", "2.0.17");
        lines.put("yosys", "Yosys 0.23");
        assertEquals(List.of("Yosys", "OpenSTA", "Icarus Verilog", "zz"),
                ToolVersion.labelled(lines).stream().map(ToolVersion::label).toList());
    }
}
