package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.approxmac.hdl.export.CModel;
import org.approxmac.hdl.export.CModels;
import org.approxmac.spec.Kind;
import org.approxmac.spec.ParamDescriptor;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported C models, compiled with the system C compiler (strict C99, warnings as errors), against
 * the golden model: every integer kind in every sign mode it allows, exhaustively at n = 8 (one
 * compile, optimised, with a few small n = 40 and 64 models for the multiword helpers) and on corner and random pairs at n = 16 (every sign mode), 32 and 64 (each kind's
 * default mode; one compile, unoptimised: the models of the tree multipliers are large). Fails, not
 * skips, without gcc unless
 * -Dapproxmac.skipTools=true.
 */
class CModelGoldenTest {

    /** Every integer kind at width n in every sign mode it allows, plus the fixed kind's architectures at n = 8. */
    static List<UnitSpec> everyKindAndSign(int n) {
        List<UnitSpec> specs = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.floating()) {
                continue;
            }
            ParamDescriptor sign = k.descriptor().params().stream().filter(p -> p.key().equals("sign")).findFirst()
                    .orElseThrow();
            for (String mode : sign.choices()) {
                specs.add(UnitSpec.parse(k.specName() + ":n=" + n + ",sign=" + mode));
            }
        }
        return specs;
    }

    private static List<CModelCheck.Case> cases(List<UnitSpec> specs, java.util.function.Function<UnitSpec,
            CModelCheck.Pairs> pairs) {
        return specs.stream().map(s -> new CModelCheck.Case(CModels.generate(s), pairs.apply(s))).toList();
    }

    private static void assertMatches(CModelCheck.Result r, long expectedProducts) {
        assertTrue(r.ok(), () -> r.mismatches().size() + " mismatches:\n"
                + r.mismatches().stream().map(CModelCheck.Mismatch::describe).collect(Collectors.joining("\n")));
        assertEquals(expectedProducts, r.products());
    }

    @Test
    void everyKindAndSignModeExhaustivelyAtN8AndTheWideHelpersOptimised(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.CC), "tool tests skipped on request");
        List<UnitSpec> specs = new ArrayList<>(everyKindAndSign(8));
        for (String arch : List.of("star", "dadda", "wallace", "booth_wallace")) {
            specs.add(UnitSpec.parse("fixed:n=8,arch=" + arch));
        }
        specs.add(UnitSpec.parse("mitchw:n=8,w=3,sign=c1"));
        specs.add(UnitSpec.parse("trunc:n=8,t=5,corr=constant"));
        assertTrue(specs.size() >= 30, "every integer kind and sign mode: " + specs.size());
        CModelCheck.Pairs all = CModelCheck.Pairs.exhaustive(8);
        List<CModelCheck.Case> cases = new ArrayList<>(cases(specs, s -> all));
        // the same optimised compile also covers the multiword helpers, with models small enough to optimise
        List<UnitSpec> wide = List.of(UnitSpec.parse("mitchell:n=64,sign=c1"), UnitSpec.parse("drum:n=64,k=6,sign=sm"),
                UnitSpec.parse("fixed:n=64,arch=star"), UnitSpec.parse("ilm:n=64,sign=unsigned"),
                UnitSpec.parse("almsoa:n=40"));
        cases.addAll(cases(wide, s -> CModelCheck.Pairs.cornersAndRandom(s, 5_000, 8)));
        List<String> flags = new ArrayList<>(CModelCheck.STRICT);
        flags.add("-O2");
        CModelCheck.Result r = new CModelCheck(Toolchain.system(), flags).run(cases, dir);
        assertMatches(r, cases.stream().mapToLong(c -> c.pairs().size()).sum());
    }

    @Test
    void everyKindOnCornersAndRandomPairsAtN16To64(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.CC), "tool tests skipped on request");
        // every sign mode at n = 16; the sign wrapper is the same at every n, so n = 32 and 64 take each
        // kind's default mode, plus the unsigned modes that use the multiword helpers differently
        List<UnitSpec> specs = new ArrayList<>(everyKindAndSign(16));
        for (int n : new int[] {32, 64}) {
            for (Kind k : Kind.values()) {
                if (!k.floating()) {
                    specs.add(UnitSpec.parse(k.specName() + ":n=" + n));
                }
            }
        }
        specs.add(UnitSpec.parse("fixed:n=64,sign=unsigned"));
        specs.add(UnitSpec.parse("mitchw:n=64,w=12,sign=unsigned"));
        List<CModelCheck.Case> cases = cases(specs, s -> CModelCheck.Pairs.cornersAndRandom(s, 5_000, s.n()));
        CModelCheck.Result r = new CModelCheck(Toolchain.system(), CModelCheck.STRICT).run(cases, dir);
        assertMatches(r, cases.stream().mapToLong(c -> c.pairs().size()).sum());
    }

    /** The check can fail: a model with one operator changed is caught, and the mismatch names spec and operands. */
    @Test
    void aWrongModelIsCaught(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.CC), "tool tests skipped on request");
        UnitSpec spec = UnitSpec.parse("drum:n=8,k=4,sign=sm");
        CModel right = CModels.generate(spec);
        int body = right.source().indexOf("{\n    a &=");
        int xor = right.source().indexOf(" ^ ", body);
        assertTrue(xor > 0, "the model has an exclusive or to break");
        CModel wrong = new CModel(spec, right.name(), right.header(),
                right.source().substring(0, xor) + " | " + right.source().substring(xor + 3));
        CModelCheck.Result r = new CModelCheck(Toolchain.system(), CModelCheck.STRICT)
                .run(List.of(new CModelCheck.Case(wrong, CModelCheck.Pairs.exhaustive(8))), dir);
        assertFalse(r.ok());
        assertTrue(r.mismatches().get(0).describe().startsWith("drum:n=8,k=4,sign=sm: a=0x"),
                r.mismatches().get(0).describe());
    }

    @Test
    void theModelIsDeterministicAndNamesItsSpecAndVersion() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=16,w=6,sign=c1");
        CModel m = CModels.generate(spec);
        assertEquals(m, CModels.generate(spec));
        assertTrue(CModel.generated(m.source()) && CModel.generated(m.header()));
        assertTrue(m.source().contains("approxmac C model mitchw:n=16,w=6,sign=c1\n"), m.source());
        assertTrue(m.source().contains("generated by approxmac " + org.approxmac.golden.Version.current()));
        assertTrue(m.header().contains("uint64_t mitchw_n16_w6_c1(uint64_t a, uint64_t b);"));
        assertTrue(m.header().contains("int64_t mitchw_n16_w6_c1_signed(int64_t a, int64_t b);"));
        String here = Path.of("").toAbsolutePath().getParent().toString();
        assertFalse(m.source().contains(here) || m.header().contains(here), "no path of this machine");
        assertTrue(CModels.generate(UnitSpec.parse("drum:n=40"), "drum40").header()
                .contains("void drum40(uint64_t a, uint64_t b, uint64_t product[2]);"));
    }
}
