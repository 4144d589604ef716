// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRI policy: the Flemish URI standard pattern {@code {base}/id/{type}/{key}} for things and
 * {@code {base}/graph/{name}} for named graphs, with the base set in one place.
 * <p>
 * Files in the repository are written with {@link #DEFAULT_BASE}; {@link #rebase(String)} maps
 * them to the configured base while they are read.
 */
public final class SlimcatIris {
    /** The base the repository's own files are written with. */
    public static final String DEFAULT_BASE = "https://data.slimcat.be";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");
    private static final String[] REBASED_PATHS = {"/id/", "/doc/", "/graph/"};

    private final String base;

    private SlimcatIris(String base) {
        this.base = base;
    }

    /** The policy with the default base. */
    public static SlimcatIris defaults() {
        return new SlimcatIris(DEFAULT_BASE);
    }

    /**
     * The policy for a base such as {@code https://data.example.org}: an absolute http(s) IRI
     * without query or fragment; a trailing slash is dropped.
     *
     * @throws InvalidBaseIriException when the base is not such an IRI
     */
    public static SlimcatIris withBase(String base) {
        Objects.requireNonNull(base, "base");
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            URI uri = new URI(trimmed);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new InvalidBaseIriException(base);
            }
        } catch (URISyntaxException e) {
            throw new InvalidBaseIriException(base);
        }
        return new SlimcatIris(trimmed);
    }

    /** The configured base, without a trailing slash. */
    public String base() {
        return base;
    }

    /** True when the base is {@link #DEFAULT_BASE}, so nothing is rewritten. */
    public boolean isDefault() {
        return DEFAULT_BASE.equals(base);
    }

    /** {@code {base}/id/{type}/{key}}. */
    public Node thing(String type, String key) {
        return NodeFactory.createURI(base + "/id/" + segment(type) + "/" + segment(key));
    }

    /** {@code {base}/graph/{name}}. */
    public Node graph(String name) {
        return NodeFactory.createURI(graphNamespace() + segment(name));
    }

    /** How the names of SlimCat's graphs start. */
    public String graphNamespace() {
        return base + "/graph/";
    }

    /** The graph holding the ontology and the concept schemes. */
    public Node vocabularyGraph() {
        return graph("vocabulary");
    }

    /** The graph holding the curated ecosystem inventory. */
    public Node inventoryGraph() {
        return graph("inventory");
    }

    /** The graph holding the hand-written example datasets. */
    public Node examplesGraph() {
        return graph("examples");
    }

    /** The graph of one harvested source: {@link #sourceGraphPrefix()} followed by its identifier. */
    public Node sourceGraph(String sourceId) {
        return NodeFactory.createURI(sourceGraphPrefix() + segment(sourceId));
    }

    /** The text every source graph's IRI starts with, {@code {base}/graph/source/}, for queries over all sources. */
    public String sourceGraphPrefix() {
        return base + "/graph/source/";
    }

    /**
     * The graph of the latest quality results (validation reports, measurements) of a data graph
     * {@code {base}/graph/{name}}: {@code {base}/graph/quality/{name}}.
     */
    public Node qualityGraph(Node dataGraph) {
        return derivedGraph("quality", dataGraph);
    }

    /** The graph of the findings accepted for a data graph {@code {base}/graph/{name}}: {@code {base}/graph/baseline/{name}}. */
    public Node baselineGraph(Node dataGraph) {
        return derivedGraph("baseline", dataGraph);
    }

    /** The graph of the figures of every run per source, graph, publisher and the catalogue: {@code {base}/graph/quality}. */
    public Node qualityTrendGraph() {
        return graph("quality");
    }

    private Node derivedGraph(String kind, Node dataGraph) {
        String prefix = base + "/graph/";
        if (!dataGraph.isURI() || !dataGraph.getURI().startsWith(prefix)) {
            throw new IllegalArgumentException("Not a SlimCat graph (" + prefix + "…): " + dataGraph);
        }
        return NodeFactory.createURI(prefix + kind + "/" + dataGraph.getURI().substring(prefix.length()));
    }

    /** Maps an IRI written with the default base to the configured base; other IRIs are returned as they are. */
    public String rebase(String iri) {
        if (isDefault() || !iri.startsWith(DEFAULT_BASE)) {
            return iri;
        }
        for (String path : REBASED_PATHS) {
            if (iri.startsWith(path, DEFAULT_BASE.length())) {
                return base + iri.substring(DEFAULT_BASE.length());
            }
        }
        return iri;
    }

    private static String segment(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a valid IRI key (letters, digits, '.', '_', '~', '-'): '" + key + "'");
        }
        return key;
    }

    @Override
    public String toString() {
        return "SlimcatIris[" + base + "]";
    }

    /** The configured base is not an absolute http(s) IRI. */
    public static final class InvalidBaseIriException extends SlimcatException {
        InvalidBaseIriException(String base) {
            super("Not a usable base IRI: '" + base + "' (give an absolute http or https IRI without query or fragment,"
                    + " e.g. https://data.example.org)");
        }
    }
}
