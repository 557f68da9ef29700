package org.approxmac.analysis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesAndReplacesLeavingNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("table.md");
        AtomicFile.write(target, new byte[] {1, 2, 3});
        AtomicFile.write(target, new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void aMissingDirectoryFailsWithoutCreatingAnything(@TempDir Path dir) throws IOException {
        assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("no/such/file.svg"), new byte[] {1}));
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aDirectoryInTheWayIsNotReplaced(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectory(dir.resolve("fig.svg"));
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThrows(IOException.class, () -> AtomicFile.write(target, new byte[] {1}));
        assertEquals("keep", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), listing(dir));
    }
}
