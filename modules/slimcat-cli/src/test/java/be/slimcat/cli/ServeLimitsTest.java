// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint limits of {@code slimcat serve}: bad values are usage errors (exit 2) that say what is expected. */
class ServeLimitsTest {
    @TempDir Path dir;

    private Cli serve(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--store";
        args[2] = dir.resolve("store").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Cli.run(args);
    }

    private void assertUsage(String expected, String... options) {
        Cli cli = serve(options);
        assertEquals(2, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains(expected), cli.err);
        assertFalse(Files.exists(dir.resolve("store")), "the store is not opened for a bad option");
    }

    @Test
    void bad_values_are_usage_errors() {
        assertUsage("--query-timeout must be at least 1 second, not 0", "--query-timeout", "0");
        assertUsage("--max-rows must be at least 1, not -5", "--max-rows", "-5");
        assertUsage("--max-concurrent-queries must be at least 1, not 0", "--max-concurrent-queries", "0");
        assertUsage("--rate-limit: a rate is written REQUESTS/PERIOD with PERIOD s, min or h (e.g. 10/s or 600/min), not 'fast'",
                "--rate-limit", "fast");
        assertUsage("--rate-limit: a rate limit allows at least 1 request, not 0", "--rate-limit", "0/s");
        assertUsage("--max-body takes a size such as 65536, 64k or 1M, not '1G'", "--max-body", "1G");
        assertUsage("--service-allow: 'http://query.wikidata.org/sparql' is not a host name or host:port",
                "--service-allow", "query.wikidata.org,http://query.wikidata.org/sparql");
        assertUsage("Invalid value for option '--max-concurrent-queries'", "--max-concurrent-queries", "many");
    }

    @Test
    void limits_are_read_from_the_options() {
        EndpointLimits limits = EndpointLimits.of(5, 100, 2, "600/min", "64k", List.of("query.wikidata.org", "127.0.0.1:8890"));
        assertEquals("timeout 5 s, 100 rows, 2 queries at once, 600/min per client, body 65536 bytes,"
                + " SERVICE to [query.wikidata.org, 127.0.0.1:8890]", limits.toString());
        assertEquals("timeout 30 s, 10000 rows, 4 queries at once, no rate limit per client, body 1048576 bytes, SERVICE off",
                EndpointLimits.of(30, 10_000, 4, "off", "1M", List.of()).toString());
    }
}
