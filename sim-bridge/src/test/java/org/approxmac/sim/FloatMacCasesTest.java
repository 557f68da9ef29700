package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.FloatValue;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.sim.FloatMacCases.Rounding;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The constructive MAC classes hold what they promise, judged by the golden model alone: the
 * accumulator before each case's last step and that step's product are replayed, and the exact sum
 * is measured (leading-one offset, rounding situation, gap).
 */
class FloatMacCasesTest {

    /** Every bf16/fp32 MAC variant: both subnormal modes, fp32 fused and unfused. */
    static List<String> everyFloatMac() {
        return List.of("bf16,mac", "bf16:subnormals=ftz,mac", "fp32,mac", "fp32:fused=false,mac",
                "fp32:subnormals=ftz,mac", "fp32:fused=false,subnormals=ftz,mac");
    }

    /** The accumulator before the last cycle of a case and the exact sum of the last step. */
    private record LastStep(long acc, long a, long b) {
    }

    private static LastStep lastStep(UnitSpec spec, MacCycles c) {
        MacState state = new MacState(Units.mac(spec));
        for (int i = 0; i < c.size() - 1; i++) {
            state.clock((c.flags(i) & MacSequence.RST) != 0, (c.flags(i) & MacSequence.EN) != 0,
                    (c.flags(i) & MacSequence.CLR) != 0, c.a(i), c.b(i));
        }
        int last = c.size() - 1;
        assertEquals(MacSequence.EN, c.flags(last), "a case ends with the step under test");
        return new LastStep(state.accumulatorBits(), c.a(last), c.b(last));
    }

    /** The accumulator's value before the last step. */
    private static ExactValue accumulator(FloatUnit unit, LastStep s) {
        return ExactValue.of(unit.resultFormat().decode(s.acc(), unit.subnormals()));
    }

    private static ExactValue product(FloatUnit unit, long a, long b) {
        FloatValue p = unit.fused() ? unit.product(a, b)
                : unit.resultFormat().decode(unit.multiply(a, b), unit.subnormals());
        return ExactValue.of(p);
    }

