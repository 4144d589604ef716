// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts the trials of one reliability property and the failures among them, then prints
 * {@code name: trials N, failures F} with its figures, keeps that text in
 * {@code target/reliability/<name>.txt} for the suite's summary, and fails the test when a trial failed.
 */
public final class PropertyTally {
    private final String name;
    private final List<String> failures = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private long trials;

    public PropertyTally(String name) {
        this.name = name;
    }

    /** Counts one trial that held. */
    public synchronized void passed() {
        trials++;
    }

    /** Counts one trial that failed, with what went wrong. */
    public synchronized void failed(String what) {
        trials++;
        failures.add(what);
    }

    /** Counts one trial: passed when {@code holds}, else failed with {@code what}. */
    public void check(boolean holds, String what) {
        if (holds) {
            passed();
        } else {
            failed(what);
        }
    }

    /** Adds a figure line printed under the tally (sizes, latencies, counts). */
    public synchronized void figure(String format, Object... args) {
        figures.add(String.format(Locale.ROOT, format, args));
    }

    /** The trials counted so far. */
    public synchronized long trials() {
        return trials;
    }

    /** The failed trials counted so far. */
    public synchronized int failureCount() {
        return failures.size();
    }

    /** Prints and keeps the tally; fails when no trial ran or one failed. */
    public synchronized void report() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: trials %d, failures %d%n", name, trials, failures.size()));
        figures.forEach(f -> text.append("  ").append(f).append(System.lineSeparator()));
        failures.stream().limit(20).forEach(f -> text.append("  FAILED ").append(f).append(System.lineSeparator()));
        System.out.print(text);
        System.out.flush();
        String results = System.getProperty("reliability.results");
        if (results != null) {
            try {
                Path dir = Files.createDirectories(Path.of(results));
                Files.writeString(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (trials == 0) {
            fail(name + ": no trial ran");
        }
        if (!failures.isEmpty()) {
            fail(name + ": " + failures.size() + " of " + trials + " trials failed, the first: " + failures.get(0));
        }
    }
}
