package org.approxmac.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.approxmac.spec.AsciiNumbers;
import org.approxmac.spec.SpecParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code approxmac} command. Exit status: 0 success, 1 a check failed (e.g. a co-simulation
 * mismatch or a stale generated file), 2 bad input (the one-line message names the problem and the
 * accepted range), 3 an external tool failed or the environment is unusable (its own message and an
 * install hint are printed), 4 an internal error (a bug: one line naming the exception and where it
 * was thrown; APPROXMAC_DEBUG=1 adds the stack trace). {@link Failure} maps every exception.
 */
@Command(name = "approxmac", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Verified, costed hardware for approximate and exact multiply-accumulate units.",
        footer = {"", "Exit status: 0 success, 1 a check failed, 2 bad input (one line naming it), 3 a tool failed or"
                + " the environment is unusable (the tool's own error line is quoted), 4 an internal error (a bug;"
                + " APPROXMAC_DEBUG=1 prints the stack trace).",
            "", "Examples:", "  approxmac report", "  approxmac errors mitchw:n=16,w=6",
            "  approxmac cosim fixed:n=16,mac", "  approxmac COMMAND --help"},
        subcommands = {KindsCommand.class, EvalCommand.class, ErrorsCommand.class, GenCommand.class,
            CosimCommand.class, BenchCommand.class, SynthCommand.class, ReportCommand.class,
            DatapathsCommand.class, AccumulateCommand.class, BnScaleCommand.class, SweepCommand.class,
            CnnCommand.class, CnnTrainCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int EXIT_CHECK_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_TOOL_FAILED = 3;
    public static final int EXIT_INTERNAL_ERROR = 4;

    /** Without a command there is nothing to do: bad input (exit 2). */
    @Override
    public void run() {
        throw new UsageError("give a command, e.g. approxmac kinds (see approxmac --help)");
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: Java 17 would print the report's λ², × and ÷ as '?' under LANG=C
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /**
     * Whole-number options take ASCII digits only: picocli's own int and long converters accept any
     * Unicode digit (a full-width '８' would be read as 8).
     */
    private static void registerAsciiNumbers(CommandLine cl) {
        CommandLine.ITypeConverter<Integer> ints = text -> {
            try {
                return AsciiNumbers.parseInt(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(wholeNumberError(text, "-2147483648..2147483647"));
            }
        };
        CommandLine.ITypeConverter<Long> longs = text -> {
            try {
                return AsciiNumbers.parseLong(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(wholeNumberError(text, "-2^63..2^63-1"));
            }
        };
        cl.registerConverter(Integer.class, ints);
        cl.registerConverter(Integer.TYPE, ints);
        cl.registerConverter(Long.class, longs);
        cl.registerConverter(Long.TYPE, longs);
    }

    private static String wholeNumberError(String text, String range) {
        return AsciiNumbers.isWhole(text, 10) ? "'" + text + "' is outside " + range
                : "'" + SpecParser.visible(text) + "' is not a whole number (digits 0-9 only)";
    }

    /** Runs the command line with the given streams; returns the exit status (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        HelpLayout.apply(cl);
        registerAsciiNumbers(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("approxmac: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> Failure.report(ex, err));
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
