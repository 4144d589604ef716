// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.facts.FileTypes;
import be.slimcat.quality.facts.Licences;

/**
 * Tim Berners-Lee's five stars (5stardata.info), decided per distribution; a dataset has the stars of
 * its best distribution. Stars are cumulative: the level is the number of criteria met from the first
 * star up.
 * <ol>
 * <li>On the web under an open licence: an http(s) access or download URL, and the distribution's
 * dct:license (else the dataset's) is open per {@code facts/licences.tsv}. With link-check results, a
 * distribution whose URLs were all checked and none answered 2xx is not on the web.</li>
 * <li>Machine-readable structured data: a file type named by dct:format or dcat:mediaType is
 * structured per {@code facts/file-types.tsv}.</li>
 * <li>Non-proprietary open format: such a file type is structured and open.</li>
 * <li>RDF with IRIs that identify things: with the distribution's data, some subject is an http(s) IRI;
 * without the data, a file type is RDF, and the reason says the data was not inspected.</li>
 * <li>Linked to other people's data: the data has an object IRI of another domain (not via rdf:type).
 * Never met without the data.</li>
 * </ol>
 * Every star carries a reason in Dutch and English, also when its criterion is met but a lower star is
 * missing.
 */
public final class FiveStarRule {
    private final FileTypes fileTypes;
    private final List<StarCriterion> criteria;

    /** The rule with the given facts. */
    public FiveStarRule(FileTypes fileTypes, Licences licences) {
        this.fileTypes = fileTypes;
        this.criteria = List.of(new OpenLicenceOnTheWeb(licences), new StructuredFormat(), new OpenFormat(),
                new RdfWithIris(), new LinkedToOtherData());
    }

    /** The stars of one distribution; {@code data} is its own data read as RDF, when the caller has it. */
    public StarRating rate(DcatRecord record, Node distribution, LinkStatuses links, Optional<Graph> data) {
        DistributionEvidence evidence = DistributionEvidence.read(record, distribution, fileTypes, links, data);
        List<StarReason> reasons = new ArrayList<>();
        for (StarCriterion criterion : criteria) {
            reasons.add(criterion.judge(evidence));
        }
        return StarRating.of(distribution, reasons);
    }

    /** The stars of a dataset and of each of its distributions; {@code data} maps distributions to their data. */
    public DatasetStars rate(DcatRecord record, LinkStatuses links, Map<Node, Graph> data) {
        List<StarRating> ratings = new ArrayList<>();
        for (Node distribution : record.distributions()) {
            ratings.add(rate(record, distribution, links, Optional.ofNullable(data.get(distribution))));
        }
        return new DatasetStars(record.dataset(), ratings);
    }
}
