// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * What a distribution's own RDF data shows for the fourth and fifth star.
 * <p>
 * Things identified by IRIs: subjects that are http(s) IRIs. The data's own domains are the hosts of
 * those subjects ("www." dropped, case ignored). A link to other people's data is an object that is an
 * http(s) IRI whose host is not one of the data's own domains, in a triple whose predicate is not
 * rdf:type (a class is vocabulary, not data).
 *
 * @param triples         the number of triples
 * @param iriSubjects     the number of distinct http(s) IRI subjects
 * @param exampleSubject  the first http(s) IRI subject in text order
 * @param externalLinks   the number of distinct external object IRIs
 * @param externalDomains the hosts of those IRIs, sorted
 * @param exampleLink     the first external object IRI in text order
 */
record DataInspection(long triples, int iriSubjects, Optional<String> exampleSubject, int externalLinks,
        Set<String> externalDomains, Optional<String> exampleLink) {
    private static final Pattern HOST = Pattern.compile("^(?i)https?://([^/?#:@]+)");

    static DataInspection of(Graph data) {
        TreeSet<String> subjects = new TreeSet<>();
        Set<String> ownHosts = new TreeSet<>();
        data.find().forEachRemaining(t -> host(t.getSubject()).ifPresent(h -> {
            subjects.add(t.getSubject().getURI());
            ownHosts.add(h);
        }));
        TreeSet<String> external = new TreeSet<>();
        Set<String> externalHosts = new TreeSet<>();
        data.find().forEachRemaining((Triple t) -> {
            if (t.getPredicate().equals(RDF.type.asNode())) {
                return;
            }
            host(t.getObject()).filter(h -> !ownHosts.contains(h)).ifPresent(h -> {
                external.add(t.getObject().getURI());
                externalHosts.add(h);
            });
        });
        return new DataInspection(data.size(), subjects.size(), subjects.stream().findFirst(), external.size(),
                Set.copyOf(externalHosts), external.stream().findFirst());
    }

    private static Optional<String> host(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        Matcher m = HOST.matcher(node.getURI());
        if (!m.find()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    }
}
