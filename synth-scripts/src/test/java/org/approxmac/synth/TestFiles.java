package org.approxmac.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.net.URISyntaxException;

/** Test resources: saved real tool outputs ({@code saved/}) and hand-written RTL ({@code rtl/}). */
final class TestFiles {
    private TestFiles() {
    }

    static String text(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedReader reader(String name) {
        return new BufferedReader(new InputStreamReader(TestFiles.class.getResourceAsStream(name),
                StandardCharsets.ISO_8859_1));
    }

    static Path path(String name) {
        try {
            return Path.of(TestFiles.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
