package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * ALM-SOA ({@code almsoa}) in Verilator against the golden model: every operand pair at n = 8 for set-one
 * widths 0..7 and every sign mode; corners and stratified random vectors at n = 16, 32 and 64; MACs over
 * the MAC plan's classes. Every 16-bit pair is a long test (-Plong-tests).
 */
class AlmSoaCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModel() {
        return Stream.of(
                multipliers(List.of("almsoa:n=8", "almsoa:n=8,m=0", "almsoa:n=8,m=1,sign=c1", "almsoa:n=8,m=2,sign=unsigned",
                        "almsoa:n=8,m=4,sign=c1", "almsoa:n=8,m=5,sign=unsigned", "almsoa:n=8,m=7"), "all"),
                multipliers(List.of("almsoa:n=16", "almsoa:n=16,m=15,sign=c1", "almsoa:n=16,m=8,sign=unsigned"),
                        "corners+random:100k"),
                multipliers(List.of("almsoa:n=32", "almsoa:n=32,m=20,sign=unsigned"), "corners+random:50k"),
                multipliers(List.of("almsoa:n=64,sign=c1", "almsoa:n=64,m=40,sign=unsigned"), "corners+random:20k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenBitMultipliersMatchOnEveryOperandPair() {
        return Stream.of(multipliers(List.of("almsoa:n=16", "almsoa:n=16,m=9,sign=c1"), "all"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("almsoa:n=8,mac", "almsoa:n=8,m=2,sign=c1,mac", "almsoa:n=8,sign=unsigned,mac")),
                macs(List.of("almsoa:n=16,mac", "almsoa:n=16,m=9,sign=c1,mac")));
    }
}
