package org.approxmac.cli;

import java.util.Iterator;
import org.approxmac.spec.Kind;

/**
 * The fixed kind's {@code arch} values, from its descriptor, for option help ({@code ${COMPLETION-CANDIDATES}}),
 * so that a new architecture needs no second list here.
 */
final class FixedArchitectures implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Kind.FIXED.descriptor().param("arch").orElseThrow().choices().iterator();
    }
}
