// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.slimcat.quality.QualityTableException;

/**
 * One bundled TSV facts table: '#' comment lines, {@code @code} lines listing the codes of an EU
 * authority table, and rows of tab-separated cells, each row remembering its line.
 *
 * @param name  the file name, for messages
 * @param rows  the rows
 * @param codes the codes listed on {@code @code} lines
 */
record FactsTable(String name, List<Row> rows, Set<String> codes) {
    private static final String DIRECTORY = "/be/slimcat/quality/facts/";

    /**
     * A row of a table.
     *
     * @param line  its line number
     * @param cells its cells
     */
    record Row(int line, List<String> cells) {
        /** The cell at {@code index}. */
        String cell(int index) {
            return cells.get(index);
        }

        /** A "yes"/"no" cell as a boolean. */
        boolean flag(String table, int index) {
            return switch (cells.get(index)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new QualityTableException(table + ":" + line + ": cell " + (index + 1)
                        + " must be \"yes\" or \"no\", got \"" + cells.get(index) + "\"");
            };
        }
    }

    /** Reads a bundled table whose rows must have exactly {@code cellsPerRow} non-blank cells. */
    static FactsTable read(String name, int cellsPerRow) {
        try (InputStream in = FactsTable.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new QualityTableException("The quality facts table " + name + " is not bundled (a broken build?)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
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
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() != cellsPerRow || cells.stream().anyMatch(String::isBlank)) {
                    throw new QualityTableException(name + ":" + number + ": expected " + cellsPerRow
                            + " non-blank tab-separated cells, got: " + line);
                }
                rows.add(new Row(number, cells));
            }
            return new FactsTable(name, List.copyOf(rows), Set.copyOf(codes));
        } catch (IOException e) {
            throw new QualityTableException("Cannot read the quality facts table " + name, e);
        }
    }
}
