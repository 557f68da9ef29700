package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ErrorBoundTest {

    /** The derived bounds hold for every output of the golden model (exhaustive at n = 8). */
    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8", "fixed:n=8,sign=unsigned", "mitchell:n=8", "mitchell:n=8,sign=c1",
        "mitchw:n=8,w=1", "mitchw:n=8,w=2,sign=sm", "mitchw:n=8,w=3", "mitchw:n=8,w=4,sign=unsigned",
        "mitchw:n=8,w=6", "mitchw:n=8,w=8,sign=sm", "drum:n=8,k=3", "drum:n=8,k=4,sign=sm",
        "drum:n=8,k=6,sign=unsigned", "drum:n=8,k=8", "ilm:n=8,w=8,iter=0", "ilm:n=8,w=8,iter=2,sign=sm",
        "ilm:n=8,w=3,iter=1,sign=unsigned", "ilm:n=8,w=1,iter=0", "ilm:n=8,w=5,iter=8", "roba:n=8", "roba:n=8,sign=c1",
        "roba:n=8,sign=unsigned", "trunc:n=8", "trunc:n=8,corr=constant,sign=c1", "trunc:n=8,corr=none,sign=unsigned",
        "trunc:n=8,t=3,corr=constant,sign=unsigned", "trunc:n=8,t=11", "trunc:n=8,t=14,corr=constant",
        "trunc:n=8,t=12,corr=none,sign=c1", "trunc:n=8,t=0"})
    void goldenModelStaysWithinTheBoundOnEveryVector(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Multiplier golden = Units.multiplier(spec);
        ErrorBound bound = ErrorBound.of(spec).orElseThrow();
        for (long a = 0; a < 256; a++) {
            for (long b = 0; b < 256; b++) {
                long z = golden.multiply(a, b);
                assertNull(bound.violation(a, b, z), text + " a=" + a + " b=" + b + " z=" + z);
                assertNull(bound.violation(a, b, BigInteger.valueOf(z)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=16,w=6", "mitchw:n=32,w=6", "mitchell:n=32", "drum:n=32,k=6",
        "drum:n=16,k=4,sign=unsigned", "mitchw:n=32,w=6,sign=unsigned", "fixed:n=32", "mitchw:n=64,w=6",
        "ilm:n=16", "ilm:n=32,w=32,iter=1", "ilm:n=64,w=12,iter=2,sign=sm",
        "roba:n=16", "roba:n=32,sign=c1", "roba:n=64,sign=unsigned", "trunc:n=16", "trunc:n=32,t=50,corr=constant",
        "trunc:n=32,corr=none,sign=c1", "trunc:n=64,t=80,sign=unsigned", "trunc:n=64,t=64,corr=constant"})
    void goldenModelStaysWithinTheBoundOnRandomWideVectors(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        Multiplier golden = Units.multiplier(spec);
        ErrorBound bound = ErrorBound.of(spec).orElseThrow();
        OperandSampler sampler = new OperandSampler(spec);
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            long a = sampler.next(r);
            long b = sampler.next(r);
            if (spec.productWidth() <= 64) {
                assertNull(bound.violation(a, b, golden.multiply(a, b)), text + " a=" + a + " b=" + b);
            } else {
                assertNull(bound.violation(a, b, golden.multiplyWide(a, b)), text + " a=" + a + " b=" + b);
            }
        }
    }

    @Test
    void ilmBoundIsTightAtTheBasicBlocksWorstCase() {
        ErrorBound bound = ErrorBound.of(UnitSpec.parse("ilm:n=8,w=8,iter=0,sign=unsigned")).orElseThrow();
        // 255 * 255: one block leaves out 127 * 127, the bound allows 255^2 * 3/4 * (128/129)^2 = 48,015.6
        assertNull(bound.violation(255, 255, 255 * 255 - 127 * 127));
        assertNull(bound.violation(255, 255, 48_016));
        assertNotNull(bound.violation(255, 255, 48_015));
        assertNotNull(bound.violation(255, 255, 255 * 255 + 1), "above the exact product");
        ErrorBound corrected = ErrorBound.of(UnitSpec.parse("ilm:n=8,w=8,iter=1,sign=unsigned")).orElseThrow();
        assertNotNull(corrected.violation(255, 255, 255 * 255 - 127 * 127), "one correction must recover most of it");
    }

    @Test
    void robaBoundIsReachedBelowAndHoldsAbove() {
        ErrorBound bound = ErrorBound.of(UnitSpec.parse("roba:n=8,sign=unsigned")).orElseThrow();
        // 3 * 3: both round up to 4, 12 + 12 - 16 = 8, exactly 8/9 of 9
        assertNull(bound.violation(3, 3, 8));
        assertNotNull(bound.violation(3, 3, 7));
        // 6 * 5: 6 rounds up to 8, 5 down to 4: 40 + 24 - 32 = 32 = 30 + 2, inside 10/9 of 30 (33.3)
        assertNull(bound.violation(6, 5, 32));
        assertNull(bound.violation(6, 5, 33));
        assertNotNull(bound.violation(6, 5, 34));
    }

    @Test
    void truncBoundsAreReachedAtAllOnesOperands() {
        // n = 8, t = 8: the dropped columns 0..7 of 255 * 255 hold Dmax = 7 * 2^8 + 1 = 1793
        ErrorBound none = ErrorBound.of(UnitSpec.parse("trunc:n=8,corr=none,sign=unsigned")).orElseThrow();
        assertNull(none.violation(255, 255, 255 * 255 - 1793));
        assertNotNull(none.violation(255, 255, 255 * 255 - 1794));
        assertNotNull(none.violation(255, 255, 255 * 255 + 1), "direct truncation is never high");
        // constant: C = floor(9 / 4) 2^8 = 512, so [X - 1281, X + 512]
        ErrorBound constant = ErrorBound.of(UnitSpec.parse("trunc:n=8,corr=constant,sign=unsigned")).orElseThrow();
        assertNull(constant.violation(255, 255, 255 * 255 - 1793 + 512));
        assertNull(constant.violation(3, 3, 9 + 512), "small operands: the constant dominates");
        assertNotNull(constant.violation(3, 3, 9 + 513));
        assertNotNull(constant.violation(0, 3, 512), "a zero operand gives 0, the constant included");
        // variable: column 7 (eight ones) is counted at 2^8, columns 0..6 (769) dropped: X + 8 * 128 - 769
        ErrorBound variable = ErrorBound.of(UnitSpec.parse("trunc:n=8,sign=unsigned")).orElseThrow();
        assertNull(variable.violation(255, 255, 255 * 255 + 8 * 128 - 769));
        assertNull(variable.violation(255, 255, 255 * 255 - 769), "the lower bound, columns 0..6 lost");
        assertNotNull(variable.violation(255, 255, 255 * 255 - 770));
        assertNotNull(variable.violation(255, 255, 255 * 255 + 8 * 128 + 1));
    }

    @Test
    void mitchellNeverAboveExactAndTheWorstCaseIsReached() {
        ErrorBound bound = ErrorBound.of(UnitSpec.parse("mitchell:n=8,sign=unsigned")).orElseThrow();
        // 3 * 3: fractions 1/2 and 1/2, Mitchell gives 8 (8/9 of 9): inside
        assertNull(bound.violation(3, 3, 8));
        assertNotNull(bound.violation(3, 3, 10), "above the exact product");
        // K = 7: 9 (2^7+1)^2 (p+1) > 8 4^7 X; for X = 9 the smallest allowed p is 7
        assertNull(bound.violation(3, 3, 7));
        assertNotNull(bound.violation(3, 3, 6));
        assertNotNull(bound.violation(200, 200, 200L * 200 * 8 / 9 * 127 / 129 - 2));
    }

    @Test
    void c1RulesOfMitchwAndDrumDiffer() {
        ErrorBound mitchw = ErrorBound.of(UnitSpec.parse("mitchw:n=8,w=4,sign=c1")).orElseThrow();
        ErrorBound drum = ErrorBound.of(UnitSpec.parse("drum:n=8,k=4,sign=c1")).orElseThrow();
        long minus5 = -5 & 0xff;
        // Mitch-w c1: a zero operand gives 0 even with a negative partner
        assertNull(mitchw.violation(0, minus5, 0));
        assertNotNull(mitchw.violation(0, minus5, 0xffff));
        // DRUM c1: no masking, 0 * (-5) = ~0 = -1
        assertNull(drum.violation(0, minus5, 0xffff));
        assertNotNull(drum.violation(0, minus5, 0));
        // Mitch-w c1: a = -1 counts as magnitude 1: (-1) * 5 = ~5 = -6
        assertNull(mitchw.violation(0xff, 5, -6 & 0xffff));
        assertNotNull(mitchw.violation(0xff, 5, -7 & 0xffff), "core product 6 exceeds 1 * 5");
    }

    @Test
    void drumBoundIsSymmetricAroundTheExactProduct() {
        ErrorBound drum = ErrorBound.of(UnitSpec.parse("drum:n=16,k=3,sign=unsigned")).orElseThrow();
        // k = 3, d = 4: (3/4)^2 X <= p <= (5/4)^2 X
        long x = 1000;
        assertNull(drum.violation(x, x, x * x * 9 / 16));
        assertNotNull(drum.violation(x, x, x * x * 9 / 16 - 1));
        assertNull(drum.violation(x, x, x * x * 25 / 16));
        assertNotNull(drum.violation(x, x, x * x * 25 / 16 + 1));
    }

    @Test
    void floatingKindsHaveNoBound() {
        assertTrue(ErrorBound.of(UnitSpec.parse("bf16")).isEmpty());
        assertEquals(true, ErrorBound.of(UnitSpec.parse("fixed:n=8,mac")).isPresent());
    }
}
