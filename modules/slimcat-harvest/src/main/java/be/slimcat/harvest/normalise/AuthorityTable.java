// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One EU authority table as the normaliser knows it: its namespace, its valid codes and the variants
 * portals send for them.
 */
final class AuthorityTable {
    private final String name;
    private final String namespace;
    private final Pattern iriPattern;
    private final Set<String> codes;
    private final Map<String, Entry> variants = new HashMap<>();

    /**
     * A mapped value.
     *
     * @param target the IRI the variant stands for
     * @param basis  where the mapping comes from, for the report
     */
    record Entry(Node target, String basis) {}

    private AuthorityTable(String name, String namespace, Set<String> codes) {
        this.name = name;
        this.namespace = namespace;
        this.codes = codes;
        String path = namespace.replaceFirst("^https?://", "");
        this.iriPattern = Pattern.compile("^https?://" + Pattern.quote(path) + "([A-Za-z0-9_]+)/?$");
    }

    /**
     * Loads a table from its bundled file. A target is a code of the table or a full IRI; an optional
     * third cell overrides the basis reported. Every code that is a target is also a variant of itself.
     * Two variants that compare equal but name different targets are an error in the file.
     */
    static AuthorityTable load(String file, String name, String namespace) {
        TableFile table = TableFile.read(file);
        Set<String> codes = new HashSet<>(table.codes());
        AuthorityTable authority = new AuthorityTable(name, namespace, codes);
        for (var row : table.rows()) {
            String target = row.get(1);
            Node iri;
            if (target.contains("://")) {
                iri = NodeFactory.createURI(target);
            } else {
                if (!codes.isEmpty() && !codes.contains(target)) {
                    throw new IllegalStateException(file + ": " + target + " is not a code of the " + name);
                }
                iri = NodeFactory.createURI(namespace + target);
            }
            String basis = row.size() > 2 ? row.get(2) : name;
            authority.add(file, row.get(0), new Entry(iri, basis));
            if (!target.contains("://")) {
                authority.add(file, target, new Entry(iri, name));
            }
        }
        return authority;
    }

    private void add(String file, String variant, Entry entry) {
        String key = Keys.of(variant);
        Entry known = variants.putIfAbsent(key, entry);
        if (known != null && !known.target().equals(entry.target())) {
            throw new IllegalStateException(file + ": \"" + variant + "\" maps to both " + known.target().getURI()
                    + " and " + entry.target().getURI());
        }
    }

    /** The table's name for reports, e.g. "EU file-type table". */
    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    /** The entry for a raw value, compared by {@link Keys#of}. */
    Optional<Entry> lookup(String raw) {
        return Optional.ofNullable(variants.get(Keys.of(raw)));
    }

    /** Whether {@code code} is a valid code of the table. */
    boolean isCode(String code) {
        return codes.contains(code);
    }

    /** The IRI of a code. */
    Node iri(String code) {
        return NodeFactory.createURI(namespace + code);
    }

    /** The code part of an IRI in the table's namespace (http or https, as written), if it is one. */
    Optional<String> codeIn(String iri) {
        Matcher m = iriPattern.matcher(iri);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The code in upper case, as the tables write them. */
    static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
