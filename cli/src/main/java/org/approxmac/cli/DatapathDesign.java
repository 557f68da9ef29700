package org.approxmac.cli;

import java.util.Objects;
import java.util.Optional;
import org.approxmac.spec.UnitSpec;

/**
 * One design of the datapath comparison: a kind in one datapath, either buildable (its parsed spec)
 * or not available, with the one-line reason (the spec parser's or the RTL generator's message).
 *
 * @param datapath    the datapath
 * @param label       the row's name in the tables, e.g. {@code 4 x 4 array, shared conversion}
 * @param macs        multiply-accumulates per cycle (1, K or R * C)
 * @param specText    the spec as written (base spec and the datapath's suffix), also when it does not parse
 * @param spec        the parsed spec, empty when the design is not available
 * @param unavailable why the design cannot be built, empty when it can
 */
record DatapathDesign(Datapath datapath, String label, int macs, String specText, Optional<UnitSpec> spec,
                      Optional<String> unavailable) {

    DatapathDesign {
        Objects.requireNonNull(datapath);
        Objects.requireNonNull(label);
        Objects.requireNonNull(specText);
        if (spec.isPresent() == unavailable.isPresent()) {
            throw new IllegalArgumentException("exactly one of spec and unavailable must be present");
        }
        if (macs < 1) {
            throw new IllegalArgumentException("macs must be at least 1, got " + macs);
        }
    }

    /** Whether the design can be built (and costed). */
    boolean available() {
        return spec.isPresent();
    }

    /** The same design marked not available for {@code reason}. */
    DatapathDesign withUnavailable(String reason) {
        return new DatapathDesign(datapath, label, macs, specText, Optional.empty(), Optional.of(reason));
    }

    /** The canonical spec of an available design, else the spec as written. */
    String specName() {
        return spec.map(UnitSpec::canonical).orElse(specText);
    }
}
