package org.approxmac.synth;

/**
 * How the cost flow maps a design onto the library's cells (docs/cost-method.md).
 */
public enum Mapping {
    /**
     * The documented flow: the design flattened, then one ABC run on the whole (no fanout buffering or
     * gate sizing), as the reference figures of docs/cost-method.md were measured.
     */
    FLAT("ABC without fanout buffering"),
    /** The flattened design mapped with ABC's fanout buffering and gate sizing, as a timing-driven flow does. */
    BUFFERED("ABC with fanout buffering and gate sizing"),
    /**
     * Every module mapped on its own (ABC per module, no optimisation across module boundaries), then
     * flattened with every cell named by its module instance, so the energy can be split per module
     * instance; the figures differ from {@link #FLAT}'s.
     */
    HIERARCHICAL("ABC on every module on its own, then flattened");

    private final String description;

    Mapping(String description) {
        this.description = description;
    }

    /** What the mapping does, in a few words, for the line a table prints under its figures. */
    public String description() {
        return description;
    }
}
