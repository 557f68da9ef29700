package org.approxmac.hdl.user;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Verilator-style file list ({@code -f FILE}): source files, whitespace separated, {@code //} and
 * block comments allowed; {@code +incdir+DIR[+DIR...]} and {@code -I DIR} / {@code -IDIR} add
 * include folders, {@code -v FILE} adds a source, {@code -f LIST} / {@code -F LIST} read a nested
 * list. Relative paths are resolved against the folder of the list that names them (as Verilator's
 * {@code -F} does), so a list works from any working directory.
 *
 * @param files       the source files, in order
 * @param includeDirs the include folders, in order
 */
public record FileList(List<Path> files, List<Path> includeDirs) {
    private static final int MAX_NESTING = 16;

    public FileList {
        files = List.copyOf(files);
        includeDirs = List.copyOf(includeDirs);
    }

    /** Reads a list (and the lists it names). */
    public static FileList read(Path list) {
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        read(list, files, dirs, 0);
        return new FileList(files, dirs);
    }

    private static void read(Path list, List<Path> files, List<Path> dirs, int depth) {
        if (depth > MAX_NESTING) {
            throw new UserRtlException("-f " + list + ": file lists nested deeper than " + MAX_NESTING
                    + " levels (does a list name itself?)");
        }
        Path base = list.getParent() == null ? Path.of("") : list.getParent();
        String[] words = VerilogText.blankComments(VerilogText.read(list, "-f file list")).strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            boolean takesNext = w.equals("-f") || w.equals("-F") || w.equals("-I") || w.equals("-v");
            if (takesNext && i + 1 >= words.length) {
                throw new UserRtlException("-f " + list + ": '" + w + "' at the end of the list needs a path after it");
            }
            if (w.equals("-f") || w.equals("-F")) {
                read(base.resolve(words[++i]), files, dirs, depth + 1);
            } else if (w.equals("-I")) {
                dirs.add(base.resolve(words[++i]));
            } else if (w.equals("-v")) {
                files.add(base.resolve(words[++i]));
            } else if (w.startsWith("-I")) {
                dirs.add(base.resolve(w.substring(2)));
            } else if (w.startsWith("+incdir+")) {
                for (String d : w.substring("+incdir+".length()).split("\\+")) {
                    if (!d.isEmpty()) {
                        dirs.add(base.resolve(d));
                    }
                }
            } else if (w.startsWith("-") || w.startsWith("+")) {
                throw new UserRtlException("-f " + list + ": '" + w + "' is not supported in a file list (accepted:"
                        + " source files, -f/-F LIST, +incdir+DIR, -I DIR, -v FILE)");
            } else {
                files.add(base.resolve(w));
            }
        }
    }
}
