// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import be.slimcat.quality.facts.AccessRights;
import be.slimcat.quality.facts.FileTypes;
import be.slimcat.quality.facts.Licences;
import be.slimcat.quality.mqa.FixAdvisor;
import be.slimcat.quality.mqa.FixSuggestion;
import be.slimcat.quality.mqa.MqaFacts;
import be.slimcat.quality.mqa.MqaScorer;
import be.slimcat.quality.stars.FiveStarRule;

/**
 * Assesses catalogue records: five stars ({@link FiveStarRule}), the MQA-compatible score
 * ({@link MqaScorer}) and fixes ranked by points ({@link FixAdvisor}). Thread-safe; never fetches URLs.
 */
public final class QualityAssessor {
    private final FiveStarRule stars;
    private final MqaFacts facts;
    private final MqaScorer scorer = new MqaScorer();

    private QualityAssessor(FileTypes fileTypes, Licences licences, AccessRights accessRights) {
        this.stars = new FiveStarRule(fileTypes, licences);
        this.facts = new MqaFacts(fileTypes, licences, accessRights);
    }

    /** The assessor with the facts tables bundled in this module. */
    public static QualityAssessor bundled() {
        return new QualityAssessor(FileTypes.bundled(), Licences.bundled(), AccessRights.bundled());
    }

    /** The stars, facts and score of one record. */
    public RecordAssessment assess(QualityInput input) {
        DcatRecord record = new DcatRecord(input.graph(), input.dataset());
        var datasetFacts = facts.read(record, input.conformance(), input.links());
        return new RecordAssessment(input.dataset(), input.sourceId(), publisher(record),
                stars.rate(record, input.links(), input.distributionData()), datasetFacts, scorer.score(datasetFacts));
    }

    /** The fixes worth most points over the assessed records, best first. */
    public List<FixSuggestion> fixes(Collection<RecordAssessment> assessments) {
        return new FixAdvisor(scorer).rank(assessments.stream().map(RecordAssessment::facts).toList());
    }

    /** The dcat:Dataset subjects of a graph, in {@link DcatRecord#ORDER}. */
    public static List<Node> datasets(Graph graph) {
        return graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(t -> t.getSubject()).toList()
                .stream().distinct().sorted(DcatRecord.ORDER).toList();
    }

    private static Optional<String> publisher(DcatRecord record) {
        Optional<Node> publisher = record.first(record.dataset(), DCTerms.publisher);
        if (publisher.isEmpty()) {
            return Optional.empty();
        }
        Node p = publisher.get();
        if (!p.isBlank()) {
            return Optional.of(DcatRecord.text(p));
        }
        return record.first(p, FOAF.name).or(() -> record.first(p, SKOS.prefLabel)).map(DcatRecord::text);
    }
}
