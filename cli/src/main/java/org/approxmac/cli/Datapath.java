package org.approxmac.cli;

/**
 * The datapaths in which {@code approxmac datapaths} measures each kind's multiply-accumulate: the
 * single MAC, a K-lane dot-product MAC, and an R x C array of MACs with each broadcast operand's
 * conversion shared ({@code share=operands}) and without ({@code share=none}).
 */
enum Datapath {
    SINGLE("single_mac"),
    DOT("dot_mac"),
    ARRAY_SHARED("array_shared"),
    ARRAY_UNSHARED("array_unshared");

    private final String key;

    Datapath(String key) {
        this.key = key;
    }

    /** The datapath's name in the JSON output, e.g. {@code dot_mac}. */
    String key() {
        return key;
    }

    /** Multiply-accumulates per cycle: 1, K or R * C. */
    int macs(DatapathShape shape) {
        return switch (this) {
            case SINGLE -> 1;
            case DOT -> shape.lanes();
            case ARRAY_SHARED, ARRAY_UNSHARED -> shape.elements();
        };
    }

    /** What is appended to a kind's base spec to name this datapath's design. */
    String specSuffix(DatapathShape shape) {
        String array = ",mac,rows=" + shape.rows() + ",cols=" + shape.cols();
        return switch (this) {
            case SINGLE -> ",mac";
            case DOT -> ",dot=" + shape.lanes() + ",mac";
            case ARRAY_SHARED -> array;
            case ARRAY_UNSHARED -> array + ",share=none";
        };
    }

    /** The datapath as the tables name it, e.g. {@code 16-lane dot-product MAC}. */
    String label(DatapathShape shape) {
        return switch (this) {
            case SINGLE -> "single MAC";
            case DOT -> shape.lanes() + "-lane dot-product MAC";
            case ARRAY_SHARED -> shape.arrayText() + " array, shared conversion";
            case ARRAY_UNSHARED -> shape.arrayText() + " array, unshared";
        };
    }

    /** The label of the one array of a kind with nothing to share (its only form is share=none). */
    static String onlyArrayLabel(DatapathShape shape) {
        return shape.arrayText() + " array (nothing to share)";
    }
}
