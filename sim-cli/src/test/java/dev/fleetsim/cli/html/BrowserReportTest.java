package dev.fleetsim.cli.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real browser (headless Chromium): the page loads with its charts and
 * without script errors, and a screenshot shows them. Skipped, saying why, where no Chromium is
 * installed; {@code .ci/run} installs the Debian package {@code chromium}.
 */
class BrowserReportTest {
    @TempDir
    Path tmp;

    private HeadlessChromium chromium;

    @BeforeEach
    void findBrowser() {
        chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium != null, "SKIPPED: no Chromium found (/usr/bin/chromium, PATH or "
                + "$FLEETSIM_CHROMIUM); install the Debian package 'chromium' to run the browser test");
    }

    private Path report() throws IOException {
        Path scenario = tmp.resolve("spot-asg.yaml");
        try (InputStream in = getClass().getResourceAsStream("/report/spot-asg.yaml")) {
            Files.copy(in, scenario);
        }
        Report report = new ScenarioRunner(2).run(new ScenarioLoader().load(scenario, List.of()), (d, t) -> {});
        Path html = tmp.resolve("report.html");
        Files.writeString(html, new HtmlReport().render(report));
        return html;
    }

    @Test
    void reportLoadsWithItsChartsAndNoScriptErrors() throws Exception {
        HeadlessChromium.Output out = chromium.open(report(), tmp, "--dump-dom");
        assertEquals(0, out.exit(), out.stderr());
        String dom = out.stdout();
        // The page's own probe counts the charts once loaded and lists any script or console error.
        Matcher loaded = Pattern.compile("<body data-loaded=\"(\\d+)\"").matcher(dom);
        assertTrue(loaded.find(), "load event ran: " + dom.substring(0, Math.min(300, dom.length())));
        assertEquals(4, Integer.parseInt(loaded.group(1)), "charts: capacity, latency per minute, CDF, cost");
        assertTrue(dom.contains("<pre id=\"page-errors\" hidden=\"\"></pre>"), "no script errors");
        assertFalse(out.stderr().contains("Uncaught"), out.stderr());
        Matcher paths = Pattern.compile("<path ").matcher(dom);
        int n = 0;
        while (paths.find()) n++;
        assertTrue(n > 50, "the SVG charts are in the DOM: " + n + " paths");
    }

    @Test
    void theErrorProbeReportsAScriptError() throws Exception {
        // The control for the test above: a broken page must show its error in the dump.
        Path broken = tmp.resolve("broken.html");
        Files.writeString(broken, HtmlPage.page("broken", "<script>notDefinedAnywhere();</script>\n"));
        HeadlessChromium.Output out = chromium.open(broken, tmp, "--dump-dom");
        assertTrue(out.stdout().contains("notDefinedAnywhere is not defined"), out.stdout());
    }

    @Test
    void screenshotShowsTheCharts() throws Exception {
        Path png = tmp.resolve("report.png");
        HeadlessChromium.Output out = chromium.open(report(), tmp, "--screenshot=" + png, "--window-size=1400,2400");
        assertEquals(0, out.exit(), out.stderr());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        assertEquals(2400, image.getHeight());
        // Chart lines are drawn in the palette's blue (0072B2): count pixels close to it.
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 40 && Math.abs(g - 0x72) < 40 && Math.abs(b - 0xB2) < 40) blue++;
            }
        }
        assertTrue(blue > 500, "chart lines visible in the screenshot: " + blue + " blue samples");
    }
}
