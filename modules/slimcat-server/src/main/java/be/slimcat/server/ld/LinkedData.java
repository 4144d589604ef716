// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;

import org.apache.jena.shared.PrefixMapping;

import be.slimcat.server.web.HtmlPage;
import be.slimcat.server.web.LocalLinks;
import be.slimcat.server.web.NotFound;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.catalog.CatalogueFeed;
import be.slimcat.vocab.SlimcatIris;

/**
 * The linked-data servlets by path spec: {@code /id/*} (303 to {@code /doc/*}), {@code /doc/*} (descriptions
 * of things), {@code /graph/*} (descriptions of named graphs) and {@code /ns/*} (the vocabularies).
 */
public final class LinkedData {
    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

    public LinkedData(CatalogueStore store, SlimcatIris iris, HtmlPage page, NotFound notFound) {
        LocalLinks links = new LocalLinks(iris);
        PrefixMapping prefixes = Prefixes.of(iris);
        Describer describer = new Describer(store, new CatalogueFeed(iris).ownRecords(), iris);
        Refusals refusals = new Refusals(notFound);
        RdfResponse rdf = new RdfResponse(prefixes);
        TermLabels termLabels = new TermLabels(store, iris);
        EntityViews views = new EntityViews(termLabels, RelationSections.bundled(prefixes));
        EntityPage entityPage = new EntityPage(page, views);
        servlets.put("/id/*", new IdRedirect(describer, links, refusals));
        servlets.put("/doc/*", new DocServlet(describer, links, entityPage, rdf, refusals));
        servlets.put("/graph/*", new GraphServlet(new GraphDescriber(store, iris), links, page, termLabels, describer, rdf, refusals));
        servlets.put("/ns/*", new VocabularyServlet(store, iris, page, rdf, refusals));
    }

    /** The servlets by path spec. */
    public Map<String, HttpServlet> servlets() {
        return servlets;
    }
}
