package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The rounding-based multiplier ({@code roba}) in Verilator against the golden model and the analytic
 * bound: every operand pair at n = 5 and 8 in every sign mode; corners and stratified random vectors at
 * n = 16, 32 and 64; MACs over the MAC plan's classes. Every 16-bit pair is a long test (-Plong-tests).
 */
class RobaCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModelAndTheBound() {
        return Stream.of(multipliers(List.of("roba:n=8", "roba:n=8,sign=c1", "roba:n=8,sign=unsigned"), "all"),
                multipliers(List.of("roba:n=5,sign=c1", "roba:n=5,sign=unsigned"), "all"),
                multipliers(List.of("roba:n=16", "roba:n=16,sign=c1", "roba:n=16,sign=unsigned"),
                        "corners+random:1M"),
                multipliers(List.of("roba:n=32", "roba:n=32,sign=c1"), "corners+random:300k"),
                multipliers(List.of("roba:n=64,sign=unsigned", "roba:n=64"), "corners+random:50k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenBitMultipliersMatchOnEveryOperandPair() {
        return Stream.of(multipliers(List.of("roba:n=16"), "all"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("roba:n=8,mac", "roba:n=8,sign=c1,mac", "roba:n=8,sign=unsigned,mac")),
                macs(List.of("roba:n=16,mac", "roba:n=16,sign=c1,mac")));
    }
}
