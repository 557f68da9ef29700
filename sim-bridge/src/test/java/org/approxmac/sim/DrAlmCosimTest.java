package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * DR-ALM ({@code dralm}) in Verilator against the golden model: every operand pair at n = 8 for
 * truncation widths 2..8 and every sign mode; corners and stratified random vectors at n = 16, 32 and 64;
 * MACs over the MAC plan's classes. Every 16-bit pair is a long test (-Plong-tests).
 */
class DrAlmCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModel() {
        return Stream.of(
                multipliers(List.of("dralm:n=8", "dralm:n=8,t=2", "dralm:n=8,t=3,sign=sm", "dralm:n=8,t=4,sign=unsigned",
                        "dralm:n=8,t=5", "dralm:n=8,t=7,sign=sm", "dralm:n=8,t=8,sign=unsigned"), "all"),
                multipliers(List.of("dralm:n=16", "dralm:n=16,t=4,sign=sm", "dralm:n=16,t=16,sign=unsigned"),
                        "corners+random:300k"),
                multipliers(List.of("dralm:n=32", "dralm:n=32,t=10,sign=unsigned"), "corners+random:100k"),
                multipliers(List.of("dralm:n=64,sign=sm", "dralm:n=64,t=20,sign=unsigned"), "corners+random:30k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenBitMultipliersMatchOnEveryOperandPair() {
        return Stream.of(multipliers(List.of("dralm:n=16", "dralm:n=16,t=5,sign=sm"), "all"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("dralm:n=8,mac", "dralm:n=8,t=4,sign=sm,mac", "dralm:n=8,sign=unsigned,mac")),
                macs(List.of("dralm:n=16,mac", "dralm:n=16,t=8,sign=sm,mac")));
    }
}
