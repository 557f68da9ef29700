package org.approxmac.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.approxmac.golden.Bits;
import org.approxmac.golden.DotProduct;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.TextInput;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac eval SPEC}: golden-model outputs for operand pairs (or MAC steps) read as hex. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate the golden model on vectors read from --input or standard input.",
            "Multiplier: each line 'a b' (hex N-bit patterns; signed operands as two's complement);"
                + " prints the product, zero-padded hex of the product width (2N bits; 32 for bf16/fp32).",
            "MAC: each line 'a b acc' is one enabled step from accumulator acc (A bits; FP32 for floating"
                + " kinds); prints the new accumulator.",
            "Dot product (dot=K): a and b are the K*N-bit port values, lane i at bits [i*N +: N]; prints the"
                + " exact sum of the lane products (2N + ceil(log2 K) bits; for bf16/fp32 the FP32 tree sum), or a"
                + " MAC's new accumulator.",
            "Array (rows=R,cols=C, a MAC): a holds the R row operands, b the C column operands, acc the R*C"
                + " accumulators, element (r, c) at bits [(r*C + c)*A +: A]; prints the new accumulators.",
            "'#' starts a comment; blank lines are skipped. Bad input: one error naming the line, exit 2,"
                + " nothing printed."},
        footer = {"", "Examples:", "  printf '0005 FFFF\\n' | approxmac eval mitchw:n=16,w=6   # prints FFFFFFFA",
            "  printf '0302 0504\\n' | approxmac eval fixed:n=8,dot=2     # 2*4 + 3*5: prints 00017",
            "  printf '0302 04 0\\n' | approxmac eval fixed:n=8,mac,rows=2,cols=1   # acc 0 + 2*4, 0 + 3*4:"
                + " prints 00000C000008"})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the unit; add ',mac' for MAC steps")
    String spec;

    @Option(names = "--input", paramLabel = "FILE", description = "vector file (default: standard input)")
    Path input;

    @Override
    public void run() {
        UnitSpec unit = UnitSpec.parse(spec);
        // a dot product's lanes (an array's rows in a, columns in b) side by side, as on its ports
        String[] names = unit.mac() ? new String[] {"a", "b", "acc"} : new String[] {"a", "b"};
        int[] widths = unit.mac() ? new int[] {unit.aPortWidth(), unit.bPortWidth(), unit.outputWidth()}
                : new int[] {unit.aPortWidth(), unit.bPortWidth()};
        List<BigInteger[]> vectors;
        String source = input == null ? "stdin" : input.toString();
        try (BufferedReader in = input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : new BufferedReader(new StringReader(TextInput.read("--input", input, TextInput.Text.UTF8)))) {
            vectors = HexVectors.read(in, source, names, widths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder result = new StringBuilder();
        if (unit.mac()) {
            Mac mac = Units.mac(unit);
            for (BigInteger[] v : vectors) {
                BigInteger next = mac.accumulate(v[2], lanes(v[0], unit.aOperands(), unit),
                        lanes(v[1], unit.bOperands(), unit), 0);
                result.append(HexVectors.format(next, unit.outputWidth())).append('\n');
            }
        } else if (unit.dot()) {
            DotProduct dot = Units.dot(unit);
            for (BigInteger[] v : vectors) {
                BigInteger sum = dot.sumWide(lanes(v[0], unit.lanes(), unit), lanes(v[1], unit.lanes(), unit), 0);
                result.append(HexVectors.format(sum, unit.sumWidth())).append('\n');
            }
        } else {
            Multiplier m = Units.multiplier(unit);
            for (BigInteger[] v : vectors) {
                BigInteger p = m.multiplyWide(v[0].longValue(), v[1].longValue());
                result.append(HexVectors.format(p, unit.productWidth())).append('\n');
            }
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        out.print(result);
        out.flush();
    }

    /** The {@code count} operands of a port value, operand i at bits [i*N +: N]. */
    private static long[] lanes(BigInteger port, int count, UnitSpec unit) {
        long[] lanes = new long[count];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = port.shiftRight(i * unit.n()).and(Bits.maskWide(unit.n())).longValue();
        }
        return lanes;
    }
}
