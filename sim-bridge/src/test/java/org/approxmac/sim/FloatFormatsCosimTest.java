package org.approxmac.sim;

import static org.approxmac.sim.KindCosim.macs;
import static org.approxmac.sim.KindCosim.multipliers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The floating formats beyond bf16 and fp32 in Verilator against the golden model: every operand pair of
 * the 8-bit formats (OCP E4M3 and E5M2, and a custom e3m4) under ieee and ftz; corners and stratified
 * random vectors for fp16, custom 16-bit formats (one unfused) and tf32; the MACs of fp16 and the FP8 formats over the MAC
 * plan's classes (the classes that narrow operands cannot reach in an FP32 accumulator are left out) with
 * 100,000 random cycles; the same with products and accumulators rounded into fp16 and bf16 ({@code acc=}).
 * Every fp16 pair is a long test (-Plong-tests).
 */
class FloatFormatsCosimTest {

    @TestFactory
    Stream<DynamicTest> multipliersMatchTheModel() {
        return Stream.of(
                multipliers(List.of("fp8e4m3", "fp8e4m3,subnormals=ftz", "fp8e5m2", "fp8e5m2,subnormals=ftz",
                        "float:e=3,m=4"), "all"),
                multipliers(List.of("fp16", "fp16,subnormals=ftz", "float:e=6,m=9", "float:e=8,m=7,fused=false"),
                        "corners+random:200k"),
                multipliers(List.of("tf32", "float:e=7,m=11,subnormals=ftz"), "corners+random:100k"),
                // products rounded into a 16-bit result format (acc=)
                multipliers(List.of("fp8e4m3:acc=fp16", "fp8e5m2:acc=fp16,subnormals=ftz", "fp8e4m3:acc=bf16"), "all"),
                multipliers(List.of("fp16:acc=fp16", "bf16:acc=bf16,subnormals=ftz", "float:e=5,m=10,fused=false,acc=fp16"),
                        "corners+random:200k"));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> everyFp16PairMatches() {
        return Stream.of(multipliers(List.of("fp16"), "all"));
    }

    @TestFactory
    Stream<DynamicTest> macsAreBitExactEveryCycle() {
        return Stream.of(macs(List.of("fp8e4m3,mac")), macs(List.of("fp8e5m2,mac", "fp8e5m2,subnormals=ftz,mac")),
                macs(List.of("fp16,mac")),
                macs(List.of("fp16:acc=fp16,mac", "float:e=5,m=10,fused=false,acc=fp16,mac", "bf16:acc=bf16,mac")),
                macs(List.of("fp8e4m3:acc=fp16,mac", "fp8e5m2:acc=fp16,subnormals=ftz,mac")));
    }
}
