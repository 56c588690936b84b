package dev.fleetsim.cli;

import dev.fleetsim.models.sweep.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a command's output files ({@code run --out}, {@code compare --out}) into a directory
 * that may hold anything else: only the files this command writes are ever replaced or removed.
 *
 * <p>How: every file is first written whole to a hidden temporary file in DIR itself ({@code
 * .report.json-RANDOM.tmp}, created with the default, umask-governed permissions); only when all
 * of them are written is each renamed over its final name (atomically where the file system can),
 * and then the names of this command's output set that the new output no longer has (say {@code
 * forecast-hours.csv} of an earlier predictive scenario) are deleted. So a reader never sees a
 * half-written file; if writing fails (disk full, read-only directory) the temporary files are
 * removed and the previous output is left as it was. Staging in DIR rather than in a sibling
 * directory needs no write access to DIR's parent and never moves or deletes DIR itself, so
 * {@code --out ~ --force} touches nothing of the user's.
 *
 * <p>What it does not give: the set is replaced file by file, so a reader listing DIR during the
 * few renames can see some new and some old files, each of them whole.
 */
final class OutputDirectory {
    /** Writes a file's content to a temporary file next to it and returns that file; a seam for tests. */
    @FunctionalInterface
    interface TempWriter {
        Path writeTemp(Path target, String content) throws IOException;
    }

    private final Path target;
    private final Set<String> outputNames;
    private final TempWriter writer;
    private final Map<String, String> files = new LinkedHashMap<>();

    /**
     * {@code outputNames}: every name this command writes to DIR, including ones it writes only
     * sometimes or wrote in earlier versions; {@code --force} replaces or removes those and
     * nothing else.
     */
    OutputDirectory(Path target, Set<String> outputNames) {
        this(target, outputNames, AtomicFiles::writeTemp);
    }

    OutputDirectory(Path target, Set<String> outputNames, TempWriter writer) {
        this.target = target.toAbsolutePath().normalize();
        this.outputNames = Set.copyOf(outputNames);
        this.writer = writer;
    }

    /** Refuses early, before any simulation time is spent, if the directory holds files. */
    void checkWritable(boolean force) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UserInputException("--out " + target + ": expected a directory, found a file");
        }
        if (!force && Files.isDirectory(target) && !isEmpty(target)) {
            throw new UserInputException("--out " + target + ": the directory already holds files; "
                    + "choose another or add --force to replace them");
        }
        for (String name : outputNames) {
            if (Files.isDirectory(target.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new UserInputException("--out " + target + ": " + name + " is a directory; fleetsim writes a file "
                        + "of that name, so move it away or choose another directory");
            }
        }
    }

    void add(String name, String content) {
        if (!outputNames.contains(name)) {
            throw new IllegalArgumentException(name + " is not one of this command's output names " + outputNames);
        }
        files.put(name, content);
    }

    void commit() {
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (Map.Entry<String, String> f : files.entrySet()) {
                temps.add(writer.writeTemp(target.resolve(f.getKey()), f.getValue()));
            }
        } catch (IOException e) {
            deleteQuietly(temps);
            throw new UserInputException("--out " + target + ": cannot write (" + e + "); nothing was replaced");
        }
        int i = 0;
        try {
            for (String name : files.keySet()) {
                AtomicFiles.replace(temps.get(i), target.resolve(name));
                i++;
            }
            for (String name : outputNames) {
                if (!files.containsKey(name)) {
                    Files.deleteIfExists(target.resolve(name));
                }
            }
            deleteLeftoverTemps();
        } catch (IOException e) {
            deleteQuietly(temps.subList(i, temps.size()));
            throw new UserInputException("--out " + target + ": cannot write (" + e + "); "
                    + i + " of " + files.size() + " files were replaced");
        }
    }

    /** Temporary files of our own names that a killed earlier run left behind. */
    private void deleteLeftoverTemps() throws IOException {
        try (Stream<Path> s = Files.list(target)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                for (String out : outputNames) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && name.matches("\\." + Pattern.quote(out) + "-[0-9a-z]+" + Pattern.quote(AtomicFiles.TEMP_SUFFIX))) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(List<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
