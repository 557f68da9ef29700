package org.approxmac.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.approxmac.golden.Bits;
import org.approxmac.golden.DotProduct;
import org.approxmac.golden.Mac;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.sim.VectorPlan.Part;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.Toolchain;

/**
 * The bridge: drives built models with vectors from several simulator processes at once and checks
 * every output against the golden model (and, for integer multipliers, the analytic error bound).
 *
 * <p>Each process has a writer thread, which generates operand batches and writes commands, and a
 * reader (the worker thread itself), which reads the outputs and checks them; a small queue tells
 * the reader which command each output belongs to. Work is cut into chunks of {@value #CHUNK}
 * vectors whose contents depend only on the seed and the chunk number (chunk c goes to process
 * c mod P), so results and reproducers do not depend on the number of processes.
 */
public final class Cosim {
    /** How many problems a result lists. */
    public static final int REPORTED = 10;
    /** Vectors (or MAC cycles) per chunk. */
    static final int CHUNK = 1 << 16;
    private static final long ENUMERATION_TASK = 1L << 22;
    private static final int QUEUE = 4;

    /** Receives the number of vectors checked, as they are checked (from several threads). */
    public interface Progress {
        Progress NONE = n -> { };

        void advanced(long vectors);
    }

    private final Toolchain toolchain;
    private final int processes;
    private final Duration idleTimeout;

