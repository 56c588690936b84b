package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.sweep.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
    private static final Set<String> NAMES = Set.of("a.json", "b.txt", "c.csv");

    @TempDir
    Path tmp;

    /** Every file under {@code root} with its content, directories as "DIR". */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                all.put(root.relativize(p).toString(), Files.isDirectory(p) ? "DIR" : Files.readString(p));
            }
        }
        return all;
    }

    private Path previousOutput() throws IOException {
        Path out = tmp.resolve("out");
        OutputDirectory first = new OutputDirectory(out, NAMES);
        first.add("a.json", "old a");
        first.add("b.txt", "old b");
        first.add("c.csv", "old c");
        first.commit();
        Files.writeString(out.resolve("thesis.txt"), "important");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/x"), "mine");
        return out;
    }

    @Test
    void aWriteFailingMidwayLeavesThePreviousOutputAndNoTemporaryFiles() throws IOException {
        Path out = previousOutput();
        Map<String, String> before = snapshot(tmp);
        AtomicInteger written = new AtomicInteger();
        OutputDirectory failing = new OutputDirectory(out, NAMES, (target, content) -> {
            if (written.incrementAndGet() == 3) {
                throw new IOException("No space left on device");
            }
            return AtomicFiles.writeTemp(target, content);
        });
        failing.checkWritable(true);
        failing.add("a.json", "new a");
        failing.add("b.txt", "new b");
        failing.add("c.csv", "new c");
        UserInputException e = assertThrows(UserInputException.class, failing::commit);
        assertTrue(e.getMessage().startsWith("--out " + out + ": cannot write ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("No space left on device); nothing was replaced"), e.getMessage());
        assertEquals(before, snapshot(tmp), "old output and the user's files intact; no temporary or staging files");
    }

    @Test
    void aReadOnlyDirectoryIsReportedAndLeftAsItWas() throws IOException {
        Path out = previousOutput();
        Map<String, String> before = snapshot(tmp);
        Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "running as root: permissions do not stop writes "
                    + "(aWriteFailingMidwayLeavesThePreviousOutputAndNoTemporaryFiles covers this with a failing writer)");
            OutputDirectory dir = new OutputDirectory(out, NAMES);
            dir.add("a.json", "new a");
            assertThrows(UserInputException.class, dir::commit);
        } finally {
            Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.values()));
        }
        assertEquals(before, snapshot(tmp));
    }

    @Test
    void forceReplacesItsOwnNamesRemovesTheOnesNoLongerWrittenAndNothingElse() throws IOException {
        Path out = previousOutput();
        OutputDirectory dir = new OutputDirectory(out, NAMES);
        dir.checkWritable(true);
        dir.add("a.json", "new a");
        dir.add("b.txt", "new b");
        Files.writeString(out.resolve(".c.csv-k3x9.tmp"), "left by a killed run");
        Files.writeString(out.resolve(".thesis.txt-k3x9.tmp"), "not one of ours");
        dir.commit();
        assertEquals(Map.of("", "DIR", "a.json", "new a", "b.txt", "new b", "thesis.txt", "important", "sub", "DIR",
                "sub/x", "mine", ".thesis.txt-k3x9.tmp", "not one of ours"), snapshot(out));
    }

    @Test
    void withoutForceANonEmptyDirectoryIsRefused() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        new OutputDirectory(out, NAMES).checkWritable(false);
        Files.writeString(out.resolve("thesis.txt"), "important");
        UserInputException e = assertThrows(UserInputException.class, () -> new OutputDirectory(out, NAMES).checkWritable(false));
        assertEquals("--out " + out + ": the directory already holds files; choose another or add --force to replace them",
                e.getMessage());
    }

    @Test
    void onlyDeclaredNamesCanBeWritten() {
        OutputDirectory dir = new OutputDirectory(tmp.resolve("out"), NAMES);
        assertThrows(IllegalArgumentException.class, () -> dir.add("thesis.txt", "x"));
    }

    @Test
    void filesAndTheDirectoryGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        Assumptions.assumeTrue(Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null, "POSIX file system");
        Path out = tmp.resolve("deep/out");
        OutputDirectory dir = new OutputDirectory(out, NAMES);
        dir.add("a.json", "a");
        dir.commit();
        Path freshDir = Files.createDirectory(tmp.resolve("fresh-dir"));
        Path freshFile = Files.createFile(tmp.resolve("fresh-file"));
        assertEquals(Files.getPosixFilePermissions(freshDir), Files.getPosixFilePermissions(out));
        assertEquals(Files.getPosixFilePermissions(freshDir), Files.getPosixFilePermissions(out.getParent()));
        assertEquals(Files.getPosixFilePermissions(freshFile), Files.getPosixFilePermissions(out.resolve("a.json")));
        // Replacing keeps to the same rule.
        OutputDirectory again = new OutputDirectory(out, NAMES);
        again.add("a.json", "b");
        again.commit();
        assertEquals(Files.getPosixFilePermissions(freshFile), Files.getPosixFilePermissions(out.resolve("a.json")));
    }
}
