package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note on stderr for a fleet that does not keep up, and its absence where the backlog is healthy. */
class OverloadNoteTest {
    @TempDir
    Path tmp;

    /** M/M/c with c servers at 45 requests/s of 100 ms: offered load 4.5 servers. */
    private Path pool(int servers) throws IOException {
        Path p = tmp.resolve("pool-" + servers + ".yaml");
        Files.writeString(p, """
                name: pool
                horizon: 2h
                warmup: 5m
                replications: 2
                seed: 1
                workloads:
                  - name: w
                    arrivals: {type: poisson, rate: 45/s}
                    service_time: {type: exponential, mean: 100ms}
                    target: pool
                fleets:
                  - {name: pool, type: fixed-pool, servers: %d}
                """.formatted(servers));
        return p;
    }

    @Test
    void anOverloadedPoolGetsTheNoteOnStderrAndItsResultsAsUsual() throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("run", pool(2).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("note: the backlog grew all run long"), r.err());
        assertTrue(r.err().contains("the fleet did not keep up"), r.err());
        assertFalse(r.out().contains("note:"), "stdout stays the report");
    }

    @Test
    void aPoolThatKeepsUpGetsNone() throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("run", pool(6).toString()); // rho = 0.75
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("note:"), r.err());
    }

    @Test
    void aBurstBacklogThatDrainsIsNotOverload() {
        // Hourly async bursts queue thousands of events that drain before the next: at the horizon
        // one burst's backlog is waiting, but it did not grow all run long.
        Path s = CliTestSupport.scenarios().resolve("lambda-async-queue.yaml");
        CliTestSupport.Result r = CliTestSupport.run("run", "--replications", "1", s.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("note:"), r.err());
    }
}
