package dev.fleetsim.models.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sweep's working directory: its manifest, its finished tasks, and at the end {@code sweep.csv}
 * and {@code sweep.json}. Decides what an existing directory means: the same sweep to resume,
 * another one to refuse, or (with force) one to start again.
 */
public final class SweepDirectory {
    public static final String CSV = "sweep.csv";
    public static final String JSON = "sweep.json";

    private final Path dir;
    private final TaskStore store;

    public SweepDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.store = new TaskStore(this.dir);
    }

    public Path path() {
        return dir;
    }

    public TaskStore store() {
        return store;
    }

    /**
     * Makes the directory ready for {@code manifest}: a new or empty directory gets the manifest;
     * the same sweep is resumed (with {@code resume}); anything else is refused unless {@code
     * force}, which deletes this sweep's own files (manifest, tasks, outputs) and starts again.
     */
    public void prepare(SweepManifest manifest, boolean resume, boolean force) {
        Path file = dir.resolve(SweepManifest.FILE);
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new SweepException("--out " + dir + ": expected a directory, found a file");
            }
            if (Files.isRegularFile(file) && !force) {
                SweepManifest old = SweepManifest.fromJson(Files.readString(file), file.toString());
                if (!old.sameSweep(manifest) || !old.shard().equals(manifest.shard())) {
                    throw new SweepException("--out " + dir + ": holds another sweep (" + old.scenario() + ", shard "
                            + old.shard() + "); choose another directory or add --force to start again");
                }
                if (!resume) {
                    throw new SweepException("--out " + dir + ": holds this sweep already; add --resume to finish it"
                            + " or --force to start again");
                }
                return;
            }
            if (!force && Files.isDirectory(dir) && !isEmpty(dir)) {
                throw new SweepException("--out " + dir + ": the directory already holds files; choose another or add --force");
            }
            if (force) {
                deleteTree(store.dir());
                Files.deleteIfExists(dir.resolve(CSV));
                Files.deleteIfExists(dir.resolve(JSON));
            }
            AtomicFiles.write(file, manifest.toJson());
        } catch (IOException e) {
            throw new SweepException("--out " + dir + ": cannot prepare the directory: " + e.getMessage());
        }
    }

    /** The manifest in this directory; an error naming the directory if there is none. */
    public SweepManifest manifest() {
        Path file = dir.resolve(SweepManifest.FILE);
        if (!Files.isRegularFile(file)) {
            throw new SweepException(dir + ": expected a sweep directory with " + SweepManifest.FILE + ", found none");
        }
        try {
            return SweepManifest.fromJson(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new SweepException(file + ": cannot read: " + e.getMessage());
        }
    }

    public Map<Long, TaskResult> results() {
        return store.load();
    }

    /** Writes the final outputs, each whole or not at all. */
    public void writeOutputs(SweepOutput output) {
        try {
            AtomicFiles.write(dir.resolve(CSV), output.csv());
            AtomicFiles.write(dir.resolve(JSON), output.json());
        } catch (IOException e) {
            throw new SweepException("--out " + dir + ": cannot write: " + e.getMessage());
        }
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path d) throws IOException {
        if (!Files.exists(d)) {
            return;
        }
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
