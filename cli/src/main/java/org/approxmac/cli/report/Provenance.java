package org.approxmac.cli.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.approxmac.spec.AsciiNumbers;
import org.approxmac.toolchain.ToolVersion;

/**
 * Where a report came from, beyond what each cost result records: the approxmac version, the
 * command line, the date, the co-simulator's version and length.
 *
 * <p>The date appears only in the HTML page and on the terminal: table4.md, .csv and .json are the
 * checked, diffable artefacts and stay the same bytes for the same parameters. The date is the
 * current UTC day unless the environment variable {@code SOURCE_DATE_EPOCH} (seconds since 1970,
 * the reproducible-builds convention) names another; {@code --no-date} omits it, which makes the
 * HTML page deterministic too.
 *
 * @param version     approxmac's version ({@code Version.current()})
 * @param commandLine the command as given, e.g. {@code approxmac report --operands sparse}
 * @param date        the day of the run (YYYY-MM-DD, UTC), empty when omitted
 * @param verilator   Verilator's version if the co-simulation ran, else empty
 * @param cosimCycles random MAC cycles co-simulated per design (0: skipped)
 * @param pipelining  with {@code report --clock}: the common clock and the stages chosen per design,
 *                    else empty
 * @param synthesis   how the designs were synthesised when not the documented way (e.g. with Yosys' own
 *                    Booth multiplier for every {@code *}), else empty
 */
public record Provenance(String version, String commandLine, Optional<String> date,
                         Optional<ToolVersion> verilator, long cosimCycles, Optional<String> pipelining,
                         Optional<String> synthesis) {

    /** The environment variable that fixes the date (seconds since 1970-01-01 UTC). */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    public Provenance {
        Objects.requireNonNull(version);
        Objects.requireNonNull(commandLine);
        Objects.requireNonNull(date);
        Objects.requireNonNull(verilator);
        Objects.requireNonNull(pipelining);
        Objects.requireNonNull(synthesis);
    }

    /** The same provenance stating how the designs were pipelined to a common clock. */
    public Provenance withPipelining(String text) {
        return new Provenance(version, commandLine, date, verilator, cosimCycles, Optional.of(text), synthesis);
    }

    /** The same provenance stating how the designs were synthesised. */
    public Provenance withSynthesis(String text) {
        return new Provenance(version, commandLine, date, verilator, cosimCycles, pipelining, Optional.of(text));
    }

    /**
     * The date to state: {@code SOURCE_DATE_EPOCH} from {@code environment} if set (it must be a
     * non-negative integer), else {@code now}; as YYYY-MM-DD in UTC.
     */
    public static String date(Map<String, String> environment, Instant now) {
        String epoch = environment.get(SOURCE_DATE_EPOCH);
        Instant when = now;
        if (epoch != null && !epoch.isBlank()) {
            try {
                long seconds = AsciiNumbers.parseLong(epoch.trim());
                if (seconds < 0) {
                    throw new NumberFormatException();
                }
                when = Instant.ofEpochSecond(seconds);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " must be a whole number of seconds"
                        + " since 1970-01-01 (0..), got '" + epoch + "'");
            }
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.format(when.atOffset(ZoneOffset.UTC));
    }

    /** The same provenance without the date (for the deterministic files). */
    public Provenance undated() {
        return new Provenance(version, commandLine, Optional.empty(), verilator, cosimCycles, pipelining, synthesis);
    }

    /** One labelled fact of the provenance block. */
    public record Fact(String label, String value) {
    }
}
