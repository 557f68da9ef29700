package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Test
    void aBatchThatCannotWriteOneFileWritesNoneAndNamesIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(out.resolve("a.v"), new byte[] {1});
        files.put(out.resolve("b.v"), new byte[] {2});
        files.put(Path.of("/proc/approxmac-test/c.v"), new byte[] {3}); // cannot be written, even by root
        AtomicFile.FileWriteException e = assertThrows(AtomicFile.FileWriteException.class,
                () -> AtomicFile.writeAll(files));
        assertTrue(e.getMessage().startsWith("cannot write /proc/approxmac-test"), e.getMessage());
        assertEquals(List.of(), listing(dir), "neither the files nor the folder made for them are left");
    }

    @Test
    void aBatchReplacesEveryFileOnceAllAreWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.v"), "old");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("a.v"), "new a".getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve("sub").resolve("b.v"), "new b".getBytes(StandardCharsets.UTF_8));
        AtomicFile.writeAll(files);
        assertEquals("new a", Files.readString(dir.resolve("a.v")));
        assertEquals("new b", Files.readString(dir.resolve("sub").resolve("b.v")));
        assertEquals(2, listing(dir).size(), "no temporary file left");
    }
}
