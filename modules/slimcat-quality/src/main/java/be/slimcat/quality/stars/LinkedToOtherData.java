// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;

import be.slimcat.quality.facts.FileType;

/**
 * 5 stars: linked to other people's data. Decided from the distribution's data only: met when the data
 * links to at least one http(s) IRI of another domain ({@link DataInspection}). Without the data it is
 * never met: links cannot be seen from a format, and the reason says the data was not inspected.
 */
final class LinkedToOtherData implements StarCriterion {
    @Override
    public StarReason judge(DistributionEvidence e) {
        if (e.data().isPresent()) {
            DataInspection data = e.data().get();
            if (data.externalLinks() > 0) {
                return new StarReason(5, true, StarBasis.DATA,
                        "de data linkt naar " + Counts.of(data.externalLinks(), "IRI", "IRI's") + " van "
                                + Counts.of(data.externalDomains().size(), "ander domein", "andere domeinen")
                                + ", bv. " + data.exampleLink().orElseThrow(),
                        "the data links to " + Counts.of(data.externalLinks(), "IRI", "IRIs") + " of "
                                + Counts.of(data.externalDomains().size(), "other domain", "other domains")
                                + ", e.g. " + data.exampleLink().orElseThrow());
            }
            return new StarReason(5, false, StarBasis.DATA,
                    "de data linkt niet naar IRI's van andere domeinen",
                    "the data does not link to IRIs of other domains");
        }
        List<FileType> rdf = e.fileTypes().stream().filter(FileType::rdf).toList();
        if (!rdf.isEmpty()) {
            return new StarReason(5, false, StarBasis.FORMAT_ONLY,
                    "de data werd niet bekeken: links naar data van anderen zijn niet te zien aan het formaat",
                    "the data was not inspected: links to other people's data cannot be seen from the format");
        }
        return new StarReason(5, false, StarBasis.METADATA,
                "geen RDF, dus geen links naar data van anderen",
                "not RDF, so no links to other people's data");
    }
}
