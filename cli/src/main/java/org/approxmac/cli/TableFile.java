package org.approxmac.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV table atomically (temporary file, then move). An existing file is replaced only if its
 * first line is the table's own header, i.e. approxmac wrote it; anything else is refused (exit 2).
 */
final class TableFile {
    private TableFile() {
    }

    static void check(String option, Path target, String header) {
        if (target == null) {
            return;
        }
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new UsageError(option + ": " + target + " must end in .csv");
        }
        if (Files.isDirectory(target)) {
            throw new UsageError(option + ": " + target + " is a directory");
        }
        if (Files.exists(target) && !firstLine(target).equals(header)) {
            throw new UsageError(option + ": refusing to overwrite " + target
                    + ": not a table approxmac wrote (remove it or choose another name)");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageError(option + ": directory " + dir + " does not exist");
        }
    }

    static void write(String option, Path target, String header, String content) {
        check(option, target, header);
        GeneratedFiles files = new GeneratedFiles();
        files.add(target, content, text -> text.lines().findFirst().orElse("").equals(header));
        files.write();
    }

    private static String firstLine(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            return line == null ? "" : line;
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
