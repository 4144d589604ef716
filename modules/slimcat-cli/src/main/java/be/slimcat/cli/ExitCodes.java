// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

/** The exit codes of every slimcat command. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** Unexpected failure: a bug. */
    static final int BUG = 1;
    /** Wrong options or arguments, missing files, unusable store or port. */
    static final int USAGE = 2;
    /** Completed, but the data has problems (violations, syntax errors, rejected records). */
    static final int DATA_PROBLEMS = 3;
    /** A remote service (portal or endpoint) was unavailable. */
    static final int REMOTE_UNAVAILABLE = 4;

    private ExitCodes() {}
}
