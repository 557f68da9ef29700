package org.approxmac.toolchain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Writes several files all or nothing: every content goes to a temporary file next to its target
     * first (where a full disk or a permission problem shows), and only when all are written are they
     * moved into place. On failure every temporary file and every folder this call created is removed
     * and the exception names the file that could not be written.
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        List<Path> createdDirs = new ArrayList<>();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = f.getKey().toAbsolutePath();
                createDirectories(target.getParent(), createdDirs);
                Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                        + ".tmp");
                staged.put(f.getKey(), tmp);
                try {
                    Files.write(tmp, f.getValue(), StandardOpenOption.CREATE_NEW);
                } catch (IOException e) {
                    throw new FileWriteException(f.getKey(), e);
                }
            }
            for (Map.Entry<Path, Path> m : staged.entrySet()) {
                try {
                    Files.move(m.getValue(), m.getKey(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(m.getValue(), m.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            createdDirs.clear();
        } finally {
            for (Path tmp : staged.values()) {
                Files.deleteIfExists(tmp);
            }
            for (int i = createdDirs.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(createdDirs.get(i));
                } catch (IOException e) {
                    // not empty: something else wrote there meanwhile; leave it
                }
            }
        }
    }

    /** Creates the folder and its missing parents, recording (outermost first) those it created. */
    private static void createDirectories(Path dir, List<Path> created) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectories(dir.getParent(), created);
        try {
            Files.createDirectory(dir);
            created.add(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new FileWriteException(dir, new IOException("it exists and is not a folder"));
            }
        } catch (IOException e) {
            throw new FileWriteException(dir, e);
        }
    }

    /** A file of a batch that could not be written: names it and the reason (e.g. no space left on device). */
    public static final class FileWriteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        FileWriteException(Path file, IOException cause) {
            super("cannot write " + file + ": " + reason(cause), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }

        /** Whether the cause is a permission or read-only problem (the user's to fix) rather than e.g. a full disk. */
        public boolean denied() {
            return getCause() instanceof AccessDeniedException
                    || String.valueOf(getCause().getMessage()).contains("Read-only file system");
        }

        private static String reason(IOException e) {
            return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        }
    }
}
