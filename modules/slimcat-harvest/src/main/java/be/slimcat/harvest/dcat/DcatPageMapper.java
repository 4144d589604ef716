// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.dcat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.harvest.ContentHash;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.vocab.SlimcatIris;

/**
 * Splits one page of a DCAT feed into records and finds the next page. Pure: no I/O.
 * <p>
 * A record is a dcat:Dataset or dcat:DataService with its own triples, the blank nodes under it,
 * and the descriptions of the distributions, contact points and agents it points to. Paging
 * follows Hydra in its current form ({@code hydra:next} of a {@code hydra:PartialCollectionView})
 * and its legacy form ({@code hydra:nextPage} of a {@code hydra:PagedCollection}), as an IRI or as
 * a plain literal.
 */
public final class DcatPageMapper {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final Node HYDRA_NEXT = NodeFactory.createURI(HYDRA + "next");
    private static final Node HYDRA_NEXT_PAGE = NodeFactory.createURI(HYDRA + "nextPage");
    private static final List<Node> RECORD_TYPES = List.of(DCAT.Dataset.asNode(), DCAT.DataService.asNode());
    private static final Set<Node> FOLLOWED = Set.of(DCAT.distribution.asNode(), DCAT.contactPoint.asNode(),
            DCTerms.publisher.asNode(), DCTerms.creator.asNode(), DCAT.accessService.asNode());

    private final SlimcatIris iris;

    public DcatPageMapper(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The records, the problems and the next page of one page. */
    public record MappedPage(List<HarvestedRecord> records, List<RecordProblem> problems, Optional<URI> next) {}

    /** Maps a parsed page. */
    public MappedPage map(String sourceId, URI page, Graph graph) {
        List<HarvestedRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<Node> subjects = new HashSet<>();
        for (Node type : RECORD_TYPES) {
            G.find(graph, null, RDF.type.asNode(), type).forEach(t -> subjects.add(t.getSubject()));
        }
        subjects.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(subject -> {
            Optional<String> identifier = identifier(graph, subject);
            if (subject.isBlank() && identifier.isEmpty()) {
                problems.add(new RecordProblem(sourceId, page, "", excerpt(graph, subject),
                        "a dataset without IRI and without dct:identifier cannot be identified across runs; left out",
                        true));
                return;
            }
            Graph record = describe(graph, subject);
            Node iri = subject;
            if (subject.isBlank()) {
                iri = iris.thing("dataset", sourceId + "-" + ContentHash.shortKey(identifier.get()));
                record = rename(record, subject, iri);
                problems.add(new RecordProblem(sourceId, page, identifier.get(), excerpt(graph, subject),
                        "dataset without IRI: given " + iri.getURI() + " from its dct:identifier", false));
            }
            records.add(new HarvestedRecord(identifier.orElse(iri.getURI()), iri, record, page));
        });
        return new MappedPage(records, problems, nextPage(graph, page));
    }

    private static Optional<String> identifier(Graph graph, Node subject) {
        return G.find(graph, subject, DCTerms.identifier.asNode(), null).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(s -> !s.isBlank()).sorted().findFirst();
    }

    /** The subject's triples, its blank nodes, and the described nodes it points to through {@link #FOLLOWED}. */
    static Graph describe(Graph graph, Node subject) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(subject);
        boolean root = true;
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!done.add(node)) {
                continue;
            }
            boolean isRoot = root;
            root = false;
            G.find(graph, node, null, null).forEach(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() || isRoot && o.isURI() && FOLLOWED.contains(t.getPredicate())) {
                    todo.add(o);
                } else if (o.isURI() && FOLLOWED.contains(t.getPredicate()) && !done.contains(o)) {
                    todo.add(o);
                }
            });
        }
        return out;
    }

    private static Graph rename(Graph graph, Node from, Node to) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject().equals(from) ? to : t.getSubject(),
                t.getPredicate(), t.getObject().equals(from) ? to : t.getObject())));
        return out;
    }

    private static Optional<URI> nextPage(Graph graph, URI page) {
        for (Node predicate : List.of(HYDRA_NEXT, HYDRA_NEXT_PAGE)) {
            for (Triple t : G.find(graph, null, predicate, null).toList()) {
                Node o = t.getObject();
                String text = o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm().trim() : null;
                if (text == null || text.isEmpty()) {
                    continue;
                }
                try {
                    URI next = page.resolve(text);
                    if (!next.equals(page)) {
                        return Optional.of(next);
                    }
                } catch (IllegalArgumentException e) {
                    // an unusable link is treated as no link; the feed ends here
                }
            }
        }
        return Optional.empty();
    }

    private static String excerpt(Graph graph, Node subject) {
        StringBuilder text = new StringBuilder();
        G.find(graph, subject, null, null).forEach(t -> text.append(FmtUtils.stringForNode(t.getPredicate())).append(' ')
                .append(FmtUtils.stringForNode(t.getObject())).append(" ; "));
        return RecordProblem.excerpt(text.toString());
    }
}
