// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One TSV table bundled under {@code be/slimcat/harvest/rdf/}: rows of tab-separated cells, with
 * '#' comment lines and blank lines skipped.
 */
final class BundledTable {
    private static final String DIRECTORY = "/be/slimcat/harvest/rdf/";

    private BundledTable() {}

    /** The rows of a table, each with at least {@code minCells} non-blank leading cells. */
    static List<List<String>> rows(String name, int minCells) {
        try (InputStream in = BundledTable.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("The table " + name + " is not bundled (a broken build?)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t"));
                if (cells.size() < minCells || cells.subList(0, minCells).stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + minCells
                            + " tab-separated cells, got: " + line);
                }
                rows.add(cells);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the table " + name, e);
        }
    }
}
