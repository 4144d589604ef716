// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;

/**
 * The link-check cache as RDF, for the graph {@code {base}/graph/link-checks}: one node
 * {@code {base}/id/linkcontrole/{hash}} per URL ({@code hash}: the first 24 hex digits of the SHA-256 of
 * the URL in UTF-8), typed {@code scq:LinkCheck}, with {@code scq:checkedUrl} (xsd:anyURI),
 * {@code scq:httpStatus} (xsd:integer) and {@code scq:checkedAt} (xsd:dateTime, UTC).
 */
public final class LinkCheckGraph {
    /** The name of the graph under {@code {base}/graph/}. */
    public static final String GRAPH_NAME = "link-checks";

    private static final Logger LOG = LoggerFactory.getLogger(LinkCheckGraph.class);

    private final SlimcatIris iris;

    /** Minting node IRIs under the given IRI policy. */
    public LinkCheckGraph(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The name of the graph the cache is kept in: {@code {base}/graph/link-checks}. */
    public Node graphName() {
        return iris.graph(GRAPH_NAME);
    }

    /** The node of the check of a URL. */
    public Node node(String url) {
        return iris.thing("linkcontrole", hash(url));
    }

    /** The cache as a new graph. */
    public Graph write(LinkCheckCache cache) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (LinkCheck check : cache.checks().values()) {
            Node node = node(check.url());
            graph.add(node, RDF.type.asNode(), SCQ.LinkCheck.asNode());
            graph.add(node, SCQ.checkedUrl.asNode(), NodeFactory.createLiteralDT(check.url(), XSDDatatype.XSDanyURI));
            graph.add(node, SCQ.httpStatus.asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(check.status()), XSDDatatype.XSDinteger));
            graph.add(node, SCQ.checkedAt.asNode(),
                    NodeFactory.createLiteralDT(check.checkedAt().toString(), XSDDatatype.XSDdateTime));
        }
        return graph;
    }

    /**
     * The cache a graph holds. A node without exactly one URL, one integer status and one date-time with
     * a time zone is left out with a warning: its URL is then checked again.
     */
    public static LinkCheckCache read(Graph graph) {
        List<LinkCheck> checks = new ArrayList<>();
        List<Node> nodes = graph.find(Node.ANY, SCQ.checkedUrl.asNode(), Node.ANY).mapWith(t -> t.getSubject()).toList()
                .stream().distinct().toList();
        for (Node node : nodes) {
            try {
                checks.add(check(graph, node));
            } catch (IllegalArgumentException e) {
                LOG.warn("Link-check cache: {} left out, its URL will be checked again: {}", node, e.getMessage());
            }
        }
        return LinkCheckCache.of(checks);
    }

    private static LinkCheck check(Graph graph, Node node) {
        Node url = one(graph, node, SCQ.checkedUrl);
        String text = url.isURI() ? url.getURI() : url.isLiteral() ? url.getLiteralLexicalForm() : "";
        if (text.isEmpty()) {
            throw new IllegalArgumentException("scq:checkedUrl is not a URL");
        }
        Node status = one(graph, node, SCQ.httpStatus);
        Node time = one(graph, node, SCQ.checkedAt);
        if (!status.isLiteral() || !time.isLiteral()) {
            throw new IllegalArgumentException("scq:httpStatus and scq:checkedAt must be literals");
        }
        int code;
        try {
            code = Integer.parseInt(status.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scq:httpStatus '" + status.getLiteralLexicalForm() + "' is not an integer");
        }
        Instant checkedAt;
        try {
            checkedAt = OffsetDateTime.parse(time.getLiteralLexicalForm().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("scq:checkedAt '" + time.getLiteralLexicalForm()
                    + "' is not a date-time with a time zone");
        }
        return new LinkCheck(text, code, checkedAt);
    }

    private static Node one(Graph graph, Node node, Property property) {
        List<Node> values = graph.find(node, property.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        return Optional.of(values).filter(v -> v.size() == 1).map(v -> v.get(0)).orElseThrow(() ->
                new IllegalArgumentException(values.size() + " values of scq:" + property.getLocalName() + ", not 1"));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
