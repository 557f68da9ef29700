package org.approxmac.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Toolchain;

/**
 * Hand-written Verilog fixtures with the port convention and a tiny exact golden model for them, so
 * the bridge is tested independently of the generator and the golden-model package.
 */
final class Fixtures {
    static final UnitSpec FIXED8 = UnitSpec.parse("fixed:n=8");
    static final UnitSpec FIXED8_MAC = UnitSpec.parse("fixed:n=8,mac,acc=24");

    private Fixtures() {
    }

    static String verilog(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RtlSource rtl(String file, String top) {
        return new RtlSource(top, verilog(file), file);
    }

    /** The shared test build cache: under target/, so every test class reuses builds. */
    static ModelBuilder builder() {
        return new ModelBuilder(Toolchain.system(), Path.of("target", "approxmac-cache", "verilator"));
    }

    static Cosim cosim() {
        return new Cosim(Toolchain.system(), 2, Duration.ofSeconds(60));
    }

    /** Exact signed N-bit multiplication, 2N-bit pattern: a golden model independent of Units. */
    static Multiplier exactSigned(UnitSpec spec) {
        int n = spec.n();
        return new Multiplier() {
            @Override
            public UnitSpec spec() {
                return spec;
            }

            @Override
            public long multiply(long a, long b) {
                long sa = a << (64 - n) >> (64 - n);
                long sb = b << (64 - n) >> (64 - n);
                return sa * sb & ((1L << (2 * n)) - 1);
            }

            @Override
            public BigInteger multiplyWide(long a, long b) {
                return BigInteger.valueOf(multiply(a, b));
            }
        };
    }

    /** The exact signed MAC over {@link #exactSigned}: sign-extended product, sum mod 2^A. */
    static Mac exactMac(UnitSpec spec) {
        Multiplier m = exactSigned(spec.multiplier());
        int n = spec.n();
        int width = spec.accumulatorWidth();
        return new Mac() {
            @Override
            public UnitSpec spec() {
                return spec;
            }

            @Override
            public Multiplier multiplier() {
                return m;
            }

            @Override
            public BigInteger accumulate(BigInteger acc, long a, long b) {
                return BigInteger.valueOf(accumulate(acc.longValue(), a, b));
            }

            @Override
            public long accumulate(long acc, long a, long b) {
                long p = m.multiply(a, b) << (64 - 2 * n) >> (64 - 2 * n);
                return acc + p & ((1L << width) - 1);
            }
        };
    }
}
