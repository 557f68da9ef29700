package org.approxmac.spec;

/**
 * An integer bound of a parameter range, either a constant or linear in the operand width n:
 * {@code nFactor * n + offset}. Examples: {@code 4}, {@code n}, {@code 2n}, {@code 2n+8}.
 */
public record Bound(int nFactor, int offset) {

    public static Bound of(int constant) {
        return new Bound(0, constant);
    }

    public static Bound n() {
        return new Bound(1, 0);
    }

    public static Bound timesN(int factor, int offset) {
        return new Bound(factor, offset);
    }

    /** The bound's value for operand width {@code n}. */
    public int resolve(int n) {
        return nFactor * n + offset;
    }

    /** Whether the bound depends on n. */
    public boolean dependsOnN() {
        return nFactor != 0;
    }

    /** The bound as written in the docs, e.g. {@code 2n+8}. */
    @Override
    public String toString() {
        if (nFactor == 0) {
            return Integer.toString(offset);
        }
        String base = nFactor == 1 ? "n" : nFactor + "n";
        if (offset == 0) {
            return base;
        }
        return base + (offset > 0 ? "+" : "") + offset;
    }
}
