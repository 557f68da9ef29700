package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/** Test helper: lints Verilog with Verilator and Yosys through the {@link Toolchain}. */
public final class HdlTools {

    private HdlTools() {
    }

    /** Writes {@code verilog} to {@code dir/top.v}, and asserts Verilator -Wall and Yosys accept it silently. */
    public static void assertLintClean(Path dir, String top, String verilog) {
        Path file = dir.resolve(top + ".v");
        try {
            Files.writeString(file, verilog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertLintClean(List.of(file), top);
    }

    /** Asserts that the files with the given top pass verilator --lint-only -Wall and the yosys check. */
    public static void assertLintClean(List<Path> files, String top) {
        Toolchain tc = Toolchain.system();
        var args = new java.util.ArrayList<>(List.of("--lint-only", "-Wall", "--top-module", top));
        files.forEach(f -> args.add(f.toString()));
        ToolResult lint = tc.run(Tool.VERILATOR, args, null, Duration.ofMinutes(2));
        assertEquals("", (lint.stdout() + lint.stderr()).strip(), "verilator -Wall output for " + top);
        assertEquals(0, lint.exitCode(), "verilator exit status for " + top);
        StringBuilder script = new StringBuilder();
        files.forEach(f -> script.append("read_verilog ").append(f).append("; "));
        script.append("hierarchy -check -top ").append(top).append("; proc; check -assert");
        ToolResult yosys = tc.run(Tool.YOSYS, List.of("-q", "-p", script.toString()), null, Duration.ofMinutes(2));
        assertEquals(0, yosys.exitCode(), () -> "yosys check for " + top + ":\n" + yosys.tail(30));
    }
}
