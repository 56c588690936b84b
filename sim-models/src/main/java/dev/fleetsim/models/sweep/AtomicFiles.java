package dev.fleetsim.models.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: to a temporary sibling first, then renamed over the target.
 *
 * <p>The temporary file is created with {@code CREATE_NEW} and the default permissions, so the
 * process umask governs them as for any other file the user creates ({@code
 * Files.createTempFile} would make it owner-only, and the rename would keep that): outputs meant
 * for CI artifacts and shared report directories stay readable.
 */
public final class AtomicFiles {
    /** Every temporary file ends so; a name that ends otherwise is never one of ours. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = writeTemp(target, content);
        try {
            replace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code content} to a new, uniquely named hidden file next to {@code target}
     * ({@code .NAME-RANDOM.tmp}) and returns it; on failure nothing is left behind. The
     * directory must exist.
     */
    public static Path writeTemp(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
            OutputStream out;
            try {
                out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try (out) {
                out.write(bytes);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return tmp;
        }
    }

    /** Renames {@code tmp} over {@code target}, atomically where the file system can. */
    public static void replace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
