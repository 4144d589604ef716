// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bundled tables, read once per class loader. */
final class AuthorityTables {
    static final String EU = "http://publications.europa.eu/resource/authority/";

    final AuthorityTable fileTypes;
    final AuthorityTable licences;
    final AuthorityTable languages;
    final AuthorityTable frequencies;
    final AuthorityTable themes;
    final AuthorityTable accessRights;
    final Map<String, AuthorityTable.Entry> belgianThemes;
    final Map<String, String> languageTags;

    private AuthorityTables() {
        fileTypes = AuthorityTable.load("file-types.tsv", "EU file-type table", EU + "file-type/");
        licences = AuthorityTable.load("licences.tsv", "EU licence table", EU + "licence/");
        languages = AuthorityTable.load("languages.tsv", "EU language table", EU + "language/");
        frequencies = AuthorityTable.load("frequencies.tsv", "EU frequency table", EU + "frequency/");
        themes = AuthorityTable.load("data-themes.tsv", "EU data-theme table", EU + "data-theme/");
        accessRights = AuthorityTable.load("access-rights.tsv", "EU access-right table", EU + "access-right/");
        belgianThemes = belgianThemes(themes);
        languageTags = languageTags(languages);
    }

    private static Map<String, AuthorityTable.Entry> belgianThemes(AuthorityTable themes) {
        Map<String, AuthorityTable.Entry> map = new HashMap<>();
        for (List<String> row : TableFile.read("belgian-themes.tsv").rows()) {
            if (!themes.isCode(row.get(1)) || row.size() < 3) {
                throw new IllegalStateException("belgian-themes.tsv: bad row " + row);
            }
            map.put(row.get(0), new AuthorityTable.Entry(themes.iri(row.get(1)), row.get(2)));
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> languageTags(AuthorityTable languages) {
        Map<String, String> map = new HashMap<>();
        for (List<String> row : TableFile.read("language-tags.tsv").rows()) {
            if (!languages.isCode(row.get(0))) {
                throw new IllegalStateException("language-tags.tsv: " + row.get(0) + " is not a code of the EU language table");
            }
            map.put(row.get(0), row.get(1));
        }
        return Map.copyOf(map);
    }

    private static final class Holder {
        static final AuthorityTables BUNDLED = new AuthorityTables();
    }

    /** The bundled tables. */
    static AuthorityTables bundled() {
        return Holder.BUNDLED;
    }
}
