package org.approxmac.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.approxmac.spec.UnitSpec;

/**
 * One kind of the comparison and its designs, in the order of {@link Datapath}: the single MAC, the
 * dot-product MAC, and the arrays (one array when the kind has no operand conversion to share).
 *
 * @param base    the kind's base spec: a combinational multiplier without MAC, lanes or array keys
 * @param designs its designs, at most one per datapath
 */
record KindDatapaths(UnitSpec base, List<DatapathDesign> designs) {

    KindDatapaths {
        Objects.requireNonNull(base);
        designs = List.copyOf(designs);
    }

    /** The design of {@code datapath}, if the kind has one. */
    Optional<DatapathDesign> design(Datapath datapath) {
        return designs.stream().filter(d -> d.datapath() == datapath).findFirst();
    }

    /** Whether the kind's array comes in a shared and an unshared form. */
    boolean sharesOperands() {
        return design(Datapath.ARRAY_SHARED).isPresent();
    }

    /**
     * The design another kind's {@code datapath} is compared with: this kind's design of the same
     * datapath, or for a shared array, the kind's only array if it has nothing to share.
     */
    Optional<DatapathDesign> counterpart(Datapath datapath) {
        Optional<DatapathDesign> same = design(datapath);
        return same.isPresent() || datapath != Datapath.ARRAY_SHARED ? same : design(Datapath.ARRAY_UNSHARED);
    }
}
