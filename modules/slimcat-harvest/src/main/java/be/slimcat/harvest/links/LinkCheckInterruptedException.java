// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import be.slimcat.vocab.SlimcatException;

/** The link check was interrupted before every URL was checked; nothing of it is kept. */
public final class LinkCheckInterruptedException extends SlimcatException {
    LinkCheckInterruptedException(Throwable cause) {
        super("The link check was interrupted before every URL was checked", cause);
    }
}
