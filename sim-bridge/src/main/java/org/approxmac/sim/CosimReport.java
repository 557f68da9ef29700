package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.golden.Bits;
import org.approxmac.spec.UnitSpec;

/**
 * Human and machine renderings of a {@link CosimResult}: the text report (verdict, counts per class,
 * seed, throughput, first mismatches with hex, decimal, marked differing bits and a reproducer) and
 * the JSON object fields.
 */
public final class CosimReport {
    private final CosimRequest request;
    private final CosimResult result;

    public CosimReport(CosimRequest request, CosimResult result) {
        this.request = request;
        this.result = result;
    }

    /** The multi-line text report. */
    public String text() {
        var sb = new StringBuilder();
        UnitSpec spec = request.spec();
        String unit = spec.mac() ? "cycles" : "vectors";
        sb.append(result.passed() ? "PASS " : "FAIL ").append(spec.canonical()).append(" (").append(result.rtlOrigin())
                .append(")\n");
        sb.append(String.format(Locale.ROOT, "  %,d %s", result.vectors(), unit));
        // a MAC's cycles come in classes too (corners, cancel, ..., random); one class named like the unit says nothing
        if (!result.classCounts().keySet().equals(java.util.Set.of(unit))) {
            List<String> parts = new ArrayList<>();
            result.classCounts().forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %,d", k, v)));
            sb.append(": ").append(String.join(", ", parts));
        }
        sb.append("; seed ").append(result.seed()).append('\n');
        sb.append(String.format(Locale.ROOT, "  %,.0f %s/s on %d simulator processes, %.2f s%s%n",
                result.vectorsPerSecond(), unit, result.processes(), result.seconds(),
                result.cachedBuild() ? " (model from the build cache)" : ""));
        sb.append(String.format(Locale.ROOT, "  %,d mismatch%s against the golden model", result.mismatches(),
                result.mismatches() == 1 ? "" : "es"));
        if (!spec.mac()) {
            sb.append(ErrorBound.of(spec).isPresent()
                    ? String.format(Locale.ROOT, ", %,d outside the analytic error bound", result.boundViolations())
                    : spec.dot() ? " (the analytic bound is one product's: a dot product has the golden model only)"
                    : " (no analytic bound for " + spec.kind().specName() + ")");
        }
        sb.append('\n');
        if (!result.firstMismatches().isEmpty()) {
            sb.append("  first problems:\n");
            for (Mismatch m : result.firstMismatches()) {
                describe(sb, m);
            }
        }
        return sb.toString();
    }

    private void describe(StringBuilder sb, Mismatch m) {
        UnitSpec spec = request.spec();
        int n = spec.n();
        int width = spec.outputWidth();
        sb.append("  ").append(m.vectorClass()).append(" #").append(m.index());
        if (m.flags() >= 0) {
            sb.append(String.format(" (rst=%d en=%d clr=%d)", m.flags() & 1, m.flags() >> 1 & 1, m.flags() >> 2 & 1));
        }
        if (spec.array()) {
            sb.append(":\n");
            for (int r = 0; r < spec.rows(); r++) {
                sb.append(String.format("    row %-2d     a = ", r)).append(operand(m.a(r), n)).append('\n');
            }
            for (int c = 0; c < spec.cols(); c++) {
                sb.append(String.format("    column %-2d  b = ", c)).append(operand(m.b(c), n)).append('\n');
            }
            describeElements(sb, spec, m);
        } else if (m.lanes() == 1) {
            sb.append(": a = ").append(operand(m.a(), n)).append("  b = ").append(operand(m.b(), n)).append('\n');
        } else {
            sb.append(":\n");
            for (int l = 0; l < m.lanes(); l++) {
                sb.append(String.format("    lane %-2d  a = ", l)).append(operand(m.a(l), n)).append("  b = ")
                        .append(operand(m.b(l), n)).append('\n');
            }
        }
        sb.append("    expected ").append(output(m.expected(), width)).append('\n');
        sb.append("    actual   ").append(output(m.actual(), width)).append('\n');
        if (m.differs()) {
            if (width <= 64) {
                sb.append("    bits     ").append(binary(m.expected(), width)).append("  expected\n");
                sb.append("             ").append(binary(m.actual(), width)).append("  actual\n");
                sb.append("             ").append(markers(m.differingBits(), width)).append('\n');
            } else {
                sb.append("    differ   0x").append(m.differingBits().toString(16)).append('\n');
            }
        }
        if (m.problem() != null) {
            sb.append("    bound    ").append(m.problem()).append(m.differs() ? "" : " (the golden model agrees with"
                    + " the RTL here: suspect both)").append('\n');
        }
        if (m.hint() != null) {
            sb.append("    note     ").append(m.hint()).append('\n');
        }
        sb.append("    reproduce: ").append(request.reproducer(m)).append('\n');
    }

    /** An array's wrong elements, each with its expected and actual accumulator. */
    private void describeElements(StringBuilder sb, UnitSpec spec, Mismatch m) {
        int a = spec.accumulatorWidth();
        BigInteger mask = BigInteger.ONE.shiftLeft(a).subtract(BigInteger.ONE);
        for (int r = 0; r < spec.rows(); r++) {
            for (int c = 0; c < spec.cols(); c++) {
                int at = (r * spec.cols() + c) * a;
                BigInteger expected = m.expected().shiftRight(at).and(mask);
                BigInteger actual = m.actual().shiftRight(at).and(mask);
                if (!expected.equals(actual)) {
                    sb.append(String.format("    element (%d, %d): expected ", r, c)).append(output(expected, a))
                            .append(", actual ").append(output(actual, a)).append('\n');
                }
            }
        }
    }

