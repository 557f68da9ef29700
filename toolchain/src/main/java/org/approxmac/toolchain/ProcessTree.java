package org.approxmac.toolchain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts every external program in a session of its own ({@code setsid}), so that the program and
 * everything it starts (make's g++, a simulator's children, a child that outlives its parent while
 * holding the output pipe) can be killed together: {@link #kill} kills every process of the session,
 * found through {@code /proc}, including those whose parent already exited. Sessions still running
 * when the JVM shuts down (Ctrl-C, SIGTERM) are killed by a shutdown hook, so an interrupted run leaves
 * no vvp or g++ behind. Without {@code setsid} (not Linux) the program runs as is and only its
 * descendants are killed.
 */
final class ProcessTree {
    private static final Optional<Path> SETSID = locateSetsid();
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ProcessTree::kill), "kill-tool-sessions"));
    }

    private ProcessTree() {
    }

    /** Starts the command in its own session; {@link #release} it when done. */
    static Process start(List<String> command, Path workDir) throws IOException {
        List<String> cmd = new ArrayList<>();
        SETSID.ifPresent(s -> cmd.add(s.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Process p = pb.start();
        LIVE.add(p);
        return p;
    }

    /** Kills the program's whole session (every process in it, orphans included) and forgets it. */
    static void release(Process p) {
        kill(p);
        LIVE.remove(p);
    }

    /** Kills every process of the program's session, then the program and its descendants. */
    static void kill(Process p) {
        if (SETSID.isPresent()) {
            // setsid execs the program in place: its pid is the session id of everything it starts
            for (int round = 0; round < 3; round++) {
                List<ProcessHandle> members = sessionMembers(p.pid());
                if (members.isEmpty()) {
                    break;
                }
                members.forEach(ProcessHandle::destroyForcibly);
            }
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** The live processes whose session id is {@code sid} (from field 6 of /proc/PID/stat). */
    static List<ProcessHandle> sessionMembers(long sid) {
        List<ProcessHandle> members = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(h -> {
            if (sessionOf(h.pid()) == sid) {
                members.add(h);
            }
        });
        return members;
    }

    private static long sessionOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
            // "pid (comm) state ppid pgrp session ...": comm may hold blanks and parentheses
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[3]);
        } catch (IOException | RuntimeException e) {
            return -1; // gone, or not Linux
        }
    }

    private static Optional<Path> locateSetsid() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return Optional.empty();
        }
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path p = Path.of(dir, "setsid");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
