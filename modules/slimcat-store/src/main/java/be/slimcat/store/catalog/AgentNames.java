// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.vocab.BundledQuery;

/**
 * Names the publishers and creators a page points to but does not name: DCAT-AP wants every agent
 * to be a {@code foaf:Agent} with a {@code foaf:name}, and the inventory names its actors with
 * {@code skos:prefLabel}. Such an agent gets {@code a foaf:Agent} and its {@code foaf:name}s from the
 * store, else its {@code skos:prefLabel}s as {@code foaf:name}; an agent named nowhere is left as it is.
 */
final class AgentNames {
    private static final Query NAMES = BundledQuery.load(AgentNames.class, "agent-names.rq");
    private static final Node NAME = FOAF.name.asNode();

    private AgentNames() {}

    /** The agent descriptions that {@code page} lacks, added to {@code into} (call in a transaction). */
    static void add(DatasetGraph dsg, Graph page, Graph into) {
        Set<Node> agents = new LinkedHashSet<>();
        for (Node property : List.of(DCTerms.publisher.asNode(), DCTerms.creator.asNode())) {
            page.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                Node agent = t.getObject();
                if (agent.isURI() && !page.find(agent, NAME, Node.ANY).hasNext() && !into.find(agent, NAME, Node.ANY).hasNext()) {
                    agents.add(agent);
                }
            });
        }
        for (Node agent : agents) {
            List<Node> preferred = new ArrayList<>();
            List<Node> labels = new ArrayList<>();
            for (Binding row : Iter.toList(QueryExec.dataset(dsg).query(NAMES).substitution("agent", agent).select())) {
                boolean isName = Boolean.parseBoolean(row.get("preferred").getLiteralLexicalForm());
                (isName ? preferred : labels).add(row.get("name"));
            }
            List<Node> names = preferred.isEmpty() ? labels : preferred;
            if (!names.isEmpty()) {
                into.add(agent, RDF.type.asNode(), FOAF.Agent.asNode());
                names.forEach(name -> into.add(agent, NAME, name));
            }
        }
    }
}
