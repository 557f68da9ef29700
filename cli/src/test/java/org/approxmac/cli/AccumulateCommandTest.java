package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccumulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonShowsConvergenceAndTheConvolutionComparison() throws Exception {
        Path plot = dir.resolve("acc.svg");
        var r = CliRunner.run("accumulate", "mitchw:n=16,w=6", "--lengths", "1,576", "--trials", "2000", "--json",
                "--plot", plot.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("mitchw:n=16,w=6,sign=c1", o.get("spec").asText());
        double e = o.get("unit_mean_rel_error").asDouble();
        JsonNode one = o.get("lengths").get(0);
        JsonNode long576 = o.get("lengths").get(1);
        assertEquals(576, long576.get("length").asInt());
        assertTrue(long576.get("var_rel_error").asDouble() * 10 <= one.get("var_rel_error").asDouble());
        assertEquals(e, long576.get("mean_rel_error").asDouble(), 0.002);
        List<Integer> lengths = new ArrayList<>();
        o.get("lengths").forEach(p -> lengths.add(p.get("length").asInt()));
        assertEquals(List.of(1, 576, 9), lengths, "each length once; the depthwise length 9 appended");
        JsonNode conv = o.get("convolution");
        assertEquals(9, conv.get("depthwise_length").asInt());
        assertEquals(576, conv.get("conventional_length").asInt());
        assertTrue(conv.get("variance_ratio").asDouble() > 20);
        assertEquals(o.get("lengths").get(2).get("var_rel_error").asDouble() / long576.get("var_rel_error").asDouble(),
                conv.get("variance_ratio").asDouble(), 1e-12, "the ratio of the table's two figures");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(plot.toFile());
        assertTrue(doc.getDocumentElement().getTextContent().contains("products per dot product"));
    }

    @Test
    void textReportAndBadInput() throws Exception {
        var r = CliRunner.run("accumulate", "drum:n=8,k=4", "--lengths", "1,9", "--trials", "100", "--channels", "8");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("1", "9  depthwise", "72  conventional"), rows(r.out()), r.out());
        assertTrue(r.out().contains("conventional vs depthwise convolution (3x3 kernel, 8 channels; paper Table 2):"
                + " lengths 72 and 9 above\n"), r.out());
        assertTrue(r.out().contains("variance ratio depthwise / conventional"));
        var bad = CliRunner.run("accumulate", "mitchw:n=16", "--lengths", "1,0");
        assertEquals(2, bad.status());
        assertEquals("approxmac: --lengths: 0 is out of range (accepted: 1..1048576)\n", bad.err());
        var twice = CliRunner.run("accumulate", "mitchw:n=16", "--lengths", "9,64,9");
        assertEquals(2, twice.status());
        assertEquals("approxmac: --lengths: 9 is given twice (accepted: distinct lengths)\n", twice.err());
        var dist = CliRunner.run("accumulate", "mitchw:n=16", "--operands", "cauchy");
        assertEquals(2, dist.status());
        assertTrue(dist.err().contains("accepted: uniform, gaussian"));
        assertEquals(2, CliRunner.run("accumulate", "mitchw:n=16", "--trials", "1").status());
        Path foreign = dir.resolve("x.png");
        Files.writeString(foreign, "not mine");
        assertEquals(2, CliRunner.run("accumulate", "mitchw:n=16", "--plot", foreign.toString()).status());
        assertEquals("not mine", Files.readString(foreign));
    }

    @Test
    void defaultLengthsEachHaveOneRowAndTheComparisonReusesThem() {
        var r = CliRunner.run("accumulate", "mitchw:n=16,w=6", "--trials", "100");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("1", "9  depthwise", "64", "576  conventional", "4608"), rows(r.out()), r.out());
        var single = CliRunner.run("accumulate", "mitchw:n=16,w=6", "--trials", "100", "--lengths", "25",
                "--kernel", "5", "--channels", "1");
        assertEquals(0, single.status(), single.err());
        assertEquals(List.of("25  depthwise, conventional"), rows(single.out()), single.out());
        assertTrue(single.out().contains("variance ratio depthwise / conventional: 1.0\n"), single.out());
    }

    /** The table's rows as "length" plus the comparison's mark, in order. */
    private static List<String> rows(String out) {
        Matcher m = Pattern.compile("(?m)^ +(\\d+) +-?\\d+\\.\\d+ .*?\\.\\. +-?\\d+\\.\\d+(.*)$").matcher(out);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1) + m.group(2));
        }
        return rows;
    }
}
