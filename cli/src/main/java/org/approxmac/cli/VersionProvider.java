package org.approxmac.cli;

import org.approxmac.golden.Version;
import picocli.CommandLine.IVersionProvider;

/** Reports the approxmac version (the Maven project version, see {@link Version}). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"approxmac " + Version.current()};
    }
}
