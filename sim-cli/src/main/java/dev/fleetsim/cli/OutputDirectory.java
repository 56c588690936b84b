package dev.fleetsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a run's files into a directory all at once: everything goes into a fresh sibling
 * directory first, which is then renamed into place, so a crash never leaves a half-written run
 * and a previous run is only replaced (with {@code --force}) once the new one is complete.
 */
final class OutputDirectory {
    private final Path target;
    private final Map<String, String> files = new LinkedHashMap<>();

    OutputDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /** Refuses early, before any simulation time is spent, if the directory holds a run. */
    void checkWritable(boolean force) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UserInputException("--out " + target + ": expected a directory, found a file");
        }
        if (!force && Files.isDirectory(target) && !isEmpty(target)) {
            throw new UserInputException("--out " + target + ": the directory already holds files; "
                    + "choose another or add --force to replace them");
        }
    }

    void add(String name, String content) {
        files.put(name, content);
    }

    void commit() {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(staging.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UserInputException("--out " + target + ": cannot write: " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
