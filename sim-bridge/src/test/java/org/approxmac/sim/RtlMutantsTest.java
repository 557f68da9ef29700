package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** The mutant schema holds exactly the mutants: each selection of it reads as that mutant's text. */
class RtlMutantsTest {
    private static final String CHOICE = "(" + RtlMutants.SELECTOR + "_sel == ";
    private static final Pattern DECLARATION = Pattern.compile("\n  integer " + RtlMutants.SELECTOR
            + "_sel;\n  initial if \\(!\\$value\\$plusargs\\(\"" + RtlMutants.SELECTOR + "=%d\", "
            + RtlMutants.SELECTOR + "_sel\\)\\) " + RtlMutants.SELECTOR + "_sel = -1;");

    @Test
    void everySelectionOfTheSchemaIsThatMutantAndNoneIsTheOriginal() {
        String top = "mx";
        String verilog = Rtl.generate(UnitSpec.parse("bf16,mac"), top).verilog();
        Predicate<String> adder = n -> n.contains("align") || n.contains("round");
        List<RtlMutants.Mutant> mutants = RtlMutants.all(verilog, top, adder);
        String schema = RtlMutants.schema(verilog, top, adder);
        assertTrue(mutants.size() > 1000, mutants.size() + " mutants");
        assertEquals(verilog, select(schema, -1));
        for (int i = 0; i < mutants.size(); i += 7) {
            assertEquals(mutants.get(i).verilog(), select(schema, i), mutants.get(i).description());
        }
        assertEquals(mutants.get(mutants.size() - 1).verilog(), select(schema, mutants.size() - 1));
    }

    @Test
    void aSixtyFourBitConstantFlipsItsTopBitAsAnUnsignedNumber() {
        List<RtlMutants.Mutant> mutants = RtlMutants.all("module m (input [63:0] a, output [63:0] z);\n"
                + "  assign z = a ^ 64'hffffffffffffffff;\nendmodule\n");
        assertTrue(mutants.stream().anyMatch(m -> m.verilog().contains("64'd9223372036854775807;")));
        assertTrue(mutants.stream().noneMatch(m -> m.verilog().contains("'d-")));
    }

    /** The schema read with mutant {@code i} selected: each chain of choices replaced by its chosen arm. */
    private static String select(String schema, int i) {
        String text = DECLARATION.matcher(schema).replaceAll("");
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int p = text.indexOf(CHOICE); p >= 0; p = text.indexOf(CHOICE, at)) {
            out.append(text, at, p);
            String chosen = null;
            int q = p;
            while (text.startsWith(CHOICE, q)) {
                int close = text.indexOf(')', q);
                int k = Integer.parseInt(text.substring(q + CHOICE.length(), close));
                assertTrue(text.startsWith(") ? (", close));
                int end = matching(text, close + 4);
                if (k == i && chosen == null) {
                    chosen = text.substring(close + 5, end);
                }
                assertTrue(text.startsWith(" : ", end + 1));
                q = end + 4;
            }
            int end = matching(text, q);
            out.append(chosen != null ? chosen : text.substring(q + 1, end));
            at = end + 1;
        }
        return out.append(text.substring(at)).toString();
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    private static int matching(String text, int open) {
        assertEquals('(', text.charAt(open));
        int depth = 0;
        for (int k = open; ; k++) {
            char c = text.charAt(k);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
    }
}
