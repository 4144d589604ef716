// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;

import org.apache.jena.query.QueryParseException;

import be.slimcat.harvest.SourceDescriptions;
import be.slimcat.harvest.UnknownDialectException;
import be.slimcat.server.ServerStartException;
import be.slimcat.store.StoreUnavailableException;
import be.slimcat.store.patch.PatchChainException;
import be.slimcat.store.patch.PatchLogException;
import be.slimcat.store.queries.InvalidParameterException;
import be.slimcat.store.remote.RemoteStoreException;
import be.slimcat.store.queries.UnknownQueryException;
import be.slimcat.vocab.RdfSyntaxException;
import be.slimcat.vocab.ResourceNotFoundException;
import be.slimcat.vocab.SlimcatIris.InvalidBaseIriException;
import be.slimcat.vocab.UnsupportedSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and one-line messages. Stack traces are printed
 * only with {@code --stacktrace}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = exitCode(e);
        if (code == ExitCodes.BUG) {
            err.println("slimcat: internal error: " + e + " (rerun with --stacktrace and report it)");
        } else {
            err.println("slimcat: " + e.getMessage());
        }
        if (wantsStackTrace(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("slimcat: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static int exitCode(Exception e) {
        if (e instanceof RdfSyntaxException || e instanceof InvalidSourcesException
                || e instanceof SourceDescriptions.DuplicateSourceException) {
            return ExitCodes.DATA_PROBLEMS;
        }
        if (e instanceof RemoteUnavailableException || e instanceof RemoteStoreException) {
            return ExitCodes.REMOTE_UNAVAILABLE;
        }
        if (e instanceof ResourceNotFoundException || e instanceof UnsupportedSyntaxException
                || e instanceof InvalidBaseIriException || e instanceof StoreUnavailableException
                || e instanceof ServerStartException || e instanceof QueryParseException
                || e instanceof UsageException || e instanceof UnknownDialectException
                || e instanceof UnknownQueryException || e instanceof InvalidParameterException
                || e instanceof PatchChainException || e instanceof PatchLogException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.BUG;
    }

    private static boolean wantsStackTrace(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
