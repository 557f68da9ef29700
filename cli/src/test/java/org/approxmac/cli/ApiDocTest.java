package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approxmac.golden.Version;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md shows the example project examples/java-api verbatim (the project the examples module
 * builds and tests as a user would), and the example asks for this version of approxmac.
 */
class ApiDocTest {
    private static final Path EXAMPLE = RepositoryReferences.ROOT.resolve("examples/java-api");

    private static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            return s.filter(Files::isRegularFile).filter(p -> !EXAMPLE.relativize(p).startsWith("target")).sorted()
                    .toList();
        }
    }

    @Test
    void apiPageShowsEveryFileOfTheExampleVerbatim() throws IOException {
        String doc = RepositoryReferences.read(RepositoryReferences.ROOT.resolve("docs/api.md"));
        List<Path> files = exampleFiles();
        assertTrue(files.size() >= 5, "example files: " + files);
        for (Path f : files) {
            String text = RepositoryReferences.read(f).strip();
            assertTrue(doc.contains("\n" + text + "\n```"), "docs/api.md does not show " + EXAMPLE.relativize(f)
                    + " as it is; copy the file into the page");
        }
    }

    @Test
    void exampleUsesThisVersionAndOnlyDocumentedArtifacts() {
        String pom = RepositoryReferences.read(EXAMPLE.resolve("pom.xml"));
        Matcher v = Pattern.compile("<approxmac.version>([^<]+)</approxmac.version>").matcher(pom);
        assertTrue(v.find(), pom);
        assertEquals(Version.current(), v.group(1), "examples/java-api/pom.xml must ask for this approxmac version");
        String readme = RepositoryReferences.read(RepositoryReferences.ROOT.resolve("README.md"));
        Matcher a = Pattern.compile("<groupId>org.approxmac</groupId>\\s*<artifactId>(approxmac-[a-z-]+)</artifactId>")
                .matcher(pom);
        int found = 0;
        while (a.find()) {
            found++;
            assertTrue(readme.contains("`" + a.group(1) + "`"), a.group(1) + " is not among the README's coordinates");
            assertTrue(Files.isDirectory(RepositoryReferences.ROOT.resolve(a.group(1).replace("approxmac-", ""))),
                    a.group(1) + " is not a module of this build");
        }
        assertEquals(2, found, pom);
    }

    @Test
    void theDocumentedOutputIsTheOneTheExampleAsserts() {
        String test = RepositoryReferences.read(EXAMPLE.resolve("src/test/java/example/ApproxmacExampleTest.java"));
        String doc = RepositoryReferences.read(RepositoryReferences.ROOT.resolve("docs/api.md"));
        Matcher m = Pattern.compile("\"([^\"]+)\"[,)]").matcher(test);
        StringBuilder expected = new StringBuilder("It prints\n\n```\n");
        while (m.find()) {
            expected.append(m.group(1)).append('\n');
        }
        assertTrue(doc.contains(expected + "```"), "docs/api.md's output block differs from the test's lines:\n"
                + expected);
    }
}
