// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code slimcat} command: the root of every subcommand. */
@Command(name = "slimcat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "SlimCat: the linked open data catalogue of the Flemish smart-city ecosystem.",
        subcommands = {ValidateCommand.class, CheckCommand.class, LoadCommand.class, QueryCommand.class, AskCommand.class, ExportCommand.class, HarvestCommand.class,
            ScoreCommand.class, BaselineCommand.class,
            ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 bug, 2 usage, 3 data problems, 4 remote unavailable."})
public final class SlimcatCommand implements Runnable {
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
    }

    /** The command line with SlimCat's error handling, printing to the given writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ErrorReporter errors = new ErrorReporter();
        return new CommandLine(new SlimcatCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(commandLine(out, err).execute(args));
    }
}
