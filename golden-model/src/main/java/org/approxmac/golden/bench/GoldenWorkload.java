package org.approxmac.golden.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;

/**
 * The golden-model throughput workload: a multiply-accumulate loop over {@value #PAIRS} seeded uniform
 * operand pairs through a multiplier's golden model, and the same loop with an exact {@code long}
 * multiply as the reference. Both loops accumulate, so the JIT cannot drop the work. The one
 * definition measured by the JMH benchmark (module {@code bench}) and by {@code approxmac bench
 * golden}; it lives here because the model is the one thing both depend on.
 */
public final class GoldenWorkload {
    /** Operand pairs per loop. */
    public static final int PAIRS = 4096;
    /** The seed of the operands. */
    public static final long SEED = 1;
    // the default specs one by one, as constants for JMH's @Param annotation
    public static final String FIXED_16 = "fixed:n=16";
    public static final String MITCHW6_16 = "mitchw:n=16,w=6,sign=c1";
    public static final String MITCHW6_32 = "mitchw:n=32,w=6,sign=c1";
    public static final String MITCHELL_32 = "mitchell:n=32,sign=sm";
    public static final String DRUM6_16 = "drum:n=16,k=6,sign=c1";
    public static final String DRUM6_32 = "drum:n=32,k=6,sign=c1";
    /** The specs measured by default: the paper's fixed, Mitch-w6, Mitchell and DRUM6 at 16 and 32 bits. */
    public static final List<String> DEFAULT_SPECS = List.of(FIXED_16, MITCHW6_16, MITCHW6_32, MITCHELL_32,
            DRUM6_16, DRUM6_32);

    private final Multiplier multiplier;
    private final long[] a = new long[PAIRS];
    private final long[] b = new long[PAIRS];

    /**
     * The workload of {@code multiplier}: operands a then b of each pair drawn uniformly over the N-bit
     * patterns from {@code SplittableRandom(}{@value #SEED}{@code )}.
     *
     * @throws IllegalArgumentException when the product is wider than 64 bits (n &gt; 32)
     */
    public GoldenWorkload(Multiplier multiplier) {
        if (multiplier.spec().productWidth() > 64) {
            throw new IllegalArgumentException(multiplier.spec().canonical()
                    + ": the throughput workload takes products up to 64 bits (n <= 32)");
        }
        this.multiplier = multiplier;
        long mask = Bits.mask(multiplier.spec().n());
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < PAIRS; i++) {
            a[i] = r.nextLong() & mask;
            b[i] = r.nextLong() & mask;
        }
    }

    public Multiplier multiplier() {
        return multiplier;
    }

    /** The reference: the sum of the exact {@code long} products of the pairs. */
    public long exactLoop() {
        long acc = 0;
        for (int i = 0; i < PAIRS; i++) {
            acc += a[i] * b[i];
        }
        return acc;
    }

    /** The sum of the golden model's product patterns of the pairs. */
    public long goldenLoop() {
        long acc = 0;
        Multiplier m = multiplier;
        for (int i = 0; i < PAIRS; i++) {
            acc += m.multiply(a[i], b[i]);
        }
        return acc;
    }
}
