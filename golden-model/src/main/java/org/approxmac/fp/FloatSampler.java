package org.approxmac.fp;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random patterns of a {@link FloatFormat} for tests and co-simulation. Uniform bit patterns
 * alone almost never produce cancellation, ties or subnormal results, so the sampler mixes them with
 * corners ({@link FloatCorners}), numbers of moderate magnitude, subnormals, and patterns placed
 * relative to another value (same binade, or its negation within a few units in the last place).
 */
public final class FloatSampler {
    private final FloatFormat format;
    private final SplittableRandom random;
    private final List<Long> corners;

    public FloatSampler(FloatFormat format, long seed) {
        this.format = format;
        this.random = new SplittableRandom(seed);
        this.corners = FloatCorners.of(format);
    }

    public FloatFormat format() {
        return format;
    }

    /**
     * A random operand: a corner (2/16), a zero, infinity or NaN (1/16), uniformly random bits (5/16),
     * a subnormal (2/16), or a number with a random significand and an exponent within a quarter of
     * the range around 1 (6/16).
     */
    public long next() {
        int choice = random.nextInt(16);
        if (choice < 2) {
            return corners.get(random.nextInt(corners.size()));
        }
        if (choice == 2) {
            boolean negative = random.nextBoolean();
            return switch (random.nextInt(3)) {
                case 0 -> format.zero(negative);
                case 1 -> format.infinity(negative);
                default -> format.pattern(negative, format.maxBiasedExponent(), random.nextLong() | 1);
            };
        }
        if (choice < 8) {
            return random.nextLong() & format.mask();
        }
        if (choice < 10) {
            return format.pattern(random.nextBoolean(), 0, random.nextLong());
        }
        int spread = Math.max(1, format.bias() / 4);
        return near(random.nextInt(-spread, spread + 1), 0);
    }

    /**
     * A random normal number with a random significand, sign and an exponent in
     * [exponent - spread, exponent + spread] clamped to the normal range.
     */
    public long near(int exponent, int spread) {
        int e = exponent + random.nextInt(-spread, spread + 1);
        int biased = Math.max(1, Math.min(format.maxBiasedExponent() - 1, e + format.bias()));
        return format.pattern(random.nextBoolean(), biased, random.nextLong());
    }

    /**
     * An addend for {@code value} (a pattern of this format): its negation moved by up to 3 units in
     * the last place (near or exact cancellation, 1/2), a number of the same binade give or take 2
     * (1/4), or {@link #next()} (1/4). Non-finite and zero values get {@link #next()}.
     */
    public long addendFor(long value) {
        int biased = format.biasedExponent(value);
        int choice = random.nextInt(4);
        if (biased == format.maxBiasedExponent() || (value & ~format.signBit() & format.mask()) == 0
                || choice == 3) {
            return next();
        }
        if (choice == 2) {
            return near(Math.max(biased, 1) - format.bias(), 2);
        }
        long magnitude = value & format.mask() & ~format.signBit();
        long moved = Math.max(0, Math.min(format.largestFinite(false), magnitude + random.nextInt(-3, 4)));
        return moved | (value & format.signBit() ^ format.signBit());
    }
}
