package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad scenario per class of error, each file starting with {@code # expect: MESSAGE}: both
 * {@code validate} and {@code run} must print exactly that one line (the file named as given) and
 * exit with code 2, without a stack trace.
 */
class BadScenarioTest {

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(BadScenarioTest.class.getResource("/bad").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "expected the bad-scenario collection, found " + files.size());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileGetsItsOneLineErrorAndExitCodeTwo(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        assertTrue(first.startsWith("# expect: "), file + " must start with '# expect: '");
        String expected = file.getParent() + "/" + first.substring("# expect: ".length());
        for (String command : List.of("validate", "run")) {
            CliTestSupport.Result r = CliTestSupport.run(command, file.toString());
            assertEquals(2, r.exit(), command + " " + file);
            assertEquals(expected, r.err().strip(), command + " " + file);
        }
    }
}
