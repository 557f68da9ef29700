package org.approxmac.hdl.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The tables read back the way the emulators read them equal the golden model entry by entry: TFApprox's
 * 2^16 little-endian unsigned 16-bit words at a * 256 + b, AdaPT's {@code lut[a][b]} of int16 values.
 * The index order is checked on an asymmetric function and on bbm, whose products are asymmetric.
 */
class LookUpTablesTest {

    private static boolean asymmetric(Multiplier m) {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < a; b++) {
                if (m.multiply(a, b) != m.multiply(b, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchwu:n=8,w=4,sign=unsigned", "fixed:n=8,sign=unsigned", "trunc:n=8,t=6,sign=unsigned"})
    void tfapproxTableIsTheGoldenModelAtAHighByteBLowByteLittleEndian(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Multiplier m = Units.multiplier(spec);
        LookUpTable t = LookUpTables.generate(spec, TableFormat.TFAPPROX, "t");
        byte[] bytes = t.bytes();
        assertEquals("t.bin", t.fileName());
        assertEquals(2 * 65_536, bytes.length);
        for (int i = 0; i < 65_536; i++) {
            int entry = (bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8;
            assertEquals(m.multiply(i >> 8, i & 0xff), entry, text + " at a=" + (i >> 8) + " b=" + (i & 0xff));
        }
        assertArrayEquals(bytes, LookUpTables.generate(spec, TableFormat.TFAPPROX, "t").bytes(), "deterministic");
    }

    /** Every approxmac unsigned multiplier is symmetric, so the layout's index order is checked on a function that is not. */
    @Test
    void tfapproxLayoutPutsAInTheHighByteOfTheIndex() {
        byte[] bytes = LookUpTables.tfapproxLayout((a, b) -> a * 1000 + b);
        int i = 3 * 256 + 5;
        assertEquals(3005, (bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        assertTrue(LookUpTables.adaptLayout((a, b) -> a * 1000 + b).contains("\n    {3000, 3001, 3002,"));
        assertTrue(asymmetric(Units.multiplier(UnitSpec.parse("bbm:n=8,vbl=5"))), "the AdaPT test below sees the order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bbm:n=8,vbl=5", "mitchw:n=8,w=4,sign=c1", "drum:n=8,k=4,sign=sm", "fixed:n=8"})
    void adaptTableIsTheGoldenModelAsSignedValuesRowAColumnB(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Multiplier m = Units.multiplier(spec);
        LookUpTable t = LookUpTables.generate(spec, TableFormat.ADAPT, "mul8s_x");
        assertEquals("mul8s_x_lut.h", t.fileName());
        String h = new String(t.bytes(), StandardCharsets.UTF_8);
        assertTrue(h.contains("const int16_t lut[256][256] = {"), h.substring(0, 400));
        assertTrue(h.contains("AXX_MULT=mul8s_x_lut"));
        Matcher rows = Pattern.compile("\\{([-0-9, ]+)\\}").matcher(h);
        List<String[]> table = new ArrayList<>();
        while (rows.find()) {
            table.add(rows.group(1).split(", "));
        }
        assertEquals(256, table.size());
        for (int a = 0; a < 256; a++) {
            assertEquals(256, table.get(a).length);
            for (int b = 0; b < 256; b++) {
                long expected = m.multiply(a, b);
                long value = expected >= 1 << 15 ? expected - (1 << 16) : expected; // the 16-bit pattern as int16
                assertEquals(value, Long.parseLong(table.get(a)[b]), text + " at a=" + a + " b=" + b);
            }
        }
    }

    @Test
    void refusesWhatTheEmulatorsCannotIndex() {
        SpecException wide = assertThrows(SpecException.class, () ->
                LookUpTables.generate(UnitSpec.parse("drum:n=16,sign=unsigned"), TableFormat.TFAPPROX, "t"));
        assertTrue(wide.getMessage().contains("accepted: n=8, sign=unsigned"), wide.getMessage());
        SpecException signed = assertThrows(SpecException.class, () ->
                LookUpTables.generate(UnitSpec.parse("drum:n=8,sign=c1"), TableFormat.TFAPPROX, "t"));
        assertTrue(signed.getMessage().contains("unsigned 8-bit operands"), signed.getMessage());
        SpecException unsigned = assertThrows(SpecException.class, () ->
                LookUpTables.generate(UnitSpec.parse("drum:n=8,sign=unsigned"), TableFormat.ADAPT, "t"));
        assertTrue(unsigned.getMessage().contains("accepted: n=8 and a signed mode (c1|sm)"), unsigned.getMessage());
        SpecException mac = assertThrows(SpecException.class, () ->
                LookUpTables.generate(UnitSpec.parse("fixed:n=8,mac"), TableFormat.ADAPT, "t"));
        assertTrue(mac.getMessage().contains("it is a MAC"), mac.getMessage());
    }
}
