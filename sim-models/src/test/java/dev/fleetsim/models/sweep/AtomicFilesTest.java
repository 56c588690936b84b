package dev.fleetsim.models.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writesWholeReplacesAndLeavesNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("sub/sweep.csv");
        AtomicFiles.write(f, "one");
        AtomicFiles.write(f, "two");
        assertEquals("two", Files.readString(f));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(List.of(f), s.toList());
        }
    }

    /**
     * Java cannot read the umask, so the test compares with a file created the ordinary way:
     * under umask 022 both are rw-r--r--, where Files.createTempFile would give rw-------.
     */
    @Test
    void theFileHasThePermissionsOfAnOrdinaryNewFileNotOwnerOnly() throws IOException {
        Assumptions.assumeTrue(Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null, "POSIX file system");
        Path f = tmp.resolve("sweep.json");
        AtomicFiles.write(f, "{}");
        Path fresh = Files.createFile(tmp.resolve("fresh"));
        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(f));
        Path dir = tmp.resolve("tasks");
        AtomicFiles.write(dir.resolve("t-1.json"), "{}");
        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(dir.resolve("t-1.json")));
        assertEquals(Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("fresh-dir"))),
                Files.getPosixFilePermissions(dir));
    }
}
