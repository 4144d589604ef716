// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version from the build ({@code version.properties}). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "slimcat " + p.getProperty("version", "unknown"),
            "Apache Jena " + p.getProperty("jena", "unknown") + ", Java " + System.getProperty("java.version")
        };
    }
}
