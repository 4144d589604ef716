// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One bundled TSV table: rows of tab-separated cells, '#' comment lines, and {@code @code} lines
 * listing the valid codes of the authority table.
 *
 * @param rows  the rows, each with at least two cells
 * @param codes the codes listed on {@code @code} lines
 */
record TableFile(List<List<String>> rows, Set<String> codes) {
    private static final String DIRECTORY = "/be/slimcat/harvest/normalise/";

    static TableFile read(String name) {
        try (InputStream in = TableFile.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("The normaliser table " + name + " is not bundled (a broken build?)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            Set<String> codes = new LinkedHashSet<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@code ")) {
                    codes.addAll(Arrays.asList(line.substring(6).strip().split("\\s+")));
                    continue;
                }
                List<String> cells = List.of(line.split("\t"));
                if (cells.size() < 2 || cells.get(0).isBlank() || cells.get(1).isBlank()) {
                    throw new IllegalStateException(name + ":" + number + ": expected variant<TAB>target, got: " + line);
                }
                rows.add(cells);
            }
            return new TableFile(List.copyOf(rows), Set.copyOf(codes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the normaliser table " + name, e);
        }
    }
}
