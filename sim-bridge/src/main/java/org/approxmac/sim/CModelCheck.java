package org.approxmac.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.approxmac.golden.IntegerOperands;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.hdl.export.CModel;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.Toolchain;

/**
 * Compiles generated C models ({@link CModel}) with the system C compiler ({@link Tool#CC}) into one
 * program and compares every product it computes with the golden model, bit for bit. Each model gets
 * its own operand pairs ({@link Pairs}); one compile serves a whole batch of models.
 */
public final class CModelCheck {

    /** The compiler flags of a check: strict C99, every warning an error. */
    public static final List<String> STRICT = List.of("-std=c99", "-Wall", "-Wextra", "-pedantic", "-Werror");

    private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    /** Operand pairs (raw 64-bit patterns; a model and the golden model use the low n bits). */
    public record Pairs(long[] a, long[] b) {

        public Pairs {
            if (a.length != b.length) {
                throw new IllegalArgumentException("operand arrays differ in length");
            }
        }

        public int size() {
            return a.length;
        }

        /** Every pair of n-bit patterns (n at most 12). */
        public static Pairs exhaustive(int n) {
            if (n > 12) {
                throw new IllegalArgumentException("exhaustive pairs only up to n = 12, got " + n);
            }
            int size = 1 << n;
            long[] a = new long[size * size];
            long[] b = new long[size * size];
            for (int i = 0; i < a.length; i++) {
                a[i] = i / size;
                b[i] = i % size;
            }
            return new Pairs(a, b);
        }

        /**
         * Every ordered pair of the spec's corner operands ({@link IntegerOperands#corners()}), then
         * {@code random} pairs from {@code seed}, each operand of a random magnitude (a random 64-bit
         * pattern shifted right by a random amount, inverted half the time so negative values of every
         * magnitude occur).
         */
        public static Pairs cornersAndRandom(UnitSpec spec, int random, long seed) {
            long[] corners = IntegerOperands.of(spec).corners();
            int c = corners.length;
            long[] a = new long[c * c + random];
            long[] b = new long[a.length];
            for (int i = 0; i < c * c; i++) {
                a[i] = corners[i / c];
                b[i] = corners[i % c];
            }
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = c * c; i < a.length; i++) {
                a[i] = operand(r);
                b[i] = operand(r);
            }
            return new Pairs(a, b);
        }

