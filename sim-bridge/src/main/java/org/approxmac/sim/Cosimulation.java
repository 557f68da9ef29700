package org.approxmac.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.TextInput;
import org.approxmac.toolchain.AtomicFile;
import org.approxmac.toolchain.Toolchain;

/**
 * The front door of co-simulation: builds (or fetches from the cache) the model of a request's
 * RTL, checks its ports, and runs it against the golden model of the request's spec.
 */
public final class Cosimulation {
    private Cosimulation() {
    }

    /** Builds and runs; see {@link Cosim}. Bad input throws SpecException or PortMismatchException. */
    public static CosimResult run(CosimRequest request, Cosim.Progress progress) {
        return run(request, build(request), progress);
    }

    /**
     * The cycles a MAC request runs: its sequence file, or the plan of its {@code --vectors} with
     * {@code cycles} random cycles. Bad input (options, an unreadable or malformed file) throws
     * SpecException.
     */
    public static MacPlan macPlan(CosimRequest request) {
        if (request.sequence() != null) {
            Path file = request.sequence();
            String text = TextInput.read("--sequence", file, TextInput.Text.UTF8);
            return MacPlan.sequence(SequenceFile.parse(text, request.spec(), file.toString()));
        }
        if (request.cycles() < 1) {
            throw new SpecException("--cycles must be at least 1, got " + request.cycles());
        }
        return MacPlan.parse(request.vectors(), request.spec(), request.cycles(), request.seed());
    }

    /**
     * Writes the sequence file of each listed MAC mismatch (the cycles of its chunk up to the failing
     * one) to {@link CosimRequest#reproducerFile}, so that {@code cosim SPEC --sequence F} replays it.
     */
    static void writeReproducers(CosimRequest request, MacPlan plan, CosimResult result) {
        for (Mismatch m : result.firstMismatches()) {
            Path file = request.reproducerFile(m);
            int latency = request.spec().latency();
            String text = SequenceFile.write(plan.reproducer(m, latency), request.spec(),
                    "approxmac reproducer: " + request.spec().canonical() + ", class " + m.vectorClass()
                            + ", cycle " + m.index() + (request.sequence() == null ? ", seed " + request.seed() : ""),
                    (latency == 0 ? "the last cycle" : "the last cycle (latency " + latency + ": the accumulator of the"
                            + " cycle " + latency + " before it)") + " gives acc = "
                            + CosimReport.hex(m.actual(), request.spec().outputWidth())
                            + " instead of " + CosimReport.hex(m.expected(), request.spec().outputWidth()));
            try {
                Files.createDirectories(file.getParent());
                AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the reproducer " + file, e);
            }
        }
    }

    /** Builds (or fetches) the model of a request's RTL and checks its ports against the spec. */
    public static SimModel build(CosimRequest request) {
        return new ModelBuilder(Toolchain.system(), request.cacheDir(), request.idleTimeout(),
                line -> System.err.println("approxmac: " + line)).build(request.rtl(), DutShape.of(request.spec()));
    }

    /** Runs an already built model. */
    public static CosimResult run(CosimRequest request, SimModel model, Cosim.Progress progress) {
        Cosim cosim = new Cosim(Toolchain.system(), request.processes(), request.idleTimeout());
        try {
            if (request.spec().mac()) {
                MacPlan plan = macPlan(request);
                CosimResult result = cosim.mac(model, Units.mac(request.spec()), plan, progress);
                writeReproducers(request, plan, result);
                return result;
            }
            VectorPlan plan = VectorPlan.parse(request.vectors(), request.spec(), request.seed());
            if (request.spec().dot()) {
                return cosim.dot(model, Units.dot(request.spec()), plan, progress);
            }
            return cosim.multiplier(model, Units.multiplier(request.spec()), ErrorBound.of(request.spec()), plan,
                    progress);
        } catch (UnsupportedOperationException e) {
            throw new SpecException("no golden model for " + request.spec().canonical() + " yet: " + e.getMessage());
        }
    }
}
