package org.approxmac.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.approxmac.toolchain.ContentHash;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.Toolchain;

/**
 * The cost flow's entry point: measures designs with Yosys, OpenSTA and Icarus under the method of
 * docs/cost-method.md, in parallel, reusing cached results. A design whose tools fail or time out yields a failed
 * {@link CostOutcome} naming it and quoting the tool; the others still complete.
 */
public final class CostFlow {

    /** Bump when the flow's Java logic changes in a way that changes results: part of every cache key. */
    static final String FLOW_VERSION = "approxmac-cost-flow-2";

    /** The tools the flow runs, in the order their versions are reported. */
    public static final List<Tool> TOOLS = List.of(Tool.YOSYS, Tool.OPENSTA, Tool.IVERILOG, Tool.VVP);

    private CostFlow() {
    }

    /** Measures the designs with the system toolchain; outcomes in the order of {@code designs}. */
    public static List<CostOutcome> measure(List<DesignInput> designs, CostOptions options) {
        return measure(designs, options, Toolchain.system(), message -> { });
    }

    /**
     * Measures the designs; {@code progress} receives one line per design started, finished or
     * failed. Throws {@link org.approxmac.toolchain.ToolException} up front if a tool is missing.
     */
    public static List<CostOutcome> measure(List<DesignInput> designs, CostOptions options, Toolchain tools,
                                            Consumer<String> progress) {
        Map<String, String> versions = toolVersions(tools, options.toolTimeout());
        ResultCache cache = new ResultCache(options.cacheDir(), progress);
        cache.sweepAbandoned();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.jobs(), designs.size())));
        try {
            List<String> keys = new ArrayList<>();
            Map<String, Future<CostOutcome>> runs = new LinkedHashMap<>(); // a design given twice runs once
            for (DesignInput d : designs) {
                String key = cacheKey(d, options, versions);
                keys.add(key);
                runs.computeIfAbsent(key, k -> pool.submit(() -> measureOne(d, k, options, tools, versions, cache,
                        progress)));
            }
            List<CostOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < designs.size(); i++) {
                CostOutcome o = runs.get(keys.get(i)).get();
                outcomes.add(new CostOutcome(designs.get(i), o.result(), o.failure(), o.fromCache()));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re; // e.g. the cache cannot be written: the same failure for every design
            }
            throw new IllegalStateException("unexpected failure in the cost flow", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The designs' results from the cache only, nothing measured (merging what a plan's jobs left in a
     * shared cache). A design without a result for today's key fails with the reason (without the design's
     * name, which the caller has): never measured,
     * or measured with other tools or another liberty, each difference named; the result must be
     * measured here then, or on a machine with the same tools.
     */
    public static List<CostOutcome> lookup(List<DesignInput> designs, CostOptions options, Toolchain tools) {
        Map<String, String> versions = toolVersions(tools, options.toolTimeout());
        ResultCache cache = new ResultCache(options.cacheDir(), message -> { });
        List<CostOutcome> outcomes = new ArrayList<>();
        Map<String, List<CostResult>> others = null; // every result in the cache, read once at the first miss
        for (DesignInput d : designs) {
            var cached = cache.get(cacheKey(d, options, versions));
            if (cached.isPresent()) {
                outcomes.add(CostOutcome.measured(d, recountRegisters(cached.get(), options.liberty()), true));
                continue;
            }
            if (others == null) {
                others = cache.resultsBySpec();
            }
            List<String> differences = others.getOrDefault(d.like().canonical(), List.of()).stream()
                    .map(r -> difference(r, options, versions)).filter(s -> !s.isEmpty()).distinct().toList();
            outcomes.add(CostOutcome.failed(d, differences.isEmpty()
                    ? "no result in the cache (its job has not run, failed or was stopped)"
                    : FOREIGN_RESULT + differences.get(0)));
        }
        return outcomes;
    }

    /** How {@link #lookup} begins the reason of a result that the cache holds only from other tools or liberty. */
    public static final String FOREIGN_RESULT = "the cache holds it only ";

    /** How a cached result's tools or liberty differ from today's ("" if they do not). */
    private static String difference(CostResult r, CostOptions options, Map<String, String> versions) {
        for (var v : versions.entrySet()) {
            String theirs = r.toolVersions().get(v.getKey());
            if (theirs != null && !theirs.equals(v.getValue())) {
                return "measured with " + v.getKey() + " '" + theirs + "', here '" + v.getValue() + "'";
            }
        }
        if (!r.libertySha256().equals(options.liberty().sha256())) {
            return "measured on liberty " + r.libraryName() + " (sha256 " + r.libertySha256().substring(0, 16)
                    + "), here " + options.liberty().name() + " (sha256 " + options.liberty().sha256().substring(0, 16)
                    + ")";
        }
        return "";
    }

    /** Tool name to version line, e.g. {@code yosys -> Yosys 0.23 (git sha1 7ce5011c24b)}. */
    public static Map<String, String> toolVersions(Toolchain tools) {
        return toolVersions(tools, Toolchain.DEFAULT_PROBE_TIMEOUT);
    }

    /** As {@link #toolVersions(Toolchain)}, each probe bounded by {@code timeout}. */
    public static Map<String, String> toolVersions(Toolchain tools, java.time.Duration timeout) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Tool t : TOOLS) {
            tools.require(t);
        }
        for (Tool t : TOOLS) {
            v.put(t.command(), tools.version(t, timeout));
        }
        return v;
    }

    /**
     * The content hash a design's result is cached under: its RTL, top, parameter overrides and spec, every script
     * template, the liberty's content hash and the buffer and tie cells chosen from it, the tool versions, the operand distribution and seed, the
     * simulation lengths, the common clock, and the flow version.
     */
    public static String cacheKey(DesignInput design, CostOptions options, Map<String, String> toolVersions) {
        List<String> parts = new ArrayList<>();
        parts.add(FLOW_VERSION);
        parts.add(design.verilog());
        parts.add(design.top());
        parts.add(design.like().canonical());
        if (!design.parameters().isEmpty()) { // absent for generated designs, whose keys stay as they were
            parts.add("parameters=" + design.parameters());
        }
        for (ScriptTemplate t : ScriptTemplate.values()) {
            parts.add(t.source());
        }
        parts.add(options.liberty().sha256());
        parts.add(options.liberty().name());
        parts.add(options.liberty().buffer().toString());
        parts.add(options.liberty().tieHigh().toString() + options.liberty().tieLow());
        toolVersions.forEach((tool, version) -> parts.add(tool + "=" + version));
        parts.add(options.operands().cliName());
        parts.add(Long.toString(options.seed()));
        parts.add(Integer.toString(options.warmupCycles()));
        parts.add(Integer.toString(options.simCycles()));
        parts.add(Double.toString(options.clockNs()));
        switch (options.mapping()) { // nothing for the default mapping, whose keys stay as they were
            case FLAT -> { }
            case BUFFERED -> parts.add("buffered");
            case HIERARCHICAL -> parts.add("hierarchical");
        }
        if (options.yosysBooth()) {
            parts.add("yosys-booth");
        }
        return ContentHash.of(parts);
    }

    /**
     * A cached result with its register bits counted again from its cell types with today's liberty
     * reader (results cached before the reader knew Nangate45's quoted flip-flop groups counted 0);
     * everything else is as measured.
     */
    static CostResult recountRegisters(CostResult r, Liberty liberty) {
        int registers = liberty.registers(r.cellTypes());
        return registers == r.registers() ? r : new CostResult(r.spec(), r.design(), r.source(), r.liberty(),
                r.libraryName(), r.libertySha256(), r.area(), r.areaUnit(), r.cells(), registers, r.cellTypes(),
                r.delayNs(), r.clockNs(), r.powerMw(), r.internalMw(), r.switchingMw(), r.leakageMw(), r.energyPj(),
                r.pdpPj(), r.operands(), r.seed(), r.warmupCycles(), r.simCycles(), r.toolVersions(), r.stageSeconds(),
                r.cacheKey());
    }

    private static CostOutcome measureOne(DesignInput design, String key, CostOptions options, Toolchain tools,
                                          Map<String, String> versions, ResultCache cache, Consumer<String> progress) {
        var cached = cache.get(key);
        if (cached.isPresent()) {
            progress.accept(design.name() + ": cached");
            return CostOutcome.measured(design, recountRegisters(cached.get(), options.liberty()), true);
        }
        progress.accept(design.name() + ": measuring");
        Path dir = cache.newWorkDir(key);
        try {
            CostResult result = new DesignRun(design, options, dir, tools).run(key, versions);
            cache.commit(key, dir, result);
            progress.accept(design.name() + ": done");
            return CostOutcome.measured(design, result, false);
        } catch (RuntimeException e) {
            cache.discard(dir);
            String message = design.name() + " (" + design.like().canonical() + "): " + e.getMessage();
            progress.accept(design.name() + ": FAILED");
            return CostOutcome.failed(design, message);
        }
    }
}
