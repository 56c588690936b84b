package dev.fleetsim.models.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a sweep keeps its finished tasks: one small file per task under {@code DIR/tasks},
 * written to a temporary name and then renamed, so a task file either holds a whole result or
 * does not exist. A crash (even {@code kill -9}) leaves at most temporary files, which are
 * ignored and removed; {@code --resume} then runs only the tasks without a file.
 */
public final class TaskStore {
    private static final Pattern NAME = Pattern.compile("t-(\\d+)\\.json");
    private final Path dir;

    public TaskStore(Path sweepDir) {
        this.dir = sweepDir.resolve("tasks");
    }

    public Path dir() {
        return dir;
    }

    /** Saves one finished task; safe to call from several threads. */
    public void save(TaskResult r) {
        try {
            AtomicFiles.write(dir.resolve("t-" + r.task() + ".json"), r.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save task " + r.task() + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every complete task file, by task number. Temporary files of an interrupted write are
     * deleted; a task file that does not parse (it cannot happen through {@link #save}, but a
     * disk can lie) is refused with its name.
     */
    public Map<Long, TaskResult> load() {
        Map<Long, TaskResult> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                    continue;
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    continue;
                }
                TaskResult r = TaskResult.fromJson(Files.readString(f));
                if (r == null || r.task() != Long.parseLong(m.group(1))) {
                    throw new SweepException(f + ": expected a task result, found a damaged file; delete it and run again with --resume");
                }
                out.put(r.task(), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
