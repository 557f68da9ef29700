package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The broken-Booth multiplier ({@code bbm}) in Verilator against the golden model: every operand pair at
 * n = 8 for breaking lines 0..8 and at n = 7; corners and stratified random vectors at n = 16, 32 and
 * 64; fused and pipelined MACs over the MAC plan's classes. Every 16-bit pair is a long test
 * (-Plong-tests).
 */
class BrokenBoothCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModel() {
        return Stream.of(
                multipliers(List.of("bbm:n=8", "bbm:n=8,vbl=0", "bbm:n=8,vbl=1", "bbm:n=8,vbl=3", "bbm:n=8,vbl=6"), "all"),
                multipliers(List.of("bbm:n=7,vbl=5", "bbm:n=7,vbl=2"), "all"),
                multipliers(List.of("bbm:n=16", "bbm:n=16,vbl=11"), "corners+random:100k"),
                multipliers(List.of("bbm:n=32", "bbm:n=32,vbl=7"), "corners+random:50k"),
                multipliers(List.of("bbm:n=64", "bbm:n=64,vbl=31"), "corners+random:20k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenBitMultipliersMatchOnEveryOperandPair() {
        return Stream.of(multipliers(List.of("bbm:n=16", "bbm:n=16,vbl=9"), "all"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("bbm:n=8,mac", "bbm:n=8,vbl=3,mac,adder=ripple", "bbm:n=8,vbl=5,mac,stages=2")),
                macs(List.of("bbm:n=16,mac", "bbm:n=16,vbl=10,mac,adder=sklansky", "bbm:n=16,mac,stages=3")));
    }
}
