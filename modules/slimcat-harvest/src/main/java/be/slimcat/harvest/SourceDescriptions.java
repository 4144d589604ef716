// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Reads harvest sources from their RDF description (a {@code sc:HarvestSource} per portal, see
 * {@code data-samples/sources.ttl}). Validate the graph with the source shapes first: this reader
 * assumes the shapes' constraints hold.
 */
public final class SourceDescriptions {
    private static final Query SOURCES = HarvestQueries.load("harvest-sources.rq");

    private SourceDescriptions() {}

    /** Every source of the graph, sorted by identifier. */
    public static List<ConfiguredSource> read(Graph graph) {
        List<ConfiguredSource> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        QueryExec.graph(graph).query(SOURCES).select().forEachRemaining(row -> {
            ConfiguredSource source = toSource(row);
            if (!seen.add(source.source().id())) {
                throw new DuplicateSourceException(source.source().id());
            }
            sources.add(source);
        });
        return sources;
    }

    private static ConfiguredSource toSource(Binding row) {
        String id = text(row, "id");
        Set<String> allowed = row.get("allowed") == null ? Set.of()
                : Arrays.stream(text(row, "allowed").split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        HarvestSource source = new HarvestSource(id, text(row, "title"), iri(row, "publisher"),
                URI.create(iri(row, "endpoint")), text(row, "dialect"),
                row.get("pageSize") == null ? 100 : Integer.parseInt(text(row, "pageSize")),
                row.get("incremental") != null && Boolean.parseBoolean(text(row, "incremental")),
                row.get("credentials") == null ? null : text(row, "credentials"), allowed,
                row.get("maxShrink") == null ? HarvestSource.DEFAULT_MAX_SHRINK : Double.parseDouble(text(row, "maxShrink")));
        boolean enabled = row.get("enabled") == null || Boolean.parseBoolean(text(row, "enabled"));
        return new ConfiguredSource(source, row.get("schedule") == null ? null : text(row, "schedule"), enabled);
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String iri(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.getURI();
    }

    /** Two sources share one identifier. */
    public static final class DuplicateSourceException extends be.slimcat.vocab.SlimcatException {
        DuplicateSourceException(String id) {
            super("Two harvest sources have the identifier '" + id + "' (identifiers must be unique across all sources files)");
        }
    }
}
