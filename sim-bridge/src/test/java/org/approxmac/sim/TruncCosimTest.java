package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The truncated multiplier ({@code trunc}) in Verilator against the golden model: every operand pair at
 * n = 8 for each correction, truncation depths 0..2n-2 and every sign mode; corners and stratified random
 * vectors at n = 16, 32 and 64 (shallow 64-bit trees; the full-height ones are a long test); MACs over the
 * MAC plan's classes. Every 16-bit pair is a long test (-Plong-tests).
 */
class TruncCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModel() {
        return Stream.of(
                multipliers(List.of("trunc:n=8", "trunc:n=8,corr=constant", "trunc:n=8,corr=none",
                        "trunc:n=8,t=0", "trunc:n=8,t=1,corr=variable,sign=c1", "trunc:n=8,t=2,corr=constant",
                        "trunc:n=8,t=3,corr=constant,sign=unsigned", "trunc:n=8,t=6,corr=none,sign=c1",
                        "trunc:n=8,t=7,corr=constant,sign=c1", "trunc:n=8,t=10,corr=constant",
                        "trunc:n=8,t=11,sign=unsigned", "trunc:n=8,t=14,corr=none,sign=c1"), "all"),
                multipliers(List.of("trunc:n=16", "trunc:n=16,corr=constant,sign=c1",
                        "trunc:n=16,t=9,corr=none,sign=unsigned", "trunc:n=16,t=22,corr=constant"),
                        "corners+random:300k"),
                multipliers(List.of("trunc:n=32", "trunc:n=32,t=20,corr=constant,sign=c1", "trunc:n=32,t=40"),
                        "corners+random:100k"));
    }

    /** The truncated 64-bit multipliers (about 20 s of building on 2 cores). */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixtyFourBitMultipliersMatch() {
        return Stream.of(multipliers(List.of("trunc:n=64,t=100,corr=constant,sign=unsigned", "trunc:n=64,t=90,sign=c1"),
                "corners+random:30k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenBitMultipliersMatchOnEveryOperandPair() {
        return Stream.of(multipliers(List.of("trunc:n=16", "trunc:n=16,corr=constant,sign=c1"), "all"));
    }

    /** Full-height 64-bit trees (two thousand partial products and more): a long Verilator build. */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixtyFourBitTreesMatch() {
        return Stream.of(multipliers(List.of("trunc:n=64,sign=unsigned", "trunc:n=64,t=40,corr=constant"),
                "corners+random:30k"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("trunc:n=8,mac", "trunc:n=8,corr=constant,sign=c1,mac",
                        "trunc:n=8,t=3,corr=none,sign=unsigned,mac")),
                macs(List.of("trunc:n=16,mac", "trunc:n=16,corr=constant,mac")));
    }
}
