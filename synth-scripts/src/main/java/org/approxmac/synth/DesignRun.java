package org.approxmac.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/**
 * One design through the cost flow in a working directory: wrapper, Yosys synthesis, OpenSTA delay,
 * simulation model, Icarus activity simulation, OpenSTA power at activity 0 and 1, and the combination
 * (docs/cost-method.md). Every file stays in the directory so the run can be repeated by hand.
 */
final class DesignRun {

    /** The generous clock period of the delay run: delay = period - worst slack. */
    static final double DELAY_PERIOD_NS = 1000;

    private final DesignInput design;
    private final CostOptions options;
    private final Path dir;
    private final Toolchain tools;
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();

    DesignRun(DesignInput design, CostOptions options, Path dir, Toolchain tools) {
        this.design = design;
        this.options = options;
        this.dir = dir;
        this.tools = tools;
    }

    CostResult run(String cacheKey, Map<String, String> toolVersions) {
        Liberty lib = options.liberty();
        write("design.v", design.verilog());
        write("wrapper.v", MeasurementWrapper.verilog(design.top(), design.like(), design.parameters()));
        Map<String, Object> values = new HashMap<>();
        values.put("top", MeasurementWrapper.MODULE);
        values.put("liberty", lib.file().toString());
        values.put("libertyName", lib.name());
        values.put("sources", List.of("design.v", "wrapper.v"));
        values.put("buffered", options.mapping() == Mapping.BUFFERED);
        boolean hierarchical = options.mapping() == Mapping.HIERARCHICAL;
        values.put("hierarchical", hierarchical);
        values.put("booth", options.yosysBooth());
        values.put("bufferCell", lib.buffer().cell());
        values.put("bufferIn", lib.buffer().in());
        values.put("bufferOut", lib.buffer().out());
        if (lib.tieHigh().isPresent() && lib.tieLow().isPresent()) {
            values.put("tieHigh", lib.tieHigh().get().cell() + " " + lib.tieHigh().get().out());
            values.put("tieLow", lib.tieLow().get().cell() + " " + lib.tieLow().get().out());
        }

        long t = System.nanoTime();
        write("synth.ys", ScriptTemplate.SYNTH.render(values));
        tool(Tool.YOSYS, "synthesis", "yosys.log", List.of("-s", "synth.ys"));
        YosysStat stat = YosysStat.parse(read("stat.txt"));
        requireFlat(read("netlist.v"));
        t = stage("synthesis", t);

        values.put("period", format(DELAY_PERIOD_NS));
        write("delay.tcl", ScriptTemplate.DELAY.render(values));
        String delayOut = tool(Tool.OPENSTA, "timing", "delay.log", List.of("-no_init", "-exit", "delay.tcl"));
        double delay = checked("timing", delayOut, () -> StaDelay.delayNs(delayOut, DELAY_PERIOD_NS));
        t = stage("timing", t);

        write("simmodel.ys", ScriptTemplate.SIM_MODEL.render(values));
        tool(Tool.YOSYS, "building the simulation model", "simmodel.log", List.of("-s", "simmodel.ys"));
        ActivityBench bench = new ActivityBench(design.like(), options.operands(), options.seed(),
                options.warmupCycles(), options.simCycles());
        write("testbench.v", bench.testbench());
        write("stimulus.hex", bench.stimulus());
        tool(Tool.IVERILOG, "compiling the activity simulation", "iverilog.log",
                List.of("-g2005", "-o", "sim.vvp", "testbench.v", "sim_model.v"));
        if (!Files.isRegularFile(dir.resolve("sim.vvp"))) { // else vvp would be blamed for iverilog's failure
            throw new FlowException("iverilog exited 0 but wrote no sim.vvp while compiling the activity simulation"
                    + " (see iverilog.log)");
        }
        tool(Tool.VVP, "simulating activity", "vvp.log", List.of("-n", "sim.vvp"));
        t = stage("simulation", t);
        ToggleCounts toggles = toggles(options.simCycles());
        t = stage("activity", t);

        values.put("period", format(options.clockNs()));
        List<InstancePower> atZero = power(values, 0);
        List<InstancePower> atOne = power(values, 1);
        PowerBreakdown power = checked("combining power and activity", "",
                () -> ActivityPower.combine(atZero, atOne, toggles, options.clockNs()));
        write(EnergySplit.FILE, EnergySplit.of(atZero, atOne, toggles, options.clockNs(), delay, lib.sequential(),
                hierarchical).toTsv());
        stage("power", t);

        double energyPj = power.atPeriod(delay).total() * delay * 1e3;
        double pdpPj = power.total() * delay * 1e3;
        return new CostResult(design.like().canonical(), design.name(), design.source(), lib.label(), lib.name(),
                lib.sha256(), stat.area(), lib.areaUnit(), stat.cells(), lib.registers(stat.cellTypes()), stat.cellTypes(), delay, options.clockNs(),
                power.total() * 1e3, power.internal() * 1e3, power.switching() * 1e3, power.leakage() * 1e3,
                energyPj, pdpPj, options.operands().cliName(), options.seed(), options.warmupCycles(),
                options.simCycles(), toolVersions, stageSeconds, cacheKey);
    }

