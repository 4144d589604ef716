// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import be.slimcat.cli.SlimcatCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Random command lines built from slimcat's own commands and options (read from its picocli model) with
 * fuzzed values: every one must end with exit code 0, 2 or 3 and, when not 0, a message; never 1 (a bug),
 * an exception or a hang. Paths the fuzzer picks are files of a scratch directory; commands that would
 * reach the network ({@code serve}, {@code harvest}, {@code check URL}, {@code --check-links}) are only
 * parsed, never run.
 */
class CommandLineFuzzTest {
    private static final FuzzTally TALLY = new FuzzTally("fuzz command line");
    private static final Set<String> PATH_OPTIONS = Set.of("--store", "-o", "--output", "--report", "--sources",
            "--admin-password-file", "-f", "--file");
    private static final Set<String> NOT_RUN = Set.of("serve", "harvest", "--check-links");
    private static Path scratch;
    private static List<String> values;

    @BeforeAll
    static void scratchFiles() throws IOException {
        scratch = Files.createTempDirectory("slimcat-cli-fuzz");
        Path turtle = scratch.resolve("data.ttl");
        Files.writeString(turtle, "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
                + "<https://data.voorbeeld.be/dataset/a> a dcat:Dataset ; dct:title \"A\"@nl ; dct:identifier \"a\" .\n",
                StandardCharsets.UTF_8);
        Path broken = scratch.resolve("broken.ttl");
        Files.writeString(broken, "<https://data.voorbeeld.be/a> a \n", StandardCharsets.UTF_8);
        Path query = scratch.resolve("query.rq");
        Files.writeString(query, "SELECT * { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8);
        values = List.of(turtle.toString(), broken.toString(), query.toString(), scratch.resolve("absent.ttl").toString(),
                scratch.toString(), "https://data.slimcat.be/graph/file-data", "SELECT * { ?s ?p ?o } LIMIT 3",
                "ASK {}", "ttl", "nq", "jsonld", "turtle", "nl", "en", "0", "-1", "99999999999", "", "-", "02:00");
    }

    @FuzzTest(maxDuration = "30m")
    void every_command_line_ends_in_a_known_exit_code_with_a_message(FuzzedDataProvider data) {
        TALLY.tried();
        CommandLine root = SlimcatCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>();
        List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
        CommandSpec spec = root.getCommandSpec();
        if (data.consumeInt(0, 9) > 0) {
            String command = data.pickValue(commands);
            args.add(command);
            spec = root.getSubcommands().get(command).getCommandSpec();
        }
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            names.addAll(List.of(option.names()));
        }
        int tokens = data.consumeInt(0, 8);
        for (int i = 0; i < tokens; i++) {
            String previous = args.isEmpty() ? "" : args.get(args.size() - 1);
            if (previous.equals("--store")) { // a few stores, not one per fuzzed name
                args.add(scratch.resolve(data.pickValue(List.of("store-a", "store-b", "data.ttl"))).toString());
                continue;
            }
            if (PATH_OPTIONS.contains(previous)) {
                args.add(scratch.resolve(safeName(data.consumeString(12))).toString());
                continue;
            }
            switch (data.consumeInt(0, 3)) {
                case 0, 1 -> args.add(data.pickValue(names));
                case 2 -> args.add(data.pickValue(values));
                default -> args.add(data.consumeString(40));
            }
        }
        String[] argv = args.toArray(String[]::new);
        if (args.stream().anyMatch(a -> NOT_RUN.contains(a) || a.contains("://") || a.startsWith("www."))) {
            parseOnly(argv);
            return;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SlimcatCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(argv);
        if (exit != 0 && exit != 2 && exit != 3) {
            throw new AssertionError("exit " + exit + " for " + List.of(argv) + ": " + err);
        }
        if (exit != 0 && (out.toString() + err).isBlank()) {
            throw new AssertionError("exit " + exit + " without a message for " + List.of(argv));
        }
    }

    /** Parses the arguments as {@code execute} would; only a parameter error (exit 2) may come out of it. */
    private static void parseOnly(String[] argv) {
        CommandLine cmd = SlimcatCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        try {
            cmd.parseArgs(argv);
        } catch (CommandLine.ParameterException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("a parameter error without a message for " + List.of(argv), expected);
            }
        }
    }

    private static String safeName(String fuzzed) {
        String name = fuzzed.replaceAll("[^A-Za-z0-9._-]", "").replaceAll("^\\.+", "");
        return name.isEmpty() ? "out" : name;
    }

    @AfterAll
    static void report() {
        TALLY.report();
        try (var files = Files.walk(scratch)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
