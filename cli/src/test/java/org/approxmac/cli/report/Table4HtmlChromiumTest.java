package org.approxmac.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * table4.html as a browser shows it: rendered by headless Chromium (Debian's {@code chromium}, which
 * scripts/install-deps.sh installs). Fails when Chromium is missing unless tool tests are skipped
 * with -Dapproxmac.skipTools=true.
 */
class Table4HtmlChromiumTest {

    @Test
    void chromiumShowsNoMarkdownTheProvenanceAndTheTradeOffChart(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        Path page = dir.resolve("table4.html");
        Files.writeString(page, Table4Html.render(Table4ReportTest.report(200, 160, 66, 900, 500, 120)));
        String dom = run(chromium, dir, "--dump-dom", page.toUri().toString());
        assertTrue(dom.contains("<table class=\"provenance\" id=\"provenance\">"), "provenance block rendered");
        assertTrue(dom.contains("<th>approxmac</th><td>0.2.0</td>"), "version labelled");
        assertTrue(dom.contains("<th>Verilator</th>"), "Verilator labelled");
        assertEquals(1, dom.split("<th>Icarus Verilog</th>", -1).length - 1, "Icarus once");
        assertTrue(dom.contains("Energy per operation against error"), "energy-vs-error chart rendered");
        assertEquals(5, dom.split("<svg", -1).length - 1, "five charts in the DOM");
        String text = dom.replaceAll("(?s)<svg.*?</svg>", "").replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("<[^>]*>", "");
        assertFalse(text.contains("**"), "no raw Markdown emphasis in the rendered text");
        assertFalse(text.contains("`"), "no raw Markdown code spans in the rendered text");

        Path shot = dir.resolve("table4.png");
        run(chromium, dir, "--screenshot=" + shot, "--window-size=1500,2600", "--hide-scrollbars",
                page.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1500, image.getWidth());
        assertTrue(inkShare(image) > 0.02, "the screenshot shows the page, not a blank window");
        String keep = System.getProperty("approxmac.keepScreenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Share of pixels that are not near-white. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    ink++;
                }
            }
        }
        return ink / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
    }

    private static Path chromium() {
        assumeFalse(ToolGate.skipped(), "tool-dependent tests skipped on request");
        Optional<Path> found = List.of("chromium", "chromium-browser").stream()
                .flatMap(name -> List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                        .map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        assertTrue(found.isPresent(), "chromium missing: sudo apt-get install chromium (or scripts/install-deps.sh;"
                + " or -Dapproxmac.skipTools=true)");
        return found.get();
    }

    /** Runs headless Chromium with a private profile; returns its standard output. */
    private static String run(Path chromium, Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.err").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium did not finish in 180 s");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.err")));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
