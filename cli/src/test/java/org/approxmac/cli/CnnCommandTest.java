package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cnn and cnn-train commands: training files, runs with given weights, refusals. */
class CnnCommandTest {

    @Test
    void trainingIsReproducibleAndTheRunUsesTheFile(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.weights");
        Path second = dir.resolve("b.weights");
        var r = CliRunner.run("cnn-train", "--net", "depthwise", "--epochs", "1", "--images", "128", "--out",
                first.toString(), "--threads", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("FP32 test accuracy"), r.out());
        assertEquals(0, CliRunner.run("cnn-train", "--net", "depthwise", "--epochs", "1", "--images", "128", "--out",
                second.toString(), "--threads", "2").status());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same options, same bytes");
        assertTrue(Files.readString(first, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("trained-by approxmac cnn-train --net depthwise --epochs 1 --images 128 --seed 1"));

        var run = CliRunner.run("cnn", "mitchw:n=16,w=6", "--depthwise", "--weights", first.toString(), "--images",
                "20", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals("depthwise", o.get("network").asText());
        assertEquals("adjusted", o.get("bn").asText());
        assertEquals(20, o.get("images").asInt());
        assertEquals(12, o.get("layers").size());
        assertEquals(1 + o.get("unit_mean_rel_error").asDouble(), o.get("bn_mean_scale").asDouble(), 1e-12);
        assertEquals(9, o.get("layers").get(1).get("products_per_output").asInt(), "a depthwise layer sums 3 x 3");

        var wrongNet = CliRunner.run("cnn", "mitchw:n=16,w=6", "--weights", first.toString(), "--images", "5");
        assertEquals(2, wrongNet.status());
        assertTrue(wrongNet.err().contains("holds network depthwise, this run needs bn"), wrongNet.err());
    }

    @Test
    void badInputIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"cnn", "mitchw:n=16,w=6", "--images", "0"},
            {"cnn", "mitchw:n=16,w=6", "--images", "10001"},
            {"cnn", "mitchw:n=16,w=6", "--bn", "sometimes"},
            {"cnn", "mitchw:n=16,w=6", "--depthwise", "--bn", "none"},
            {"cnn", "mitchw:n=16,w=6,sign=unsigned"},
            {"cnn", "fixed:n=40"},
            {"cnn", "fp8e4m3"},
            {"cnn", "mitchw:n=16,w=6", "--threads", "0"},
            {"cnn", "mitchw:n=16,w=6", "--weights", dir.resolve("none.weights").toString()},
            {"cnn-train", "--net", "resnet", "--out", dir.resolve("x.weights").toString()},
            {"cnn-train", "--net", "bn", "--epochs", "0", "--out", dir.resolve("x.weights").toString()},
            {"cnn-train", "--net", "bn", "--images", "10", "--out", dir.resolve("x.weights").toString()},
        };
        for (String[] args : cases) {
            var r = CliRunner.run(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertTrue(CliRunner.run(cases[4]).err().contains("sign=sm|c1|twos"));
        assertTrue(CliRunner.run(cases[0]).err().contains("accepted: 1..10000"));
        Path foreign = dir.resolve("mine.weights");
        Files.writeString(foreign, "my notes");
        var r = CliRunner.run("cnn-train", "--net", "depthwise", "--images", "64", "--epochs", "1", "--out",
                foreign.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
        assertEquals("my notes", Files.readString(foreign));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no file was written");
        }
    }

    @Test
    void aMissingDataSetIsAnEnvironmentFailureWithTheInstallHint(@TempDir Path dir) {
        var r = CliRunner.run("cnn", "mitchw:n=16,w=6", "--data", dir.toString(), "--images", "5");
        assertEquals(3, r.status(), r.err());
        assertTrue(r.err().contains("apt-get install dataset-fashion-mnist"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
