package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.approxmac.hdl.GeneratedDesign;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class DesignInputTest {

    private static final UnitSpec MAC8 = UnitSpec.parse("fixed:n=8,mac");

    @Test
    void fromUserFileKeepsTopAndFileName() {
        DesignInput d = DesignInput.fromFile(TestFiles.path("rtl/fixed_mac8.v"), "fixed_mac8", MAC8);
        assertEquals("fixed_mac8", d.name());
        assertEquals("fixed_mac8.v", d.source());
        assertTrue(d.verilog().contains("module fixed_mac8"));
    }

    @Test
    void fromUserFileRejectsPortsThatDoNotFitTheSpec() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DesignInput.fromFile(TestFiles.path("rtl/fixed_mac8.v"), "fixed_mac8", UnitSpec.parse("fixed:n=8")));
        assertTrue(e.getMessage().contains("fixed_mac8.v") && e.getMessage().contains("port 'z' is missing")
                && e.getMessage().contains("extra port 'clk'"), e.getMessage());
    }

    @Test
    void fromGeneratedDesign() {
        DesignInput d = DesignInput.of(new GeneratedDesign(MAC8, "fx", "module fx; endmodule\n"));
        assertEquals("fx", d.top());
        // the fixed kind chooses an architecture, and the source names it
        assertEquals("generated; " + org.approxmac.hdl.Rtl.architecture(MAC8), d.source());
        assertTrue(d.source().contains("radix-4 (hard multiple 3a)"), d.source());
        DesignInput drum = DesignInput.of(new GeneratedDesign(UnitSpec.parse("drum:n=8,k=4"), "dr", "module dr; endmodule\n"));
        assertEquals("generated", drum.source());
    }

    @Test
    void rejectsBadTopNamesAndMissingFiles() {
        assertThrows(IllegalArgumentException.class, () -> new DesignInput("x", MAC8, "9lives", "", "f.v"));
        assertThrows(IllegalArgumentException.class, () -> new DesignInput("x", MAC8, "a b", "", "f.v"));
        assertThrows(IllegalArgumentException.class,
                () -> new DesignInput("x", MAC8, MeasurementWrapper.MODULE, "", "f.v"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DesignInput.fromFile(Path.of("no/such.v"), "m", MAC8));
        assertTrue(e.getMessage().contains("no/such.v"));
    }
}
