// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import be.slimcat.vocab.BundledFile;

/**
 * The example queries bundled from the repository's {@code data-samples/queries/*.rq}, sorted by file
 * name. The title of each is its leading comment (without a licence line), joined into one line.
 */
public final class BundledExampleQueries implements ExampleQueries {
    private static final String LICENCE_LINE = "SPDX-License-Identifier";

    @Override
    public List<ExampleQuery> all() {
        List<ExampleQuery> examples = new ArrayList<>();
        for (BundledFile file : BundledFile.list("data-samples/queries", ".rq")) {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            String name = file.path().substring(file.path().lastIndexOf('/') + 1).replaceFirst("\\.rq$", "");
            examples.add(new ExampleQuery(name, title(text, name), text));
        }
        return List.copyOf(examples);
    }

    /** The leading comment lines joined with spaces, or the name when the file starts with no comment. */
    static String title(String text, String name) {
        StringBuilder title = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            String words = trimmed.substring(1).strip();
            if (words.isEmpty() || words.startsWith(LICENCE_LINE)) {
                continue;
            }
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(words);
        }
        return title.length() == 0 ? name : title.toString();
    }
}
