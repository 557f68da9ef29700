package org.approxmac.sim;

/**
 * Notices that a pipelined multiplier's wrong products are right products of nearby vectors: the
 * design's latency is not the one it is checked at. One per worker and member; it keeps the last
 * {@link Cosim#SHIFT_LOOKBACK} vectors of the worker's sequence. A wrong product equal to the golden
 * product of a vector d earlier gets a hint at once (the design is d cycles slower than claimed); one
 * equal to the golden product of a vector d later is hinted when that vector arrives (d cycles faster).
 */
final class ProductShift {
    private final int latency;
    private final int[] order;
    private final long[] index;
    private final long[] expected;
    private final long[] actual;
    private final boolean[] wrong;
    private long seen;

    ProductShift(int latency) {
        this.latency = latency;
        int size = Cosim.SHIFT_LOOKBACK;
        order = new int[size];
        index = new long[size];
        expected = new long[size];
        actual = new long[size];
        wrong = new boolean[size];
    }

    /**
     * Records vector {@code i} of class {@code classOrder} with its golden and actual products; returns
     * the hint for it if it is wrong and shifted later, and adds hints to earlier wrong vectors of
     * {@code tally} that this vector's golden product explains.
     */
    String record(Tally tally, int classOrder, long i, long expectedProduct, long actualProduct) {
        String hint = null;
        boolean isWrong = expectedProduct != actualProduct;
        for (int d = 1; d <= Math.min(seen, Cosim.SHIFT_LOOKBACK); d++) {
            int s = slot(seen - d);
            if (order[s] != classOrder || index[s] != i - d) {
                break;
            }
            if (isWrong && hint == null && expected[s] == actualProduct) {
                hint = hint(d, d);
            }
            if (wrong[s] && actual[s] == expectedProduct && expected[s] != expectedProduct) {
                tally.hint(classOrder, i - d, hint(d, -d));
                wrong[s] = false; // hinted once
            }
        }
        int s = slot(seen++);
        order[s] = classOrder;
        index[s] = i;
        expected[s] = expectedProduct;
        actual[s] = actualProduct;
        wrong[s] = isWrong && hint == null;
        return hint;
    }

    private int slot(long k) {
        return (int) (k % Cosim.SHIFT_LOOKBACK);
    }

    private String hint(int distance, int latencyChange) {
        String vectors = distance + " vector" + (distance == 1 ? "" : "s");
        int fits = latency + latencyChange;
        return "the outputs appear shifted: this is the golden product of the operands " + vectors + " "
                + (latencyChange > 0 ? "earlier" : "later") + "; the design's latency looks like " + fits + ", not "
                + latency + " (stages=" + fits + " in the spec, or --latency " + fits + " for your own RTL)";
    }
}
