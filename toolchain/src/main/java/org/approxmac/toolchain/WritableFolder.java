package org.approxmac.toolchain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The check that a folder approxmac is about to write into (a cache, an output folder) is usable, made before any work. */
public final class WritableFolder {

    private WritableFolder() {
    }

    /**
     * Why a folder cannot be written to, or empty if it can: it (or an ancestor) is not a folder, or it
     * cannot be created or written. A folder that does not exist yet is created for the test and
     * removed again, so the check leaves nothing behind.
     */
    public static Optional<String> problem(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(folder + " cannot be created");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(existing.equals(dir) ? folder + " is not a folder"
                    : folder + " cannot be created: " + existing + " is not a folder");
        }
        if (existing.equals(dir)) {
            return Files.isWritable(dir) && Files.isExecutable(dir) ? writeProbe(dir, folder)
                    : Optional.of(folder + " is not writable");
        }
        Path top = existing.resolve(dir.getName(existing.getNameCount()));
        try {
            Files.createDirectories(dir);
            return writeProbe(dir, folder);
        } catch (IOException e) {
            return Optional.of(folder + " cannot be created in " + existing + " (" + reason(e) + ")");
        } finally {
            deleteEmptyChain(dir, top);
        }
    }

    private static Optional<String> writeProbe(Path dir, Path folder) {
        try {
            Path probe = Files.createTempFile(dir, ".probe-", "");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(folder + " is not writable (" + reason(e) + ")");
        }
    }

    /** Deletes the empty folders from {@code dir} up to and including {@code top} (those the probe made). */
    private static void deleteEmptyChain(Path dir, Path top) {
        for (Path p = dir; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty or not ours to remove: stop
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file system does not allow it";
        }
        return String.valueOf(e.getMessage());
    }
}
