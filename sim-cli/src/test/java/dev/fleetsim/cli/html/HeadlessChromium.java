package dev.fleetsim.cli.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for tests: found at {@code $FLEETSIM_CHROMIUM}, {@code /usr/bin/chromium} or
 * on the PATH, run with the flags that work as root in a container, each run with a new empty
 * profile so nothing carries over between runs.
 */
final class HeadlessChromium {
    /** Guards the build against a hung browser; a normal run takes about a second. */
    private static final long LIMIT_SECONDS = 120;

    record Output(int exit, String stdout, String stderr) {}

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or null if none is installed. */
    static HeadlessChromium find() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("FLEETSIM_CHROMIUM");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        candidates.add(Path.of("/usr/bin/chromium"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(HeadlessChromium::new).orElse(null);
    }

    /** Loads {@code page} and runs the browser with {@code extra} flags (e.g. --dump-dom). */
    Output open(Path page, Path scratch, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile-");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = scratch.resolve("chromium.out");
        Path err = scratch.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + LIMIT_SECONDS + " s");
        }
        return new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
