package org.approxmac.hdl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.builder.Design;
import org.approxmac.hdl.builder.Module;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignalKind;
import org.approxmac.hdl.render.VerilogRenderer;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/**
 * Simulates several generated designs in ONE Verilator build (compiles are the expensive part on a
 * small machine). A generated {@code sim_top} instantiates each design as {@code u_d<i>} with its
 * ports prefixed {@code d<i>_} and one shared {@code clk}; a generated C++ driver reads one line of
 * hexadecimal input values per clock cycle from stdin, applies them, raises the clock and prints the
 * outputs after the edge (combinational outputs equal their value for the same inputs).
 */
final class VerilatorHarness {

    /** One design under test: its generated text and top module. */
    record Dut(GeneratedDesign design, Module top) {
    }

    private final List<Dut> duts;
    private final Path dir;
    private final List<Signal> inputs = new ArrayList<>();
    private final List<Signal> outputs = new ArrayList<>();
    private Path binary;

    VerilatorHarness(List<Dut> duts, Path dir) {
        this.duts = List.copyOf(duts);
        this.dir = dir;
    }

    /** Writes every design's file and the harness top {@code sim_top.v}; returns the Verilog files. */
    List<Path> writeSources() {
        try {
            List<Path> files = new ArrayList<>();
            for (Dut d : duts) {
                Path f = dir.resolve(d.design().fileName());
                Files.writeString(f, d.design().verilog());
                files.add(f);
            }
            inputs.clear();
            outputs.clear();
            Module top = harnessTop();
            Path topFile = dir.resolve("sim_top.v");
            Files.writeString(topFile, new VerilogRenderer().render(new Design(top, List.of(top)), List.of("harness")));
            files.add(topFile);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sources and builds the simulator (one Verilator build for all designs). */
    void build() {
        List<String> args = new ArrayList<>(List.of("--cc", "--exe", "--build", "-j", "2",
                "--top-module", "sim_top", "-Mdir", dir.resolve("obj").toString(),
                "-MAKEFLAGS", "OPT_FAST=-O0", "-MAKEFLAGS", "OPT_SLOW=-O0", "-MAKEFLAGS", "OPT_GLOBAL=-O0"));
        writeSources().forEach(f -> args.add(f.toString()));
        try {
            Path main = dir.resolve("sim_main.cpp");
            Files.writeString(main, driver());
            args.add(main.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Toolchain.system().run(Tool.VERILATOR, args, dir, Duration.ofMinutes(10)).requireOk("building the simulation");
        binary = dir.resolve("obj").resolve("Vsim_top");
    }

    /**
     * Runs the cycles: {@code cycles.get(t).get(i)} maps design i's input port names to values at
     * cycle t ({@code clk} excluded, missing ports 0). Returns the outputs per cycle and design.
     */
    List<List<Map<String, BigInteger>>> run(List<List<Map<String, BigInteger>>> cycles) {
        StringBuilder in = new StringBuilder();
        for (List<Map<String, BigInteger>> cycle : cycles) {
            List<String> tokens = new ArrayList<>();
            for (Signal s : inputs) {
                int i = dutIndex(s);
                tokens.add(cycle.get(i).getOrDefault(portName(s), BigInteger.ZERO).toString(16));
            }
            in.append(String.join(" ", tokens)).append('\n');
        }
        ToolResult r = Toolchain.system().runProgram(Tool.VERILATOR, List.of(binary.toString()), dir,
                Duration.ofMinutes(5), in.toString()).requireOk("running the simulation");
        List<List<Map<String, BigInteger>>> out = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] tok = line.trim().split(" ");
            List<Map<String, BigInteger>> perDut = new ArrayList<>();
            for (int i = 0; i < duts.size(); i++) {
                perDut.add(new LinkedHashMap<>());
            }
            for (int j = 0; j < outputs.size(); j++) {
                Signal s = outputs.get(j);
                perDut.get(dutIndex(s)).put(portName(s), new BigInteger(tok[j], 16));
            }
            out.add(perDut);
        }
        if (out.size() != cycles.size()) {
            throw new IllegalStateException("simulation printed " + out.size() + " cycles, expected " + cycles.size());
        }
        return out;
    }

    private static int dutIndex(Signal s) {
        return Integer.parseInt(s.name().substring(1, s.name().indexOf('_')));
    }

    private static String portName(Signal s) {
        return s.name().substring(s.name().indexOf('_') + 1);
    }

    private Module harnessTop() {
        ModuleBuilder m = new ModuleBuilder("sim_top");
        Signal clk = m.input("clk", 1);
        boolean clockUsed = false;
        for (int i = 0; i < duts.size(); i++) {
            Module top = duts.get(i).top();
            Map<String, Signal> conn = new HashMap<>();
            for (Signal p : top.ports()) {
                if (p.name().equals("clk")) {
                    conn.put("clk", clk);
                    clockUsed = true;
                } else if (p.kind() == SignalKind.INPUT) {
                    Signal s = m.input("d" + i + "_" + p.name(), p.width());
                    inputs.add(s);
                    conn.put(p.name(), s);
                } else {
                    Signal s = m.output("d" + i + "_" + p.name(), p.width());
                    outputs.add(s);
                    conn.put(p.name(), s);
                }
            }
            m.instance("u_d" + i, top, conn);
        }
        if (!clockUsed) {
            m.discard(clk, "no clocked design in this batch");
        }
        return m.build();
    }

    private String driver() {
        StringBuilder c = new StringBuilder();
        c.append("#include \"Vsim_top.h\"\n#include \"verilated.h\"\n#include <cstdint>\n#include <cstdio>\n")
                .append("#include <iostream>\n#include <string>\n\n")
                .append("static uint64_t hex64(const std::string& s) { return std::stoull(s, nullptr, 16); }\n")
                .append("static uint32_t word(const std::string& s, int i) {\n")
                .append("    int end = (int) s.size() - 8 * i;\n    if (end <= 0) return 0;\n")
                .append("    int start = end - 8 < 0 ? 0 : end - 8;\n")
                .append("    return (uint32_t) std::stoul(s.substr(start, end - start), nullptr, 16);\n}\n\n")
                .append("int main(int argc, char** argv) {\n    Verilated::commandArgs(argc, argv);\n")
                .append("    Vsim_top* top = new Vsim_top;\n    std::string tok;\n")
                .append("    top->clk = 0;\n    top->eval();\n    while (std::cin >> tok) {\n");
        for (int i = 0; i < inputs.size(); i++) {
            Signal s = inputs.get(i);
            if (i > 0) {
                c.append("        std::cin >> tok;\n");
            }
            if (s.width() <= 64) {
                c.append("        top->").append(s.name()).append(" = hex64(tok);\n");
            } else {
                c.append("        for (int i = 0; i < ").append(words(s)).append("; i++) top->").append(s.name())
                        .append("[i] = word(tok, i);\n");
            }
        }
        c.append("        top->clk = 0;\n        top->eval();\n        top->clk = 1;\n        top->eval();\n");
        for (int j = 0; j < outputs.size(); j++) {
            Signal s = outputs.get(j);
            String sep = j == 0 ? "" : " ";
            if (s.width() <= 64) {
                c.append("        printf(\"").append(sep).append("%llx\", (unsigned long long) top->")
                        .append(s.name()).append(");\n");
            } else {
                c.append("        printf(\"").append(sep).append("\");\n")
                        .append("        for (int i = ").append(words(s) - 1).append("; i >= 0; i--) printf(\"%08x\", top->")
                        .append(s.name()).append("[i]);\n");
            }
        }
        c.append("        printf(\"\\n\");\n    }\n    top->final();\n    delete top;\n    return 0;\n}\n");
        return c.toString();
    }

    private static int words(Signal s) {
        return (s.width() + 31) / 32;
    }
}
