package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.SpecParser;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** The designs of approxmac datapaths: their specs, the array forms, and the designs not available. */
class DatapathPlanTest {
    private static final DatapathShape SHAPE = new DatapathShape(16, 4, 4);

    private static List<String> specs(KindDatapaths k) {
        return k.designs().stream().map(DatapathDesign::specName).toList();
    }

    @Test
    void eachKindInTheFourDatapathsAndFixedWithOneArray() {
        DatapathPlan plan = DatapathPlan.of(KindSpecs.parse("--kinds", "mitchw:n=16,w=6,fixed:n=16"), SHAPE);
        KindDatapaths mitchw = plan.kinds().get(0);
        assertEquals(List.of("mitchw:n=16,w=6,sign=c1,mac,acc=40", "mitchw:n=16,w=6,sign=c1,dot=16,mac,acc=44",
                "mitchw:n=16,w=6,sign=c1,rows=4,cols=4,mac,acc=40",
                "mitchw:n=16,w=6,sign=c1,rows=4,cols=4,share=none,mac,acc=40"), specs(mitchw));
        assertEquals(List.of(1, 16, 16, 16), mitchw.designs().stream().map(DatapathDesign::macs).toList());
        assertEquals(List.of("single MAC", "16-lane dot-product MAC", "4 x 4 array, shared conversion",
                "4 x 4 array, unshared"), mitchw.designs().stream().map(DatapathDesign::label).toList());
        assertTrue(mitchw.sharesOperands());

        KindDatapaths fixed = plan.kinds().get(1);
        assertFalse(fixed.sharesOperands(), "the parser says fixed has only share=none");
        assertEquals(List.of("fixed:n=16,sign=twos,mac,acc=40", "fixed:n=16,sign=twos,dot=16,mac,acc=44",
                "fixed:n=16,sign=twos,rows=4,cols=4,mac,acc=40"), specs(fixed));
        assertEquals(Datapath.ARRAY_UNSHARED, fixed.designs().get(2).datapath());
        assertEquals("4 x 4 array (nothing to share)", fixed.designs().get(2).label());
        assertEquals(fixed.designs().get(2), fixed.counterpart(Datapath.ARRAY_SHARED).orElseThrow(),
                "a shared array is compared with fixed's only array");

        assertEquals(Optional.of(fixed), plan.reference(mitchw));
        assertEquals(Optional.empty(), plan.reference(fixed), "fixed is not compared with itself");
        assertEquals(7, plan.costable().size());
    }

    @Test
    void whatTheParserRefusesIsNotAvailableWithItsReason() {
        // a parser as it was before floating dot products and arrays: it refuses dot and rows for bf16
        Function<String, UnitSpec> parser = text -> {
            if (text.startsWith("bf16") && (text.contains("dot=") || text.contains("rows="))) {
                throw new SpecException("bf16: unknown key '" + (text.contains("dot=") ? "dot" : "rows")
                        + "' (accepted keys: subnormals, stages, mac)");
            }
            return SpecParser.parse(text);
        };
        DatapathPlan plan = DatapathPlan.of(KindSpecs.parse("--kinds", "bf16 mitchw:n=8,w=4"), SHAPE, parser);
        KindDatapaths bf16 = plan.kinds().get(0);
        assertEquals(3, bf16.designs().size(), "bf16's descriptor offers nothing to share: one array");
        assertTrue(bf16.designs().get(0).available());
        DatapathDesign dot = bf16.designs().get(1);
        assertFalse(dot.available());
        assertEquals(Optional.of("bf16: unknown key 'dot' (accepted keys: subnormals, stages, mac)"), dot.unavailable());
        assertEquals("bf16:subnormals=ieee,dot=16,mac", dot.specName(), "the spec as written");
        assertEquals(Optional.of("bf16: unknown key 'rows' (accepted keys: subnormals, stages, mac)"),
                bf16.designs().get(2).unavailable());
        assertEquals(4, plan.kinds().get(1).designs().size());
        assertEquals(List.of("bf16:subnormals=ieee,mac"), plan.costable().stream().limit(1).map(UnitSpec::canonical)
                .toList());

        // a kind whose arrays the parser refuses but whose descriptor offers sharing keeps both array rows
        Function<String, UnitSpec> noArrays = text -> {
            if (text.contains("rows=")) {
                throw new SpecException("mitchw: arrays are not available yet");
            }
            return SpecParser.parse(text);
        };
        KindDatapaths m = DatapathPlan.of(KindSpecs.parse("--kinds", "mitchw:n=8,w=4"), SHAPE, noArrays).kinds().get(0);
        assertEquals(List.of(Datapath.SINGLE, Datapath.DOT, Datapath.ARRAY_SHARED, Datapath.ARRAY_UNSHARED),
                m.designs().stream().map(DatapathDesign::datapath).toList());
        assertFalse(m.designs().get(3).available());
    }

    @Test
    void refineMarksDesignsTheGeneratorCannotBuild() {
        DatapathPlan plan = DatapathPlan.of(KindSpecs.parse("--kinds", "drum:n=8,k=4"), new DatapathShape(2, 1, 2))
                .refine(s -> s.dot() ? Optional.of("no RTL\nyet") : Optional.empty());
        KindDatapaths drum = plan.kinds().get(0);
        assertEquals(Optional.of("no RTL | yet"), drum.designs().get(1).unavailable(), "one line");
        assertEquals(3, plan.costable().size());
        assertEquals("1 x 2 array, shared conversion", drum.designs().get(2).label());
    }

    @Test
    void kindListStartsASpecAtEachKindName() {
        assertEquals(List.of("mitchw:n=16,w=6", "fixed:n=16", "bf16"), KindSpecs.split("mitchw:n=16,w=6,fixed:n=16,bf16"));
        assertEquals(List.of("drum,k=6", "mitchw:n=8", "fixed"), KindSpecs.split(" drum,k=6  mitchw:n=8, fixed "));
        assertEquals(List.of(), KindSpecs.split(" , "));
        assertEquals(List.of("mitchw:n=16,w=6,sign=c1", "drum:n=16,k=6,sign=c1", "fixed:n=16,sign=twos",
                "bf16:subnormals=ieee"), KindSpecs.parse("--kinds", DatapathsCommand.DEFAULT_KINDS).stream()
                .map(UnitSpec::canonical).toList());
        UsageError e = assertThrows(UsageError.class, () -> KindSpecs.parse("--kinds", ","));
        assertTrue(e.getMessage().startsWith("--kinds needs at least one spec"), e.getMessage());
        e = assertThrows(UsageError.class, () -> KindSpecs.parse("--kinds", "w=6,mitchw"));
        assertTrue(e.getMessage().startsWith("--kinds: unknown kind 'w=6"), e.getMessage());
    }
}
