package org.approxmac.analysis.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file next to the target, which
 * is then moved over it, so a failed or interrupted run never leaves a partial file. The temporary
 * file is created with {@code CREATE_NEW} (not {@code createTempFile}) so that it gets the umask's
 * permissions, and is removed if anything fails. Whether the target may be replaced at all is the
 * caller's decision (approxmac replaces only files it generated).
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target}; the target's directory must exist. */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
