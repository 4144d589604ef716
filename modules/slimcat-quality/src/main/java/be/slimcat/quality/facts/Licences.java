// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

import be.slimcat.quality.QualityTableException;

/**
 * The licences SlimCat knows ({@code facts/licences.tsv}): which are open and which data.europa.eu's
 * MQA counts as known. Licences are read from IRIs only; a licence written as text is not recognised
 * (the harvester normalises such values to IRIs).
 */
public final class Licences {
    /** The namespace of the EU licence table. */
    public static final String LICENCE_NS = "http://publications.europa.eu/resource/authority/licence/";

    private static final Pattern EU_IRI =
            Pattern.compile("^https?://publications\\.europa\\.eu/resource/authority/licence/([A-Za-z0-9_]+)/?$");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("(?:/legalcode(?:\\.[a-z_-]+)?|/deed\\.[a-z_-]+)?/*$");

    private final Map<String, Licence> byKey;
    private final Set<String> euCodes;

    private Licences(Map<String, Licence> byKey, Set<String> euCodes) {
        this.byKey = byKey;
        this.euCodes = euCodes;
    }

    /** The bundled table. */
    public static Licences bundled() {
        FactsTable table = FactsTable.read("licences.tsv", 4);
        Map<String, Licence> byKey = new HashMap<>();
        for (FactsTable.Row row : table.rows()) {
            String id = row.cell(0);
            String iri = id.contains("://") ? id : LICENCE_NS + id;
            if (!id.contains("://") && !table.codes().contains(id)) {
                throw new QualityTableException(table.name() + ":" + row.line() + ": " + id
                        + " is not a code of the EU licence table");
            }
            Licence licence = new Licence(iri, row.cell(3), row.flag(table.name(), 1), row.flag(table.name(), 2));
            if (byKey.put(key(iri), licence) != null) {
                throw new QualityTableException(table.name() + ":" + row.line() + ": " + id + " is listed twice");
            }
        }
        return new Licences(Map.copyOf(byKey), table.codes());
    }

    /** What the table says about a dct:license value, if it is an IRI the table lists. */
    public Optional<Licence> of(Node value) {
        if (!value.isURI()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(value.getURI())));
    }

    /** Whether a dct:license value is an IRI of the EU licence table with one of its codes. */
    public boolean isEuLicenceIri(Node value) {
        if (!value.isURI()) {
            return false;
        }
        Matcher m = EU_IRI.matcher(value.getURI());
        return m.matches() && euCodes.contains(m.group(1));
    }

    /** An IRI without scheme, "www.", trailing '/', "legalcode" or "deed.xx"; EU codes keep their case. */
    static String key(String iri) {
        String rest = iri.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "");
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : rest.substring(slash);
        return host + PAGE_SUFFIX.matcher(path).replaceFirst("");
    }
}
