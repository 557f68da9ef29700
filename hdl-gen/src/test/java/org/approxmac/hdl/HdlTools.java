package org.approxmac.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.builder.Design;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignalKind;
import org.approxmac.hdl.render.VerilogRenderer;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/** Test helper: lints Verilog with Verilator and Yosys through the {@link Toolchain}. */
public final class HdlTools {
    /** The top module {@link #assertLintCleanTogether} writes around the designs. */
    static final String LINT_TOP = "lint_top";

    private HdlTools() {
    }

    /** Writes {@code verilog} to {@code dir/top.v}, and asserts Verilator -Wall and Yosys accept it silently. */
    public static void assertLintClean(Path dir, String top, String verilog) {
        assertLintClean(List.of(write(dir.resolve(top + ".v"), verilog)), top);
    }

    /**
     * Lints the generated designs of several specs in one run of each tool: their files plus a top
     * module {@value #LINT_TOP} that instantiates every design, its ports brought out as
     * {@code d<i>_<port>} (one shared {@code clk}).
     */
    static void assertLintCleanTogether(Path dir, List<UnitSpec> specs) {
        List<Path> files = new ArrayList<>();
        List<HdlModule> tops = new ArrayList<>();
        for (UnitSpec s : specs) {
            GeneratedDesign d = Rtl.generate(s);
            files.add(write(dir.resolve(d.fileName()), d.verilog()));
            tops.add(Rtl.module(s, d.moduleName()));
        }
        HdlModule top = lintTop(tops);
        files.add(write(dir.resolve(LINT_TOP + ".v"),
                new VerilogRenderer().render(new Design(top, List.of(top)), List.of("lint wrapper"))));
        assertLintClean(files, LINT_TOP);
    }

    /** Asserts that the files with the given top pass verilator --lint-only -Wall and the yosys check. */
    public static void assertLintClean(List<Path> files, String top) {
        Toolchain tc = Toolchain.system();
        var args = new ArrayList<>(List.of("--lint-only", "-Wall", "--top-module", top));
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

    private static HdlModule lintTop(List<HdlModule> designs) {
        ModuleBuilder m = new ModuleBuilder(LINT_TOP);
        Signal clk = m.input("clk", 1);
        boolean clockUsed = false;
        for (int i = 0; i < designs.size(); i++) {
            Map<String, Signal> connections = new HashMap<>();
            for (Signal p : designs.get(i).ports()) {
                if (p.name().equals("clk")) {
                    connections.put("clk", clk);
                    clockUsed = true;
                } else {
                    String name = "d" + i + "_" + p.name();
                    connections.put(p.name(), p.kind() == SignalKind.INPUT ? m.input(name, p.width())
                            : m.output(name, p.width()));
                }
            }
            m.instance("u_d" + i, designs.get(i), connections);
        }
        if (!clockUsed) {
            m.discard(clk, "no clocked design among these");
        }
        return m.build();
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