    private List<InstancePower> power(Map<String, Object> values, int activity) {
        values.put("activity", activity);
        String script = "power" + activity + ".tcl";
        write(script, ScriptTemplate.POWER.render(values));
        String out = tool(Tool.OPENSTA, "power at activity " + activity, "power" + activity + ".log",
                List.of("-no_init", "-exit", script));
        return checked("power at activity " + activity, out, () -> InstancePower.parse(out));
    }

    private ToggleCounts toggles(int cycles) {
        Path vcd = dir.resolve("activity.vcd");
        try (BufferedReader in = Files.newBufferedReader(vcd, StandardCharsets.ISO_8859_1)) {
            return ToggleCounts.fromVcd(in, cycles);
        } catch (IOException e) {
            throw new FlowException("the activity simulation wrote no readable " + vcd.getFileName() + ": "
                    + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(vcd); // large, and fully summarised by the toggle counts
                Files.deleteIfExists(dir.resolve("sim.vvp"));
            } catch (IOException ignored) {
                // the run directory is removed or kept as a whole anyway
            }
        }
    }

    /** Runs a tool in the directory, keeps its output in {@code log}, and returns its stdout. */
    private String tool(Tool tool, String what, String log, List<String> args) {
        ToolResult r = tools.run(tool, args, dir, options.toolTimeout());
        write(log, r.stdout() + (r.stderr().isBlank() ? "" : "\n--- stderr ---\n" + r.stderr()));
        r.requireOk(what);
        return r.stdout();
    }

    /** Parses a tool's output; a parse failure quotes the end of that output (e.g. a Tcl error). */
    private <T> T checked(String what, String output, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            String tail = output.isBlank() ? "" : ":\n" + tail(output, 15);
            throw new FlowException(what + ": " + e.getMessage() + tail);
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    private long stage(String name, long start) {
        long now = System.nanoTime();
        stageSeconds.put(name, Math.round((now - start) / 1e6) / 1e3);
        return now;
    }

    private void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses a mapped netlist with more than one module: the area, timing and power steps measure the
     * top module's cells only, so a submodule's cells would be silently left out.
     */
    static void requireFlat(String netlist) {
        List<String> modules = netlist.lines()
                .filter(l -> l.startsWith("module "))
                .map(l -> l.substring("module ".length()).split("[ (]")[0])
                .toList();
        if (modules.size() != 1) {
            throw new FlowException("the mapped netlist has " + modules.size() + " modules (" + String.join(", ", modules)
                    + "), not one flattened top: the area, timing and power steps would miss cells");
        }
    }

    private String read(String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new FlowException("expected " + name + " from the previous step, but it was not written");
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A step of the flow produced no usable output although the tool exited normally. */
    static final class FlowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FlowException(String message) {
            super(message);
        }
    }
}
