// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code slimcat} command in a JVM of its own (the test's class path, main class
 * {@code be.slimcat.cli.SlimcatCommand}), as an operator runs it, so that it can be killed with SIGKILL.
 */
public final class SlimcatProcess {
    private final Process process;
    private final Path log;
    private final long startedNanos = System.nanoTime();

    private SlimcatProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code slimcat args…}; its output goes to {@code log}. */
    public static SlimcatProcess start(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classPath(), "be.slimcat.cli.SlimcatCommand"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new SlimcatProcess(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code slimcat args…} to its end (at most ten minutes); returns its exit code. */
    public static Finished run(Path log, String... args) {
        SlimcatProcess p = start(log, args);
        return p.awaitEnd(600);
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Kills the process with SIGKILL and waits for it to be gone; true when it was still running. */
    public boolean kill() {
        boolean running = process.isAlive();
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a killed slimcat process did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return running;
    }

    /** True while the process runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the end; fails when it takes longer than {@code seconds}. */
    public Finished awaitEnd(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("slimcat did not end within " + seconds + " s: " + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Finished(process.exitValue(), (System.nanoTime() - startedNanos) / 1_000_000, output());
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** A process that ended: its exit code, how long it ran and what it printed. */
    public record Finished(int exitCode, long millis, String output) {}
}
