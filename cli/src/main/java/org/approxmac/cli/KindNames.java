package org.approxmac.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.approxmac.spec.Kind;

/** The kinds' spec names, from the descriptors, for option help ({@code ${COMPLETION-CANDIDATES}}). */
final class KindNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Kind.values()).map(Kind::specName).iterator();
    }
}
