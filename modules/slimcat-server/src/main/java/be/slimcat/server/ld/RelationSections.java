// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The relations an entity page shows first, per {@link EntityKind}, read from the bundled
 * {@code sections.tsv}: a project's partners, funding and datasets; an actor's projects and memberships
 * (found through the links pointing at it), and so on.
 */
final class RelationSections {
    /** One relation: the property and its direction; {@code labelKey} labels an incoming relation. */
    record Relation(Node property, boolean incoming, String labelKey) {}

    private final Map<EntityKind, Map<String, List<Relation>>> sections;

    private RelationSections(Map<EntityKind, Map<String, List<Relation>>> sections) {
        this.sections = sections;
    }

    /** The bundled table. */
    static RelationSections bundled(PrefixMapping prefixes) {
        String name = "sections.tsv";
        Map<EntityKind, Map<String, List<Relation>>> sections = new LinkedHashMap<>();
        try (InputStream in = RelationSections.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("sections.tsv is not bundled with " + RelationSections.class.getPackageName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                boolean incoming = f.length > 2 && "in".equals(f[2]);
                if (f.length < 4 || !(incoming || "out".equals(f[2])) || (incoming && f.length < 5)) {
                    throw new IllegalStateException(name + " line " + number + ": expected kind, section, in|out, predicate"
                            + " and for 'in' a message key, separated by tabs: '" + line + "'");
                }
                EntityKind kind = EntityKind.valueOf(f[0].toUpperCase(Locale.ROOT));
                Node property = NodeFactory.createURI(prefixes.expandPrefix(f[3]));
                sections.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(f[1], s -> new ArrayList<>())
                        .add(new Relation(property, incoming, incoming ? f[4] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return new RelationSections(sections);
    }

    /** The sections of a kind, in order, each with its relations. */
    Map<String, List<Relation>> of(EntityKind kind) {
        return sections.getOrDefault(kind, Map.of());
    }
}
