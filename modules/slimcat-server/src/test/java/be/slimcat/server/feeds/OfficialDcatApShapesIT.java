// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * Optional check against the official DCAT-AP 3.0.1 shapes: when {@code ../shared/real-world} lies beside
 * the repository (or the system property {@code slimcat.shared} names the shared folder), every page of
 * {@code /catalog} is validated with the official mandatory shapes ({@code html-shacl/shapes.ttl}) and
 * must have no violation. The official range shapes ({@code html-shacl/range.ttl}) are run too, with
 * SlimCat's vocabulary (the EU authority tables) as background, and what they report is printed, not
 * asserted: they demand classes that records never state (see the README). The official shapes are never
 * copied into the repository. Without that folder the check says so and is skipped.
 */
class OfficialDcatApShapesIT {
    @TempDir Path dir;

    static Path sharedFolder() {
        String configured = System.getProperty("slimcat.shared");
        return (configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("slimcat.repository", "../..")).resolve("../shared")).normalize();
    }

    @Test
    void every_page_of_the_catalogue_passes_the_official_mandatory_shapes() throws Exception {
        Path shapesDir = sharedFolder().resolve("real-world/shacl/dcat-ap-3.0.1/html-shacl");
        if (!Files.isRegularFile(shapesDir.resolve("shapes.ttl"))) {
            System.out.println("SKIPPED: " + shapesDir + " is absent, so the official DCAT-AP 3 shapes check did not run"
                    + " (put the shared folder beside the repository or pass -Dslimcat.shared=DIR)");
            Assumptions.abort(shapesDir + " is absent: the official DCAT-AP 3 shapes check was skipped");
        }
        Shapes mandatory = Shapes.parse(RDFDataMgr.loadGraph(shapesDir.resolve("shapes.ttl").toString()));
        Shapes range = Shapes.parse(RDFDataMgr.loadGraph(shapesDir.resolve("range.ttl").toString()));
        Graph background = Vocabulary.load(SlimcatIris.defaults());
        List<String> violations = new ArrayList<>();
        Map<String, Integer> rangeFindings = new TreeMap<>();
        int pages = 0;
        try (ServedFeeds site = ServedFeeds.start(dir)) {
            Optional<String> next = Optional.of(site.url("/catalog?pageSize=10"));
            while (next.isPresent()) {
                pages++;
                String url = next.get();
                Graph page = site.graph(url);
                ValidationReport report = ShaclValidator.get().validate(mandatory, page);
                report.getEntries().forEach(e -> violations.add(url + ": " + describe(e)));
                Graph withBackground = GraphFactory.createDefaultGraph();
                page.find().forEachRemaining(withBackground::add);
                background.find().forEachRemaining(withBackground::add);
                for (ReportEntry e : ShaclValidator.get().validate(range, withBackground).getEntries()) {
                    if (page.contains(e.focusNode(), Node.ANY, Node.ANY)) {
                        rangeFindings.merge(e.resultPath() + " " + e.severity().level().getLocalName(), 1, Integer::sum);
                    }
                }
                next = page.find(Node.ANY, Hydra.next, Node.ANY).nextOptional().map(t -> t.getObject().getURI());
            }
        }
        System.out.println("Official DCAT-AP 3.0.1 mandatory shapes: " + pages + " pages of /catalog, "
                + violations.size() + " result(s)");
        System.out.println("Official DCAT-AP 3.0.1 range shapes (information, with the EU tables as background): "
                + (rangeFindings.isEmpty() ? "no results" : rangeFindings));
        assertEquals(4, pages);
        assertEquals(List.of(), violations);
    }

    private static String describe(ReportEntry e) {
        return e.severity().level().getLocalName() + " " + FmtUtils.stringForNode(e.focusNode()) + " " + e.resultPath()
                + ": " + e.message();
    }
}
