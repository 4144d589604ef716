// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import be.slimcat.server.web.HtmlPage;
import be.slimcat.server.web.LocalLinks;
import be.slimcat.server.web.PageLanguage;

/**
 * {@code /graph/{name}}: the description of the named graph {@code {base}/graph/{name}} (a document about
 * the graph, served directly with {@code Content-Location}; the graph's data itself is at
 * {@code /data?graph=}), or 404 when the graph holds no triples.
 */
final class GraphServlet extends NegotiatedServlet<GraphDescription> {
    private final transient GraphDescriber describer;
    private final transient LocalLinks links;
    private final transient HtmlPage page;
    private final transient TermLabels termLabels;
    private final transient Describer labels;

    GraphServlet(GraphDescriber describer, LocalLinks links, HtmlPage page, TermLabels termLabels, Describer labels,
            RdfResponse rdf, Refusals refusals) {
        super(rdf, refusals);
        this.describer = describer;
        this.links = links;
        this.page = page;
        this.termLabels = termLabels;
        this.labels = labels;
    }

    @Override
    String iri(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.length() <= "/graph/".length() ? null : links.iri(path);
    }

    @Override
    Optional<GraphDescription> find(String iri) {
        return describer.describe(NodeFactory.createURI(iri));
    }

    @Override
    Graph rdf(GraphDescription found) {
        return GraphDescriber.rdf(found);
    }

    @Override
    void html(HttpServletRequest request, HttpServletResponse response, GraphDescription d) throws IOException {
        String language = PageLanguage.choose(request, new LanguageOnly(response)).getLanguage();
        Labels classLabels = termLabels.of(d.classes().stream().map(GraphDescription.ClassCount::type).toList());
        List<Map<String, Object>> classes = new ArrayList<>();
        for (GraphDescription.ClassCount c : d.classes()) {
            classes.add(Map.of("iri", c.type().getURI(), "entities", c.entities(),
                    "label", classLabels.pick(c.type(), language).map(Labels.Text::text).orElse(c.type().getURI())));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("iri", d.graph().getURI());
        model.put("triples", d.triples());
        model.put("classes", classes);
        model.put("dump", d.dump().getURI());
        model.put("qualityGraph", text(d.qualityGraph()));
        model.put("dataGraph", text(d.dataGraph()));
        model.put("source", text(d.source()));
        model.put("sourceLabel", d.source() == null ? "" : labels.labelsOf(List.of(d.source())).pick(d.source(), language)
                .map(Labels.Text::text).orElse(d.source().getURI()));
        model.put("load", text(d.load()));
        model.put("loadEnded", text(d.loadEnded()));
        model.put("formats", EntityView.Format.rdfVariants(request.getRequestURI()));
        page.send(request, response, "entity-graph", model);
    }


    private static String text(Node n) {
        return n == null ? "" : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }
}
