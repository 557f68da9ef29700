package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The truncated iterative log multiplier ({@code ilm}) in Verilator against the golden model and the
 * analytic bound: at n = 8 every operand pair (and the corner pairs) for truncations w = 1 to 8 and 0 to
 * 8 correction iterations in every sign mode; at n = 16, 32 and 64 the corner pairs and stratified random
 * vectors; MACs over the MAC plan's classes. The designs of one shape share one build. The exhaustive
 * n = 16 runs (2^32 pairs each, about 3 minutes apiece on 2 cores) are long tests (-Plong-tests).
 */
class IlmCosimTest {

    static final List<String> N8 = List.of("ilm:n=8,w=8,iter=0", "ilm:n=8,w=8,iter=1,sign=sm",
            "ilm:n=8,w=8,iter=2,sign=unsigned", "ilm:n=8,w=8,iter=7", "ilm:n=8,w=1,iter=0",
            "ilm:n=8,w=2,iter=1,sign=sm", "ilm:n=8,w=3,iter=3,sign=unsigned", "ilm:n=8,w=4,iter=2",
            "ilm:n=8,w=5,iter=1", "ilm:n=8,w=6,iter=8,sign=sm", "ilm:n=8,w=7,iter=2,sign=unsigned");

    static final List<String> N16 = List.of("ilm:n=16", "ilm:n=16,w=16,iter=3,sign=sm",
            "ilm:n=16,w=8,iter=2,sign=unsigned", "ilm:n=16,w=4,iter=0");

    static final List<String> N32 = List.of("ilm:n=32,w=8,iter=2", "ilm:n=32,w=32,iter=1,sign=sm",
            "ilm:n=32,w=12,iter=0,sign=unsigned");

    static final List<String> N64 = List.of("ilm:n=64,w=10,iter=1", "ilm:n=64,w=20,iter=2,sign=sm");

    /** The full-width 64-bit ILM with two corrections: a large build (about a minute), a long test. */
    static final List<String> N64_FULL = List.of("ilm:n=64,w=64,iter=2,sign=sm");

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModelAndTheBound() {
        return Stream.of(multipliers(N8, "all"), multipliers(N16, "corners+random:1M"),
                multipliers(N32, "corners+random:300k"), multipliers(N64, "corners+random:50k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenBitMultipliersMatchOnEveryOperandPair() {
        return Stream.of(multipliers(List.of("ilm:n=16"), "all"),
                multipliers(List.of("ilm:n=16,w=16,iter=2,sign=sm"), "all"), multipliers(N64_FULL, "corners+random:50k"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("ilm:n=8,w=4,iter=2,mac", "ilm:n=8,w=8,iter=1,sign=sm,mac",
                "ilm:n=8,w=3,iter=0,sign=unsigned,mac")), macs(List.of("ilm:n=8,w=8,iter=8,mac,acc=18")),
                macs(List.of("ilm:n=16,mac", "ilm:n=16,w=16,iter=3,mac")),
                macs(List.of("ilm:n=32,w=8,iter=2,mac,acc=80")));
    }
}