    /** The JSON fields: spec, verdict, vectors (a MAC: cycles), per class, seed, mismatches, bound violations, throughput, problems. */
    public Map<String, Object> json() {
        UnitSpec spec = request.spec();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("spec", spec.canonical());
        o.put("rtl", result.rtlOrigin());
        o.put("top", request.rtl().top());
        o.put("passed", result.passed());
        String unit = spec.mac() ? "cycles" : "vectors"; // a MAC is checked every cycle, not per vector
        o.put(unit, result.vectors());
        o.put("classes", result.classCounts());
        o.put("seed", result.seed());
        o.put("mismatches", result.mismatches());
        o.put("bound_violations", result.boundViolations());
        o.put(unit + "_per_second", Math.round(result.vectorsPerSecond()));
        o.put("seconds", result.seconds());
        o.put("processes", result.processes());
        o.put("cached_build", result.cachedBuild());
        List<Map<String, Object>> first = new ArrayList<>();
        for (Mismatch m : result.firstMismatches()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("class", m.vectorClass());
            f.put("index", m.index());
            if (m.flags() >= 0) {
                f.put("rst", m.flags() & 1);
                f.put("en", m.flags() >> 1 & 1);
                f.put("clr", m.flags() >> 2 & 1);
            }
            if (m.lanes() == 1) {
                f.put("a", hex(Bits.unsigned(m.a()), spec.n()));
                f.put("b", hex(Bits.unsigned(m.b()), spec.n()));
                f.put("a_decimal", decimal(Bits.unsigned(m.a()), spec.n(), spec.signedOperands()));
                f.put("b_decimal", decimal(Bits.unsigned(m.b()), spec.n(), spec.signedOperands()));
            } else { // a dot-product unit: one entry per lane
                List<String> a = new ArrayList<>();
                List<String> b = new ArrayList<>();
                List<String> aDecimal = new ArrayList<>();
                List<String> bDecimal = new ArrayList<>();
                for (int l = 0; l < m.lanes(); l++) {
                    a.add(hex(Bits.unsigned(m.a(l)), spec.n()));
                    b.add(hex(Bits.unsigned(m.b(l)), spec.n()));
                    aDecimal.add(decimal(Bits.unsigned(m.a(l)), spec.n(), spec.signedOperands()));
                    bDecimal.add(decimal(Bits.unsigned(m.b(l)), spec.n(), spec.signedOperands()));
                }
                f.put("a", a);
                f.put("b", b);
                f.put("a_decimal", aDecimal);
                f.put("b_decimal", bDecimal);
            }
            f.put("expected", hex(m.expected(), spec.outputWidth()));
            f.put("actual", hex(m.actual(), spec.outputWidth()));
            f.put("expected_decimal", outputDecimal(m.expected(), spec.outputWidth()));
            f.put("actual_decimal", outputDecimal(m.actual(), spec.outputWidth()));
            f.put("differing_bits", hex(m.differingBits(), spec.outputWidth()));
            f.put("bound_violation", m.problem());
            if (m.hint() != null) {
                f.put("hint", m.hint());
            }
            f.put("reproduce", request.reproducer(m));
            first.add(f);
        }
        o.put("first_mismatches", first);
        return o;
    }

    private String operand(long pattern, int n) {
        BigInteger p = Bits.unsigned(pattern);
        return hex(p, n) + " (" + decimal(p, n, request.spec().signedOperands()) + ")";
    }

    private String output(BigInteger pattern, int width) {
        return hex(pattern, width) + " (" + outputDecimal(pattern, width) + ")";
    }

    /**
     * Decimal of an output: the value in the result format for floating kinds (FP32 unless {@code acc}
     * names another; a float prints it exactly), signed for signed kinds, else unsigned.
     */
    private String outputDecimal(BigInteger pattern, int width) {
        if (request.spec().kind().floating()) {
            FloatFormat format = FloatUnit.resultFormat(request.spec());
            return Float.toString((float) format.decode(pattern.longValue() & format.mask(), SubnormalMode.IEEE)
                    .toDouble());
        }
        return decimal(pattern, width, request.spec().signedOperands());
    }

    private static String decimal(BigInteger pattern, int width, boolean signed) {
        return (signed ? Bits.signedValue(pattern, width) : pattern).toString();
    }

    static String hex(BigInteger pattern, int width) {
        String h = pattern.toString(16);
        return "0x" + "0".repeat(Math.max(0, (width + 3) / 4 - h.length())) + h;
    }

    private static String binary(BigInteger pattern, int width) {
        String b = pattern.toString(2);
        return "0".repeat(Math.max(0, width - b.length())) + b;
    }

    private static String markers(BigInteger diff, int width) {
        var sb = new StringBuilder();
        for (int i = width - 1; i >= 0; i--) {
            sb.append(diff.testBit(i) ? '^' : ' ');
        }
        return sb.toString().stripTrailing();
    }
}
