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
     * cannot be created or written. For a folder that does not exist yet, its nearest existing
     * ancestor must take a new folder (probed under a unique name and removed again), so the check
     * leaves nothing behind and two processes checking the same new folder at once do not collide.
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
        // The folder is missing: probe its nearest existing ancestor with a folder of a unique name
        // instead of creating (and removing) the folder itself, which would race with another process
        // (a job of the same sweep plan) creating the same folder at the same moment.
        try {
            Path probe = Files.createTempDirectory(existing, ".probe-");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(folder + " cannot be created in " + existing + " (" + reason(e) + ")");
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
