// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.nio.file.Path;

/** The repository checkout the tests run in (set by the build as system property slimcat.repository). */
final class Repository {
    private Repository() {}

    static Path path(String relative) {
        String root = System.getProperty("slimcat.repository", "../..");
        return Path.of(root).resolve(relative).normalize();
    }
}