        private static long operand(SplittableRandom r) {
            long v = r.nextLong() >>> r.nextInt(64);
            return r.nextBoolean() ? ~v : v;
        }
    }

    /** One model's operands. */
    public record Case(CModel model, Pairs pairs) {
    }

    /** A product that differs from the golden model's. */
    public record Mismatch(UnitSpec spec, long a, long b, BigInteger expected, BigInteger actual) {

        /** One line: spec, operands and both products in hexadecimal. */
        public String describe() {
            long mask = spec.n() == 64 ? -1L : (1L << spec.n()) - 1;
            return spec.canonical() + ": a=0x" + Long.toHexString(a & mask) + " b=0x" + Long.toHexString(b & mask)
                    + ": golden 0x" + expected.toString(16) + ", C 0x" + actual.toString(16);
        }
    }

    /**
     * The outcome of a check.
     *
     * @param products   how many products were compared
     * @param mismatches the first mismatches of each model (at most {@link #KEPT} per model)
     */
    public record Result(long products, List<Mismatch> mismatches) {

        /** Mismatches kept per model. */
        public static final int KEPT = 5;

        public Result {
            mismatches = List.copyOf(mismatches);
        }

        public boolean ok() {
            return mismatches.isEmpty();
        }
    }

    private final Toolchain toolchain;
    private final List<String> flags;

    /** A check with the given toolchain and compiler flags (e.g. {@link #STRICT} plus {@code -O2}). */
    public CModelCheck(Toolchain toolchain, List<String> flags) {
        this.toolchain = toolchain;
        this.flags = List.copyOf(flags);
    }

    /**
     * Writes the models and a driver into {@code workDir}, compiles them into one program, runs it on
     * each case's pairs and compares every product with the golden model.
     *
     * @throws org.approxmac.toolchain.ToolException if the compiler is missing, fails or the program fails
     */
    public Result run(List<Case> cases, Path workDir) {
        try {
            Files.createDirectories(workDir);
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                CModel m = cases.get(i).model();
                Files.writeString(workDir.resolve(m.headerFileName()), m.header());
                Files.writeString(workDir.resolve(m.sourceFileName()), m.source());
                Files.write(workDir.resolve("pairs" + i + ".bin"), pairBytes(cases.get(i).pairs()));
                sources.add(m.sourceFileName());
            }
            Files.writeString(workDir.resolve("check_main.c"), driver(cases));
            sources.add("check_main.c");
            compile(sources, workDir);
            toolchain.runProgram(Tool.CC, List.of(workDir.resolve("check").toString()), workDir, RUN_TIMEOUT, null)
                    .requireOk("running the compiled C models");
            List<Mismatch> mismatches = new ArrayList<>();
            long products = 0;
            for (int i = 0; i < cases.size(); i++) {
                byte[] out = Files.readAllBytes(workDir.resolve("products" + i + ".bin"));
                products += compare(cases.get(i), out, mismatches);
            }
            return new Result(products, mismatches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles each source to an object file, as many at once as there are processors, then links them. */
    private void compile(List<String> sources, Path workDir) {
        int threads = Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (String source : sources) {
                List<String> args = new ArrayList<>(flags);
                args.addAll(List.of("-c", source, "-o", object(source)));
                jobs.add(pool.submit(() -> toolchain.run(Tool.CC, args, workDir, COMPILE_TIMEOUT)
                        .requireOk("compiling " + source)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the C models", e);
        } finally {
            pool.shutdownNow();
        }
        List<String> link = new ArrayList<>(List.of("-o", "check"));
        sources.forEach(s -> link.add(object(s)));
        toolchain.run(Tool.CC, link, workDir, COMPILE_TIMEOUT).requireOk("linking the C models");
    }

    private static String object(String source) {
        return source.substring(0, source.length() - 2) + ".o";
    }

    private static byte[] pairBytes(Pairs p) {
        ByteBuffer buf = ByteBuffer.allocate(16 * p.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < p.size(); i++) {
            buf.putLong(p.a()[i]).putLong(p.b()[i]);
        }
        return buf.array();
    }

    private static long compare(Case c, byte[] out, List<Mismatch> mismatches) {
        UnitSpec spec = c.model().spec();
        Pairs p = c.pairs();
        if (out.length != 16 * p.size()) {
            throw new IllegalStateException("the C driver wrote " + out.length + " bytes for " + p.size()
                    + " products of " + spec.canonical());
        }
        Multiplier golden = Units.multiplier(spec);
        boolean narrow = spec.productWidth() <= 64;
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        int kept = 0;
        for (int i = 0; i < p.size(); i++) {
            long lo = buf.getLong();
            long hi = buf.getLong();
            boolean same = narrow ? hi == 0 && lo == golden.multiply(p.a()[i], p.b()[i])
                    : wide(lo, hi).equals(golden.multiplyWide(p.a()[i], p.b()[i]));
            if (!same && kept++ < Result.KEPT) {
                mismatches.add(new Mismatch(spec, p.a()[i], p.b()[i], golden.multiplyWide(p.a()[i], p.b()[i]),
                        wide(lo, hi)));
            }
        }
        return p.size();
    }

    private static BigInteger wide(long lo, long hi) {
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
    }

    /** The C driver: for model i, reads pairs{i}.bin and writes products{i}.bin (two little-endian words each). */
    static String driver(List<Case> cases) {
        StringBuilder d = new StringBuilder("/* approxmac C model check driver */\n#include <stdio.h>\n#include <stdint.h>\n");
        for (Case c : cases) {
            d.append("#include \"").append(c.model().headerFileName()).append("\"\n");
        }
        for (int i = 0; i < cases.size(); i++) {
            CModel m = cases.get(i).model();
            d.append("\nstatic void model").append(i).append("(uint64_t a, uint64_t b, uint64_t p[2])\n{\n");
            d.append(m.twoWords() ? "    " + m.name() + "(a, b, p);\n"
                    : "    p[0] = " + m.name() + "(a, b);\n    p[1] = 0;\n");
            d.append("}\n");
        }
        d.append("\ntypedef void (*model_fn)(uint64_t, uint64_t, uint64_t *);\nstatic const model_fn models[] = {");
        for (int i = 0; i < cases.size(); i++) {
            d.append(i == 0 ? "" : ", ").append("model").append(i);
        }
        d.append("};\n");
        d.append("""

                static uint64_t get64(const unsigned char *q)
                {
                    uint64_t v = 0;
                    int i;
                    for (i = 7; i >= 0; i--) v = (v << 8) | q[i];
                    return v;
                }

                static void put64(unsigned char *q, uint64_t v)
                {
                    int i;
                    for (i = 0; i < 8; i++) { q[i] = (unsigned char)v; v >>= 8; }
                }

                int main(void)
                {
                    unsigned m;
                    for (m = 0; m < sizeof models / sizeof models[0]; m++) {
                        char name[64];
                        unsigned char in[16], out[16];
                        uint64_t p[2];
                        FILE *pairs, *products;
                        sprintf(name, "pairs%u.bin", m);
                        pairs = fopen(name, "rb");
                        sprintf(name, "products%u.bin", m);
                        products = fopen(name, "wb");
                        if (pairs == NULL || products == NULL) { perror(name); return 2; }
                        while (fread(in, 1, 16, pairs) == 16) {
                            models[m](get64(in), get64(in + 8), p);
                            put64(out, p[0]);
                            put64(out + 8, p[1]);
                            if (fwrite(out, 1, 16, products) != 16) { perror(name); return 2; }
                        }
                        if (fclose(products) != 0) { perror(name); return 2; }
                        fclose(pairs);
                    }
                    return 0;
                }
                """);
        return d.toString();
    }
}
