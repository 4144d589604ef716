// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

/** The language of a report's messages: Dutch or English. */
enum ReportLanguage {
    en, nl;

    /** The language tag, as the quality and validation texts take it. */
    String tag() {
        return name();
    }

    /** The English or the Dutch text, for this language. */
    String pick(String english, String dutch) {
        return this == nl ? dutch : english;
    }
}