    /**
     * @param processes   simulator processes to run in parallel (each with its own checking thread)
     * @param idleTimeout how long a simulator may stay silent while output is awaited before it is
     *                    declared hung and killed
     */
    public Cosim(Toolchain toolchain, int processes, Duration idleTimeout) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1");
        }
        this.toolchain = toolchain;
        this.processes = processes;
        this.idleTimeout = idleTimeout;
    }

    // ---------------------------------------------------------------------------------- tasks

    /** A command for one simulator and what the reader needs to check its answer. */
    private sealed interface Task permits Batch, Enumeration, End {
    }

    /** n vectors (or MAC cycles); a and b hold K lane operands per vector, vector i's at i*K .. i*K+K-1. */
    private record Batch(int classOrder, String label, long first, long[] a, long[] b, byte[] flags, int n)
            implements Task {
    }

    private record Enumeration(int classOrder, String label, long start, long count, long stride) implements Task {
    }

    private record End() implements Task {
    }

    private static final End END = new End();

    /** A lazily generated task list of one process (generation runs on the writer thread). */
    private interface TaskSource {
        void forEach(TaskSink sink) throws IOException, InterruptedException;
    }

    private interface TaskSink {
        void accept(Task t) throws IOException, InterruptedException;
    }

    /**
     * Checks output record {@code i} of a frame (every member's result in it); index is the vector's
     * index within its class, its lane operands a[at ..], b[at ..]; tallies has one entry per member.
     */
    private interface OutputCheck {
        void check(Tally[] tallies, int classOrder, String label, long index, long[] a, long[] b, int at, int flags,
                   SimSession session, byte[] frame, int i);
    }

    // ---------------------------------------------------------------------------------- multipliers

    /** Co-simulates a multiplier over the plan's vectors. */
    public CosimResult multiplier(SimModel model, Multiplier golden, Optional<ErrorBound> bound, VectorPlan plan,
                                  Progress progress) {
        return multipliers(model, List.of(golden), List.of(bound), plan, progress).get(0);
    }

    /**
     * Co-simulates a batch of multipliers of one shape (see {@link BatchRtl}), member k against
     * {@code goldens.get(k)}, all on the same vectors (drawn for the first member's spec).
     */
    public List<CosimResult> multipliers(SimModel model, List<Multiplier> goldens, List<Optional<ErrorBound>> bounds,
                                         VectorPlan plan, Progress progress) {
        return multipliers(model, goldens, bounds, plan, new OperandSampler(goldens.get(0).spec()).pairs(), progress);
    }

    /**
     * Co-simulates a dot-product unit over the plan's vectors: each vector is K lane pairs, every lane
     * drawn from the plan's one-lane classes ({@link LaneStimulus}; exhaustive: every lane sees every pair).
     */
    public CosimResult dot(SimModel model, DotProduct golden, VectorPlan plan, Progress progress) {
        return dots(model, List.of(golden), plan, progress).get(0);
    }

    /** Co-simulates a batch of dot-product units of one shape (see {@link BatchRtl}) on the same vectors. */
    public List<CosimResult> dots(SimModel model, List<DotProduct> goldens, VectorPlan plan, Progress progress) {
        return vectors(model, goldens.stream().map(VectorGolden::of).toList(),
                goldens.stream().map(g -> Optional.<ErrorBound>empty()).toList(), plan,
                new OperandSampler(goldens.get(0).spec().lane()).pairs(), progress);
    }

    /**
     * As {@link #multipliers(SimModel, List, List, VectorPlan, Progress)}, with the plan's random
     * vectors drawn from {@code random} instead of the stratified sampler.
     */
    List<CosimResult> multipliers(SimModel model, List<Multiplier> goldens, List<Optional<ErrorBound>> bounds,
                                  VectorPlan plan, Stimulus random, Progress progress) {
        return vectors(model, goldens.stream().map(VectorGolden::of).toList(), bounds, plan, random, progress);
    }

    private List<CosimResult> vectors(SimModel model, List<VectorGolden> goldens, List<Optional<ErrorBound>> bounds,
                                      VectorPlan plan, Stimulus random, Progress progress) {
        int n = model.shape().operandWidth();
        int lanes = model.shape().lanes();
        Stimulus cornerPairs = LaneStimulus.of(CornerOperands.pairs(goldens.get(0).spec().lane()), lanes);
        Stimulus randomPairs = LaneStimulus.of(random, lanes);
        List<String> labels = plan.parts().stream().map(p -> p.vectorClass().label()).toList();
        IntFunction<TaskSource> sources = w -> sink -> {
            for (int order = 0; order < plan.parts().size(); order++) {
                Part part = plan.parts().get(order);
                String label = part.vectorClass().label();
                switch (part.vectorClass()) {
                    case PAIR -> {
                        if (w == 0) {
                            sink.accept(new Batch(order, label, 0, part.a(), part.b(), null, 1));
                        }
                    }
                    case EXHAUSTIVE -> {
                        long per = (part.count() + processes - 1) / processes;
                        long from = Math.min(part.count(), w * per);
                        long to = Math.min(part.count(), from + per);
                        for (long s = from; s < to; s += ENUMERATION_TASK) {
                            sink.accept(new Enumeration(order, label, s, Math.min(ENUMERATION_TASK, to - s), 1));
                        }
                    }
                    case CORNERS -> chunks(sink, w, order, label, part.count(), plan.seed(), false, cornerPairs);
                    case RANDOM -> chunks(sink, w, order, label, part.count(), plan.seed(), false, randomPairs);
                }
            }
        };
        return run(model, specs(goldens.stream().map(VectorGolden::spec).toList()), labels, plan.seed(), sources,
                w -> multiplierCheck(goldens, bounds, model.shape()), n, progress);
    }

    /**
     * Worker {@code w}'s chunks (every {@code processes}-th) of {@code count} vectors or cycles from
     * the stimulus, each from the random stream of its chunk number.
     */
    private void chunks(TaskSink sink, int w, int order, String label, long count, long seed, boolean mac,
                        Stimulus stimulus) throws IOException, InterruptedException {
        for (long c = w; c * CHUNK < count; c += processes) {
            sink.accept(chunk(c, order, label, count, seed, mac, stimulus));
        }
    }

    /**
     * Chunk {@code c} of a class of {@code count} vectors or cycles of K lanes each, from the chunk's own
     * random stream.
     */
    private static Batch chunk(long c, int order, String label, long count, long seed, boolean mac,
                               Stimulus stimulus) {
        long first = c * CHUNK;
        int len = (int) Math.min(CHUNK, count - first);
        long[] a = new long[len * stimulus.lanes()];
        long[] b = new long[len * stimulus.lanes()];
        byte[] flags = mac ? new byte[len] : null;
        stimulus.fill(first, new SplittableRandom(chunkSeed(seed, c)), a, b, flags);
        return new Batch(order, label, first, a, b, flags, len);
    }

    /**
     * Drives the plain enumeration {@code i * stride mod 2^(2N)} for {@code i < count} (the vectors of
     * {@code bench cosim}) through the full bridge: streaming, golden check and bound check.
     */
    public CosimResult enumeration(SimModel model, Multiplier golden, Optional<ErrorBound> bound, long count,
                                   long stride, Progress progress) {

        IntFunction<TaskSource> sources = w -> sink -> {
            long per = (count + processes - 1) / processes;
            long from = Math.min(count, w * per);
            long to = Math.min(count, from + per);
            for (long s = from; s < to; s += ENUMERATION_TASK) {
                sink.accept(new Enumeration(0, "enumeration", s, Math.min(ENUMERATION_TASK, to - s), stride));
            }
        };
        return run(model, specs(List.of(golden.spec())), List.of("enumeration"), 0, sources,
                w -> multiplierCheck(List.of(VectorGolden.of(golden)), List.of(bound), model.shape()),
                model.shape().operandWidth(), progress).get(0);
    }

    private static OutputCheck multiplierCheck(List<VectorGolden> goldens, List<Optional<ErrorBound>> bounds,
                                               DutShape shape) {
        int members = shape.members();
        VectorGolden[] golden = goldens.toArray(new VectorGolden[0]);
        ErrorBound[] bound = bounds.stream().map(b -> b.orElse(null)).toArray(ErrorBound[]::new);
        if (golden.length != members || bound.length != members) {
            throw new IllegalArgumentException(members + " members but " + golden.length + " golden models");
        }
        if (shape.outputWidth() > 64) {
            return (tallies, order, label, index, a, b, at, flags, session, frame, i) -> {
                BigInteger record = session.wideRecord(frame, i);
                for (int m = 0; m < members; m++) {
                    BigInteger actual = session.member(record, m);
                    BigInteger expected = golden[m].outputWide(a, b, at);
                    String violation = bound[m] == null ? null : bound[m].violation(a[at], b[at], actual);
                    if (!expected.equals(actual) || violation != null) {
                        tallies[m].problem(order, Mismatch.of(label, index, a, b, at, shape.lanes(), -1, expected,
                                actual, violation, null));
                    }
                }
            };
        }
        // a pipelined multiplier's wrong products are checked against its neighbours' (one check per worker)
        ProductShift[] shift = new ProductShift[members];
        for (int m = 0; m < members && shape.latency() > 0; m++) {
            shift[m] = new ProductShift(shape.latency());
        }
        return (tallies, order, label, index, a, b, at, flags, session, frame, i) -> {
            for (int m = 0; m < members; m++) {
                long actual = members == 1 ? session.output(frame, i) : session.output(frame, i, m);
                long expected = golden[m].output(a, b, at);
                String violation = bound[m] == null ? null : bound[m].violation(a[at], b[at], actual);
                String hint = shift[m] == null ? null : shift[m].record(tallies[m], order, index, expected, actual);
                if (expected != actual || violation != null) {
                    tallies[m].problem(order, Mismatch.of(label, index, a, b, at, shape.lanes(), -1,
                            Bits.unsigned(expected), Bits.unsigned(actual), violation, hint));
                }
            }
        };
    }

    // ---------------------------------------------------------------------------------- MACs

    /**
     * Co-simulates a MAC over {@code cycles} random cycles: chunks of {@value #CHUNK} cycles, each
     * starting with a reset, with rst, en and clr drawn per cycle and operands from the stratified
     * sampler or the corners. {@code acc} is compared on every cycle.
     */
    public CosimResult mac(SimModel model, Mac golden, long cycles, long seed, Progress progress) {
        return mac(model, golden, MacPlan.randomOnly(golden.spec(), cycles, seed), progress);
    }

    /** Co-simulates a MAC over the plan's classes of cycles; {@code acc} is compared on every cycle. */
    public CosimResult mac(SimModel model, Mac golden, MacPlan plan, Progress progress) {
        return macs(model, List.of(golden), plan, progress).get(0);
    }

    /** Co-simulates a batch of MACs of one shape on the same cycles, member k against {@code goldens.get(k)}. */
    public List<CosimResult> macs(SimModel model, List<Mac> goldens, long cycles, long seed, Progress progress) {
        return macs(model, goldens, MacPlan.randomOnly(goldens.get(0).spec(), cycles, seed), progress);
    }

    /** As {@link #macs(SimModel, List, long, long, Progress)}, with the cycles drawn from {@code sequence}. */
    List<CosimResult> macs(SimModel model, List<Mac> goldens, Stimulus sequence, long cycles, long seed,
                           Progress progress) {
        return macs(model, goldens, new MacPlan(List.of(new MacPlan.Part("cycles", cycles, sequence, false)), seed),
                progress);
    }

    /**
     * Co-simulates a batch of MACs of one shape over the plan's classes, member k against
     * {@code goldens.get(k)}. A sequential class runs all its chunks on the first process.
     */
    public List<CosimResult> macs(SimModel model, List<Mac> goldens, MacPlan plan, Progress progress) {
        if (goldens.size() != model.shape().members()) {
            throw new IllegalArgumentException(model.shape().members() + " members but " + goldens.size() + " MACs");
        }
        int lanes = model.shape().lanes();
        IntFunction<TaskSource> sources = w -> sink -> {
            for (int order = 0; order < plan.parts().size(); order++) {
                MacPlan.Part part = plan.parts().get(order);
                Stimulus stimulus = LaneStimulus.of(part.stimulus(), lanes);
                if (!part.sequential()) {
                    chunks(sink, w, order, part.label(), part.count(), plan.seed(), true, stimulus);
                } else if (w == 0) {
                    for (long c = 0; c * CHUNK < part.count(); c++) {
                        sink.accept(chunk(c, order, part.label(), part.count(), plan.seed(), true, stimulus));
                    }
                }
            }
        };
        return run(model, specs(goldens.stream().map(Mac::spec).toList()), plan.labels(), plan.seed(), sources,
                w -> macCheck(goldens, model.shape()), model.shape().operandWidth(), progress);
    }

    /** How many cycles beyond its latency a wrong output is compared with, to see whether it is shifted. */
    static final int SHIFT_LOOKBACK = 8;

    /**
     * The recent cycles of one MAC member: inputs and the golden accumulator after each, in rings
     * indexed by the member's cycle count. An accumulator of up to 64 bits is kept as a {@code long},
     * so the per-cycle check allocates nothing; wider ones as the golden model's {@link BigInteger}.
     */
    private static final class History {
        final String[] label;
        final long[] index;
        final int lanes;
        final long[] a;
        final long[] b;
        final int[] flags;
        final long[] narrow;
        final BigInteger[] wide;

        History(int size, boolean wideAccumulator, int lanes) {
            label = new String[size];
            index = new long[size];
            this.lanes = lanes;
            a = new long[size * lanes];
            b = new long[size * lanes];
            flags = new int[size];
            narrow = wideAccumulator ? null : new long[size];
            wide = wideAccumulator ? new BigInteger[size] : null;
        }

        int slot(long cycle) {
            return (int) (cycle % label.length);
        }

        void put(long cycle, String l, long i, long[] x, long[] y, int at, int f, MacState state) {
            int s = slot(cycle);
            label[s] = l;
            index[s] = i;
            System.arraycopy(x, at, a, s * lanes, lanes);
            System.arraycopy(y, at, b, s * lanes, lanes);
            flags[s] = f;
            if (wide == null) {
                narrow[s] = state.accumulatorBits();
            } else {
                wide[s] = state.accumulator();
            }
        }

        BigInteger expected(long cycle) {
            int s = slot(cycle);
            return wide == null ? Bits.unsigned(narrow[s]) : wide[s];
        }
    }

    /**
     * A MAC check holding the golden MAC registers of one worker's sequence (one check per worker). A
     * member of latency L (the spec's {@code stages}, 0 for a combinational MAC) shows, after cycle i,
     * the accumulator the golden MAC had after cycle i - L; its first L cycles (the pipeline filling)
     * are not compared, and a mismatch names the inputs of cycle i - L. A wrong output that equals the
     * golden accumulator of a nearby cycle instead (up to L cycles later or {@link #SHIFT_LOOKBACK}
     * earlier) carries a hint that the outputs appear shifted, with the latency that would fit.
     */
    private static OutputCheck macCheck(List<Mac> goldens, DutShape shape) {
        int members = shape.members();
        MacState[] state = goldens.stream().map(MacState::new).toArray(MacState[]::new);
        int[] lag = goldens.stream().mapToInt(g -> g.spec().latency()).toArray();
        boolean wide = shape.outputWidth() > 64;
        History[] history = new History[members];
        for (int m = 0; m < members; m++) {
            history[m] = new History(lag[m] + 1 + SHIFT_LOOKBACK, wide, shape.lanes());
        }
        long[] seen = new long[members];
        return (tallies, order, label, index, a, b, at, flags, session, frame, i) -> {
            BigInteger record = wide ? session.wideRecord(frame, i) : null;
            for (int m = 0; m < members; m++) {
                state[m].clock((flags & MacSequence.RST) != 0, (flags & MacSequence.EN) != 0,
                        (flags & MacSequence.CLR) != 0, a, b, at);
                History h = history[m];
                long now = seen[m]++;
                h.put(now, label, index, a, b, at, flags, state[m]);
                if (now < lag[m]) {
                    continue;
                }
                long due = now - lag[m];
                int d = h.slot(due);
                BigInteger actual;
                if (wide) {
                    actual = session.member(record, m);
                    if (actual.equals(h.wide[d])) {
                        continue;
                    }
                } else {
                    long bits = members == 1 ? session.output(frame, i) : session.output(frame, i, m);
                    if (bits == h.narrow[d]) {
                        continue;
                    }
                    actual = Bits.unsigned(bits);
                }
                tallies[m].problem(order, Mismatch.of(h.label[d], h.index[d], h.a, h.b, d * h.lanes, h.lanes,
                        h.flags[d], h.expected(due), actual, null, shiftHint(h, now, lag[m], actual)));
            }
        };
    }

    /**
     * A hint when {@code actual}, wrong for cycle now - lag, equals the golden accumulator of a cycle
     * d later (d = 1..lag) or earlier (d = 1..{@link #SHIFT_LOOKBACK}) instead, nearest first; else null.
     */
    private static String shiftHint(History h, long now, int lag, BigInteger actual) {
        for (int d = 1; d <= Math.max(lag, SHIFT_LOOKBACK); d++) {
            if (d <= lag && h.expected(now - lag + d).equals(actual)) {
                return hint(d, -d, lag);
            }
            long older = now - lag - d;
            if (d <= SHIFT_LOOKBACK && older >= 0 && h.expected(older).equals(actual)) {
                return hint(d, d, lag);
            }
        }
        return null;
    }

    private static String hint(int distance, int latencyChange, int lag) {
        String cycles = distance + " cycle" + (distance == 1 ? "" : "s");
        return "the outputs appear shifted: this one is the golden accumulator " + cycles + " "
                + (latencyChange > 0 ? "earlier" : "later") + " than expected; the design's latency looks like "
                + (lag + latencyChange) + ", not " + lag + " (stages=" + (lag + latencyChange) + " in the spec)";
    }

    private static List<String> specs(List<UnitSpec> specs) {
        return specs.stream().map(UnitSpec::canonical).toList();
    }

    // ---------------------------------------------------------------------------------- engine

    private List<CosimResult> run(SimModel model, List<String> specs, List<String> labels, long seed,
                            IntFunction<TaskSource> sources, IntFunction<OutputCheck> checks, int n,
                            Progress progress) {
        List<SimSession> sessions = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(processes, r -> {
            Thread t = new Thread(r, "cosim-reader");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        long t0 = System.nanoTime();
        try {
            int members = model.shape().members();
            List<CompletableFuture<Tally[]>> futures = new ArrayList<>();
            for (int w = 0; w < processes; w++) {
                int worker = w;
                OutputCheck check = checks.apply(worker); // MAC checks hold the accumulator: one per worker
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return work(model, sources.apply(worker), check, n, sessions, progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, pool).whenComplete((tallies, failure) -> {
                    // the first failure stops every other simulator at once instead of after its run
                    if (failure != null && firstFailure.compareAndSet(null, unwrap(failure))) {
                        sessions.forEach(SimSession::kill);
                    }
                }));
            }
            List<Tally[]> tallies = new ArrayList<>();
            for (CompletableFuture<Tally[]> f : futures) {
                try {
                    tallies.add(f.join());
                } catch (CompletionException e) {
                    // reported below: the first failure, not a consequence of the kill
                }
            }
            if (firstFailure.get() != null) {
                if (firstFailure.get() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(firstFailure.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<CosimResult> results = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                int member = m;
                results.add(Tally.merge(tallies.stream().map(t -> t[member]).toList(), labels).result(
                        specs.get(m), model.rtl().origin(), seed, seconds, processes, model.cached()));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private Tally[] work(SimModel model, TaskSource source, OutputCheck check, int n, List<SimSession> sessions,
                         Progress progress) throws IOException {
        Tally[] tallies = new Tally[model.shape().members()];
        Arrays.setAll(tallies, m -> new Tally());
        try (SimSession session = new SimSession(toolchain, model, idleTimeout)) {
            sessions.add(session);
            BlockingQueue<Task> queue = new ArrayBlockingQueue<>(QUEUE);
            AtomicReference<Exception> writeError = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    source.forEach(task -> {
                        queue.put(task);
                        if (task instanceof Batch bt) {
                            session.writeBatch(bt.a(), bt.b(), bt.flags(), bt.n());
                        } else if (task instanceof Enumeration en) {
                            session.writeEnumerate(en.start(), en.count(), en.stride());
                        }
                    });
                    queue.put(END);
                    session.writeQuit();
                } catch (IOException | RuntimeException e) {
                    writeError.set(e);
                    try {
                        queue.put(END); // the reader drains the queue, or interrupts us when it fails
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "cosim-writer");
            writer.setDaemon(true);
            writer.start();
            byte[][] frame = {new byte[0]};
            int lanes = model.shape().lanes();
            long[] laneA = new long[lanes];
            long[] laneB = new long[lanes];
            long mask = Bits.mask(n);
            long vectorMask = Bits.mask(2 * n);
            long laneStep = laneStep(n, lanes);
            try {
                for (Task task = queue.take(); task != END; task = queue.take()) {
                    if (task instanceof Batch bt) {
                        int count = session.readFrame(frame);
                        if (count != bt.n()) {
                            throw new IOException("frame of " + count + " outputs for a batch of " + bt.n());
                        }
                        for (int i = 0; i < count; i++) {
                            int flags = bt.flags() == null ? -1 : bt.flags()[i];
                            check.check(tallies, bt.classOrder(), bt.label(), bt.first() + i, bt.a(), bt.b(),
                                    i * lanes, flags, session, frame[0], i);
                        }
                        count(tallies, bt.label(), count);
                        progress.advanced(count);
                    } else if (task instanceof Enumeration en) {
                        long index = en.start();
                        long left = en.count();
                        while (left > 0) {
                            int count = session.readFrame(frame);
                            if (count <= 0 || count > left) {
                                throw new IOException("frame of " + count + " outputs with " + left + " outstanding");
                            }
                            for (int i = 0; i < count; i++, index++) {
                                for (int l = 0; l < lanes; l++) { // as the harness forms them
                                    long v = (index + l * laneStep) * en.stride() & vectorMask;
                                    laneA[l] = v >>> n & mask;
                                    laneB[l] = v & mask;
                                }
                                check.check(tallies, en.classOrder(), en.label(), index, laneA, laneB, 0, -1,
                                        session, frame[0], i);
                            }
                            left -= count;
                            count(tallies, en.label(), count);
                            progress.advanced(count);
                        }
                    }
                }
            } catch (IOException e) {
                session.kill();
                throw session.failure("co-simulating " + model.rtl().origin());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ToolException(Tool.VERILATOR, "co-simulation interrupted");
            } finally {
                writer.interrupt();
            }
            if (writeError.get() != null) {
                if (writeError.get() instanceof RuntimeException re) {
                    throw re;
                }
                throw session.failure("co-simulating " + model.rtl().origin());
            }
            session.finish();
        }
        return tallies;
    }

    /**
     * How far apart the lanes of an enumerated vector are in the enumeration, as in the harness: lane l of
     * vector i takes the pair of v = (i + l * step) * stride mod 2^(2N), a = v >> N, b = v mod 2^N, with
     * step = floor(2^(2N) / K), so that every lane sees every pair once in 2^(2N) vectors.
     */
    static long laneStep(int n, int lanes) {
        return 2 * n >= 64 ? Long.divideUnsigned(0x9E3779B97F4A7C15L, lanes) : (1L << (2 * n)) / lanes;
    }

    private static void count(Tally[] tallies, String label, long n) {
        for (Tally t : tallies) {
            t.count(label, n);
        }
    }

    static long chunkSeed(long seed, long chunk) {
        long z = seed + 0x9E3779B97F4A7C15L * (chunk + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
