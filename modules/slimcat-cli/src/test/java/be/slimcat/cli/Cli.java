// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

import be.slimcat.store.StoreUnderTest;

/** Runs slimcat in-process and keeps what it printed. */
final class Cli {
    final int exitCode;
    final String out;
    final String err;

    private Cli(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SlimcatCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(StoreUnderTest.commandLine(args));
        return new Cli(code, out.toString(), err.toString());
    }

    static String fixture(String name) {
        try {
            return Path.of(Cli.class.getResource("/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
