// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import be.slimcat.server.web.HtmlPage;
import be.slimcat.server.web.PageLanguage;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;

/**
 * {@code /ns/{name}}: the vocabulary {@code https://data.slimcat.be/ns/{name}} (never rebased) with all its
 * hash terms ({@code ...#term}), from the vocabulary graph: as RDF, or as a page with one anchor per term so
 * that a term's IRI opens at its definition. 404 for a name that is not a vocabulary in the store.
 */
final class VocabularyServlet extends NegotiatedServlet<Graph> {
    private static final BoundQuery TERMS = BoundQuery.of("vocabulary-terms");
    private static final Set<Node> CLASSES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final Set<Node> PROPERTIES = Set.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            RDF.Property.asNode(), OWL.AnnotationProperty.asNode());

    private final transient CatalogueStore store;
    private final transient Node vocabularyGraph;
    private final transient HtmlPage page;

    VocabularyServlet(CatalogueStore store, SlimcatIris iris, HtmlPage page, RdfResponse rdf, Refusals refusals) {
        super(rdf, refusals);
        this.store = store;
        this.vocabularyGraph = iris.vocabularyGraph();
        this.page = page;
    }

    @Override
    String iri(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.length() <= "/ns/".length() ? null : SlimcatIris.DEFAULT_BASE + path;
    }

    @Override
    Optional<Graph> find(String iri) {
        Graph graph = GraphFactory.createDefaultGraph();
        store.readWith(dsg -> {
            for (Binding row : TERMS.select(dsg, Map.of("vocabularyGraph", vocabularyGraph, "ontology", NodeFactory.createURI(iri),
                    "termPrefix", NodeFactory.createLiteralString(iri + "#")))) {
                graph.add(Triple.create(row.get("s"), row.get("p"), row.get("o")));
            }
        });
        return graph.isEmpty() ? Optional.empty() : Optional.of(graph);
    }

    @Override
    Graph rdf(Graph found) {
        return found;
    }

    @Override
    void html(HttpServletRequest request, HttpServletResponse response, Graph vocabulary) throws IOException {
        String language = PageLanguage.choose(request, new LanguageOnly(response)).getLanguage();
        Node ontology = NodeFactory.createURI(SlimcatIris.DEFAULT_BASE + request.getRequestURI());
        List<Map<String, String>> classes = new ArrayList<>();
        List<Map<String, String>> properties = new ArrayList<>();
        List<Map<String, String>> others = new ArrayList<>();
        vocabulary.find().mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> s.isURI() && s.getURI().startsWith(ontology.getURI() + "#"))
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(term -> {
                    Set<Node> types = vocabulary.find(term, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("id", term.getURI().substring(ontology.getURI().length() + 1));
                    row.put("iri", term.getURI());
                    row.put("label", text(vocabulary, term, language, RDFS.label.asNode(),
                            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel")));
                    row.put("comment", text(vocabulary, term, language, RDFS.comment.asNode(),
                            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition")));
                    (types.stream().anyMatch(CLASSES::contains) ? classes
                            : types.stream().anyMatch(PROPERTIES::contains) ? properties : others).add(row);
                });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("iri", ontology.getURI());
        model.put("title", text(vocabulary, ontology, language, DCTerms.title.asNode(), RDFS.label.asNode()));
        model.put("description", text(vocabulary, ontology, language, DCTerms.description.asNode(), RDFS.comment.asNode()));
        model.put("classes", classes);
        model.put("properties", properties);
        model.put("others", others);
        model.put("formats", EntityView.Format.rdfVariants(request.getRequestURI()));
        page.send(request, response, "entity-vocabulary", model);
    }

    /** The first of the properties' values in the language, else in the other, else any; "" when none. */
    private static String text(Graph g, Node subject, String language, Node... properties) {
        String other = "nl".equals(language) ? "en" : "nl";
        for (String lang : new String[] {language, other, null}) {
            for (Node p : properties) {
                Optional<Node> value = g.find(subject, p, Node.ANY).mapWith(Triple::getObject)
                        .filterKeep(o -> o.isLiteral() && (lang == null || lang.equals(o.getLiteralLanguage()))).nextOptional();
                if (value.isPresent()) {
                    return value.get().getLiteralLexicalForm();
                }
            }
        }
        return "";
    }
}
