package example;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;

/** approxmac as a library: parse a spec, multiply with its golden model, run its MAC, measure its error. */
public final class ApproxmacExample {

    /** The lines {@link #main} prints. */
    public static List<String> lines() {
        List<String> out = new ArrayList<>();
        UnitSpec spec = UnitSpec.parse("mitchw:n=16,w=6");              // the paper's Mitch-w6
        out.add("spec " + spec.canonical());                            // missing keys take their defaults

        Multiplier mul = Units.multiplier(spec);                        // bit-exact golden model
        out.add("1000 * 3000 = " + mul.multiply(1000, 3000));          // operands and product are bit patterns
        long z = mul.multiply(5, 0xFFFF);                               // 5 * (-1): a 32-bit product pattern
        out.add("5 * -1 = " + (int) z);                                 // -6: c1 sign handling gives ~5

        MacState mac = new MacState(Units.mac(spec.asMac()));           // the MAC, 40-bit accumulator
        for (int i = 1; i <= 4; i++) {
            mac.clock(false, true, false, 100 * i, 7);                  // rst, en, clr, a, b: one rising edge
        }
        out.add("sum of 100*7 + ... + 400*7 = " + mac.accumulatorBits());

        ErrorMetrics e = ErrorAnalysis.analyze(mul, Sampling.random(200_000, 1));   // seeded, reproducible
        out.add(String.format("mean relative error %.2f %%, batch-norm scales %.3f and %.3f",
                100 * e.meanRelError(), e.bnMeanScale(), e.bnVarScale()));
        return out;
    }

    public static void main(String[] args) {
        lines().forEach(System.out::println);
    }

    private ApproxmacExample() {
    }
}
