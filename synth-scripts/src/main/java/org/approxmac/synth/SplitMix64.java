package org.approxmac.synth;

/**
 * Steele, Lea and Flood's SplitMix64 generator: a fixed, documented sequence for a given seed on every
 * JVM, so a stated seed always reproduces the same stimulus.
 */
final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code bits} uniform random bits, 1 &lt;= bits &lt;= 64, in the low end of the result. */
    long nextBits(int bits) {
        return bits >= 64 ? nextLong() : nextLong() >>> (64 - bits);
    }

    int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
