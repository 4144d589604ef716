// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * YASGUI's build in the WebJar {@code org.webjars.npm:zazuko__yasgui} on the class path: the folder
 * with {@code yasgui.min.js} and {@code yasgui.min.css} (which bundle YASQE, YASR and their libraries).
 */
final class YasguiWebJar {
    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";

    private YasguiWebJar() {}

    /** The class-path folder of the build, e.g. {@code META-INF/resources/webjars/zazuko__yasgui/4.5.0/build}. */
    static String buildFolder() {
        return "META-INF/resources/webjars/zazuko__yasgui/" + version() + "/build";
    }

    /** The version of the WebJar on the class path. */
    static String version() {
        try (InputStream in = YasguiWebJar.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("YASGUI is not on the class path (" + POM_PROPERTIES
                        + " is missing): the build lacks the WebJar org.webjars.npm:zazuko__yasgui");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + POM_PROPERTIES, e);
        }
    }
}
