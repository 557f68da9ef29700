package org.approxmac.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The approxmac release this code belongs to, as written into generated headers, reports and
 * {@code --version}. It is the Maven project version, filtered into {@code version.properties} at build
 * time, so a jar, an IDE build and the command line all agree.
 */
public final class Version {
    private static final String CURRENT = load();

    private Version() {
    }

    /** The version string, e.g. {@code 0.2.0}. */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the golden-model jar");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("version.properties was not filtered by the build: " + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
