// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.stars.StarRating;
import be.slimcat.vocab.BundledFile;

/**
 * The example distributions of {@code data-samples/examples/datasets.ttl} say in their titles how many
 * stars they have ("(3 sterren)", "(0 sterren: zonder licentie)"): the five-star rule must give exactly
 * that, so the samples never promise what the rule does not give.
 */
class SampleStarsTest {
    private static final Pattern CLAIM = Pattern.compile("\\((\\d) ster");

    @Test
    void every_example_distribution_has_the_stars_its_title_claims() {
        BundledFile file = BundledFile.list("data-samples/examples", "datasets.ttl").get(0);
        Graph graph = RDFParser.source(new ByteArrayInputStream(file.content())).lang(Lang.TURTLE).base(file.baseIri()).toGraph();
        Map<String, String> claimed = new TreeMap<>();
        Map<String, String> given = new TreeMap<>();
        QualityAssessor assessor = QualityAssessor.bundled();
        for (Node dataset : QualityAssessor.datasets(graph)) {
            for (StarRating rating : assessor.assess(QualityInput.of(graph, dataset)).stars().distributions()) {
                String title = title(graph, rating.subject());
                Matcher m = CLAIM.matcher(title);
                if (m.find()) {
                    claimed.put(rating.subject() + " " + title, m.group(1));
                    given.put(rating.subject() + " " + title, Integer.toString(rating.level()));
                }
            }
        }
        assertEquals(23, claimed.size(), "distributions whose title claims stars");
        assertEquals(claimed, given);
    }

    private static String title(Graph graph, Node distribution) {
        List<String> titles = new ArrayList<>();
        graph.find(distribution, DCTerms.title.asNode(), Node.ANY).forEachRemaining(t -> titles.add(t.getObject().getLiteralLexicalForm()));
        return titles.isEmpty() ? "" : titles.get(0);
    }
}
