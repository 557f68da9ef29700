package org.approxmac.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the approxmac version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"approxmac " + (v == null ? "development build" : v)};
    }
}
