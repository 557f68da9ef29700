package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Floating units with an approximate significand multiplier ({@code mult=mitchell|mitchw|drum}) in
 * Verilator against the golden model: every operand pair of OCP E4M3 with each core (ieee and ftz);
 * corners and stratified random vectors for bf16, fp16, tf32 and fp32; the MACs over the MAC plan's
 * classes (corner walk, cancellation, alignment, ties, overflow, underflow, specials, subnormals) with
 * 100,000 random cycles, fused and unfused. Every bf16 pair of the Mitch-w6 multiplier is a long test.
 */
class SignificandCoreCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModel() {
        return Stream.of(
                multipliers(List.of("fp8e4m3:mult=mitchw,w=2", "fp8e4m3:mult=mitchell", "fp8e4m3:mult=drum,k=3",
                        "fp8e4m3:mult=mitchw,w=3,subnormals=ftz"), "all"),
                multipliers(List.of("bf16:mult=mitchw,w=6", "bf16:mult=mitchell,subnormals=ftz", "bf16:mult=drum,k=6",
                        "fp16:mult=mitchw,w=5", "fp16:mult=drum,k=4,subnormals=ftz"), "corners+random:200k"),
                multipliers(List.of("fp32:mult=mitchw,w=6", "fp32:mult=drum,k=8,subnormals=ftz", "fp32:mult=mitchell"),
                        "corners+random:100k"),
                multipliers(List.of("tf32:mult=mitchell", "tf32:mult=drum,k=6"), "corners+random:100k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> everyBf16PairOfTheMitchW6MultiplierMatches() {
        return Stream.of(multipliers(List.of("bf16:mult=mitchw,w=6"), "all"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("bf16:mult=mitchw,w=6,mac", "bf16:mult=drum,k=6,subnormals=ftz,mac")),
                macs(List.of("fp32:mult=mitchell,mac", "fp32:fused=false,mult=mitchw,w=8,mac")),
                macs(List.of("fp8e4m3:mult=mitchw,w=3,mac")));
    }
}