    @ParameterizedTest
    @MethodSource("everyFloatMac")
    void cancellationReachesEveryLeadingOneOffset(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        FloatMacCases g = new FloatMacCases(spec, 1);
        FloatUnit unit = FloatUnit.of(spec);
        Map<Integer, Integer> perOffset = new TreeMap<>();
        for (MacCycles c : g.cancel()) {
            LastStep s = lastStep(spec, c);
            ExactValue q = product(unit, s.a(), s.b());
            ExactValue sum = accumulator(unit, s).plus(q);
            perOffset.merge(q.leading() - sum.leading(), 1, Integer::sum);
        }
        for (int k = -1; k <= g.deepestOffset(); k++) {
            assertEquals(FloatMacCases.CANCEL_PER_OFFSET, perOffset.getOrDefault(k, 0), text + " offset " + k
                    + " in " + perOffset);
        }
        assertEquals(g.deepestOffset() + 2, perOffset.size(), perOffset.toString());
        assertTrue(g.deepestOffset() >= (spec.kind().specName().equals("fp32") && unit.fused() ? 47 : 24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "bf16:subnormals=ftz,mac", "fp32,mac", "fp32:fused=false,mac"})
    void tiesCoverEveryRoundingSituation(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        FloatMacCases g = new FloatMacCases(spec, 1);
        FloatUnit unit = FloatUnit.of(spec);
        Map<Rounding, Integer> sums = new EnumMap<>(Rounding.class);
        Map<Rounding, Integer> products = new EnumMap<>(Rounding.class);
        for (MacCycles c : g.ties()) {
            LastStep s = lastStep(spec, c);
            Rounding p = g.rounding(ExactValue.of(unit.product(s.a(), s.b())));
            if (!unit.fused() && p != null) {
                products.merge(p, 1, Integer::sum);
            }
            Rounding r = g.rounding(accumulator(unit, s).plus(product(unit, s.a(), s.b())));
            if (r != null) {
                sums.merge(r, 1, Integer::sum);
            }
        }
        for (Rounding r : Rounding.values()) {
            assertTrue(sums.getOrDefault(r, 0) >= FloatMacCases.TIES_PER_KIND, text + " " + r + ": " + sums);
            if (!unit.fused() && r != Rounding.CARRY) {
                assertTrue(products.getOrDefault(r, 0) >= FloatMacCases.TIES_PER_KIND, text + " product " + r
                        + ": " + products);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "fp32,mac", "fp32:fused=false,subnormals=ftz,mac"})
    void alignmentCoversEveryExponentGap(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        FloatMacCases g = new FloatMacCases(spec, 1);
        FloatUnit unit = FloatUnit.of(spec);
        Map<Integer, Integer> perGap = new TreeMap<>();
        for (MacCycles c : g.align()) {
            LastStep s = lastStep(spec, c);
            ExactValue accValue = accumulator(unit, s);
            perGap.merge(accValue.leading() - product(unit, s.a(), s.b()).leading(), 1, Integer::sum);
        }
        for (int d = -g.widestGap(); d <= g.widestGap(); d++) {
            assertTrue(perGap.getOrDefault(d, 0) >= FloatMacCases.ALIGN_PER_GAP / 2, text + " gap " + d + ": " + perGap);
        }
    }

    /**
     * The shapes the full floating-MAC mutant run needed (issue 19): cancellations whose sum has more
     * than one 1 in the normaliser's lowest positions, cancellations of a subnormal operand's product,
     * subnormal accumulators at every gap, and (fused fp32) ties decided by an accumulator 30 or more
     * places below the product.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "fp32,mac", "fp32:fused=false,mac"})
    void casesReachTheShapesTheFullMutantRunNeeded(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        FloatMacCases g = new FloatMacCases(spec, 1);
        FloatUnit unit = FloatUnit.of(spec);
        FloatFormat acc = unit.resultFormat();
        FloatFormat op = unit.operandFormat();
        int deepWithTail = 0;
        int subnormalOperand = 0;
        for (MacCycles c : g.cancel()) {
            LastStep s = lastStep(spec, c);
            ExactValue q = product(unit, s.a(), s.b());
            ExactValue sum = accumulator(unit, s).plus(q);
            if (q.leading() - sum.leading() >= acc.precision() - 2 && sum.leading() > sum.lowest()) {
                deepWithTail++;
            }
            if (op.isSubnormal(s.a()) || op.isSubnormal(s.b())) {
                subnormalOperand++;
            }
        }
        assertTrue(deepWithTail >= 10, text + ": deep cancellations with bits below the leading one: " + deepWithTail);
        assertTrue(subnormalOperand >= 50, text + ": cancellations of a subnormal operand's product: " + subnormalOperand);
        Map<Integer, Integer> subnormalGaps = new TreeMap<>();
        for (MacCycles c : g.align()) {
            LastStep s = lastStep(spec, c);
            if (acc.isSubnormal(s.acc())) {
                subnormalGaps.merge(accumulator(unit, s).leading() - product(unit, s.a(), s.b()).leading(), 1,
                        Integer::sum);
            }
        }
        // the product at or above the accumulator: every shift of the accumulator the aligner makes
        for (int d = -g.widestGap(); d <= 0; d++) {
            assertTrue(subnormalGaps.getOrDefault(d, 0) >= 1, text + " subnormal accumulator, gap " + d);
        }
        int farTies = 0;
        for (MacCycles c : g.ties()) {
            LastStep s = lastStep(spec, c);
            ExactValue q = product(unit, s.a(), s.b());
            ExactValue accValue = accumulator(unit, s);
            Rounding r = accValue.isZero() ? null : g.rounding(accValue.plus(q));
            if ((r == Rounding.TIE_EVEN || r == Rounding.TIE_ODD) && q.leading() - accValue.leading() >= 30) {
                farTies++;
            }
        }
        if (unit.fused() && spec.kind().specName().equals("fp32")) {
            assertTrue(farTies >= FloatMacCases.FAR_TIES, text + ": ties decided 30 or more places below: " + farTies);
        }
    }

    @ParameterizedTest
    @MethodSource("everyFloatMac")
    void extremeClassesReachInfinityZeroSubnormalsAndNaN(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        FloatMacCases g = new FloatMacCases(spec, 1);
        FloatFormat acc = FloatUnit.of(spec).resultFormat();
        boolean ieee = FloatUnit.of(spec).subnormals() == org.approxmac.fp.SubnormalMode.IEEE;
        Map<String, Integer> seen = new TreeMap<>();
        for (List<MacCycles> cases : List.of(g.overflow(), g.underflow(), g.specials())) {
            for (MacCycles c : cases) {
                MacState state = new MacState(Units.mac(spec));
                for (int i = 0; i < c.size(); i++) {
                    state.clock((c.flags(i) & MacSequence.RST) != 0, (c.flags(i) & MacSequence.EN) != 0,
                            (c.flags(i) & MacSequence.CLR) != 0, c.a(i), c.b(i));
                    long v = state.accumulatorBits();
                    String kind = acc.isNaN(v) ? "nan" : v == acc.infinity(false) ? "+inf" : v == acc.infinity(true)
                            ? "-inf" : v == 0 ? "+0" : v == acc.zero(true) ? "-0" : acc.isSubnormal(v) ? "subnormal"
                            : "normal";
                    seen.merge(kind, 1, Integer::sum);
                }
            }
        }
        for (String kind : List.of("nan", "+inf", "-inf", "+0", "normal")) {
            assertTrue(seen.getOrDefault(kind, 0) > 10, text + " " + kind + ": " + seen);
        }
        assertEquals(ieee, seen.containsKey("subnormal"), seen.toString());
    }
}
