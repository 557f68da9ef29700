package org.approxmac.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.approxmac.spec.Kind;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    @Test
    void enumeratesValidCombinationsInOrder() {
        var grid = new SweepGrid(List.of(Kind.MITCHW, Kind.DRUM, Kind.FIXED), List.of(4, 16), List.of(2, 6),
                List.of(3, 8), false);
        List<String> specs = grid.designs().stream().map(UnitSpec::canonical).toList();
        assertEquals(List.of("mitchw:n=4,w=2,sign=c1", "mitchw:n=16,w=2,sign=c1", "mitchw:n=16,w=6,sign=c1",
                "drum:n=4,k=3,sign=c1", "drum:n=16,k=3,sign=c1", "drum:n=16,k=8,sign=c1", "fixed:n=4,sign=twos",
                "fixed:n=16,sign=twos"), specs);
        var macs = new SweepGrid(List.of(Kind.FIXED, Kind.BF16), List.of(8), List.of(), List.of(), true).designs();
        assertEquals(2, macs.size());
        assertTrue(macs.stream().allMatch(UnitSpec::mac));
        assertThrows(SpecException.class,
                () -> new SweepGrid(List.of(Kind.MITCHW), List.of(4), List.of(7), List.of(), false).designs());
        var archs = new SweepGrid(List.of(Kind.FIXED, Kind.MITCHW), List.of(8), List.of(6), List.of(), false,
                List.of("star", "booth"), List.of("ripple", "ks")).designs();
        assertEquals(List.of("star:ripple", "star:ks", "booth:ripple", "booth:ks"), archs.stream()
                .filter(s -> s.kind() == Kind.FIXED).map(s -> s.param("arch") + ":" + s.param("adder")).toList());
        assertEquals(5, archs.size(), "arch applies to fixed only; a bare approximate multiplier has no adder");
        var macAdders = new SweepGrid(List.of(Kind.DRUM, Kind.BF16), List.of(16), List.of(), List.of(6), true,
                List.of(), List.of("plus", "bk")).designs();
        assertEquals(List.of("drum:n=16,k=6,sign=c1,mac,acc=40", "drum:n=16,k=6,sign=c1,adder=bk,mac,acc=40",
                "bf16:subnormals=ieee,mac"), macAdders.stream().map(UnitSpec::canonical).toList(),
                "every integer MAC takes each accumulate adder; floating MACs have none");
        assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.MITCHW), List.of(16), List.of(6),
                List.of(), true, List.of(), List.of("csa")).designs());
        SpecException bad = assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.FIXED), List.of(8),
                List.of(), List.of(), false, List.of("carry"), List.of()).designs());
        assertTrue(bad.getMessage().contains("arch=carry"), bad.getMessage());
    }

    @Test
    void floatingKindsSweepTheirSignificandCoresOverTheWAndKAxes() {
        var sets = new java.util.LinkedHashMap<String, List<String>>(); // in this order
        sets.put("mult", List.of("exact", "mitchw", "drum"));
        sets.put("bf16.subnormals", List.of("ieee", "ftz"));
        var formats = new SweepGrid(List.of(Kind.FP16, Kind.FIXED), List.of(8), List.of(), List.of(), true, List.of(),
                List.of(), Map.of("acc", List.of("fp32", "fp16"))).designs();
        assertEquals(List.of("fp16:subnormals=ieee,mac", "fp16:subnormals=ieee,acc=fp16,mac", "fixed:n=8,sign=twos,mac,acc=24"),
                formats.stream().map(UnitSpec::canonical).toList(), "a floating kind's result format is swept with --set");
        var grid = new SweepGrid(List.of(Kind.BF16, Kind.FP8E4M3, Kind.MITCHW), List.of(16), List.of(3, 6),
                List.of(6), true, List.of(), List.of(), sets);
        assertEquals(List.of("bf16:subnormals=ieee,mac", "bf16:subnormals=ftz,mac",
                "bf16:mult=mitchw,w=3,subnormals=ieee,mac", "bf16:mult=mitchw,w=6,subnormals=ieee,mac",
                "bf16:mult=mitchw,w=3,subnormals=ftz,mac", "bf16:mult=mitchw,w=6,subnormals=ftz,mac",
                "bf16:mult=drum,k=6,subnormals=ieee,mac", "bf16:mult=drum,k=6,subnormals=ftz,mac",
                "fp8e4m3:subnormals=ieee,mac", "fp8e4m3:mult=mitchw,w=3,subnormals=ieee,mac",
                "mitchw:n=16,w=3,sign=c1,mac,acc=40", "mitchw:n=16,w=6,sign=c1,mac,acc=40"),
                grid.designs().stream().map(UnitSpec::canonical).toList(),
                "w = 6 and k = 6 exceed fp8e4m3's 4-bit significands: skipped like w > n");
        SpecException word = assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.BF16), List.of(16),
                List.of(), List.of(), false, List.of(), List.of(), Map.of("mult", List.of("roba"))).designs());
        assertEquals("--set mult=roba: not a value of bf16's mult (accepted: exact|mitchell|mitchw|drum)",
                word.getMessage());
    }

    @Test
    void setsSweepOtherParametersOfTheKindsThatHaveThem() {
        var grid = new SweepGrid(List.of(Kind.TRUNC, Kind.ILM, Kind.DRUM), List.of(8), List.of(4), List.of(4), false,
                List.of(), List.of(), Map.of("t", List.of("4", "8", "15"), "iter", List.of("0", "2")));
        assertEquals(List.of("trunc:n=8,t=4,corr=variable,sign=sm", "trunc:n=8,t=8,corr=variable,sign=sm",
                "ilm:n=8,w=4,iter=0,sign=c1", "ilm:n=8,w=4,iter=2,sign=c1", "drum:n=8,k=4,sign=c1"),
                grid.designs().stream().map(UnitSpec::canonical).toList(),
                "t=15 is beyond 2n-2 at n=8: skipped like w > n; drum has neither key");
        SpecException none = assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.DRUM), List.of(8),
                List.of(), List.of(4), false, List.of(), List.of(), Map.of("iter", List.of("1"))).designs());
        assertEquals("--set iter: none of the swept kinds has a parameter 'iter'", none.getMessage());
        SpecException word = assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.TRUNC), List.of(8),
                List.of(), List.of(), false, List.of(), List.of(), Map.of("corr", List.of("variable", "mean")))
                .designs());
        assertEquals("--set corr=mean: not a value of trunc's corr (accepted: variable|constant|none)", word.getMessage());
        assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.TRUNC), List.of(8), List.of(), List.of(),
                false, List.of(), List.of(), Map.of("n", List.of("8"))).designs());
        // trunc and dralm both have t: a qualified key sweeps one kind's t, a plain one the others'
        var qualified = new SweepGrid(List.of(Kind.TRUNC, Kind.DRALM), List.of(8), List.of(), List.of(), false,
                List.of(), List.of(), Map.of("t", List.of("9", "12"), "dralm.t", List.of("4", "5"))).designs();
        assertEquals(List.of("trunc:n=8,t=9,corr=variable,sign=sm", "trunc:n=8,t=12,corr=variable,sign=sm",
                "dralm:n=8,t=4,sign=c1", "dralm:n=8,t=5,sign=c1"), qualified.stream().map(UnitSpec::canonical).toList());
        SpecException other = assertThrows(SpecException.class, () -> new SweepGrid(List.of(Kind.TRUNC), List.of(8),
                List.of(), List.of(), false, List.of(), List.of(), Map.of("dralm.t", List.of("4"))).designs());
        assertEquals("--set dralm.t: 'dralm' is not one of the swept kinds (KIND.KEY names a swept kind's parameter)",
                other.getMessage());
    }

    @Test
    void anEmptyGridNamesTheRuleThatRejectedItsFirstPoint() {
        SpecException n = assertThrows(SpecException.class,
                () -> new SweepGrid(List.of(Kind.MITCHW), List.of(2), List.of(2), List.of(), false).designs());
        assertEquals("the sweep has no valid design point: mitchw: n=2 is out of range (accepted: 4..64)",
                n.getMessage());
        SpecException w = assertThrows(SpecException.class,
                () -> new SweepGrid(List.of(Kind.MITCHW), List.of(4), List.of(7), List.of(), false).designs());
        assertTrue(w.getMessage().contains("w=7 is out of range"), w.getMessage());
    }
}
