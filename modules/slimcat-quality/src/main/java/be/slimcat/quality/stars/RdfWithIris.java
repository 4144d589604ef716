// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;

import be.slimcat.quality.facts.FileType;

/**
 * 4 stars: RDF with IRIs that identify things. With the distribution's data (read as RDF by the
 * caller): met when at least one subject is an http(s) IRI. Without the data: met when a file type of
 * the distribution is an RDF serialisation, with basis {@link StarBasis#FORMAT_ONLY} and a reason that
 * says the data was not inspected (RDF names its properties and usually its things with IRIs; the
 * data may still use only blank nodes).
 */
final class RdfWithIris implements StarCriterion {
    @Override
    public StarReason judge(DistributionEvidence e) {
        if (e.data().isPresent()) {
            DataInspection data = e.data().get();
            if (data.iriSubjects() > 0) {
                return new StarReason(4, true, StarBasis.DATA,
                        "de RDF-data (" + Counts.of(data.triples(), "triple", "triples") + ") noemt "
                                + Counts.of(data.iriSubjects(), "ding", "dingen") + " bij een http(s)-IRI, bv. "
                                + data.exampleSubject().orElseThrow(),
                        "the RDF data (" + Counts.of(data.triples(), "triple", "triples") + ") names "
                                + Counts.of(data.iriSubjects(), "thing", "things") + " with an http(s) IRI, e.g. "
                                + data.exampleSubject().orElseThrow());
            }
            return new StarReason(4, false, StarBasis.DATA,
                    "de RDF-data (" + Counts.of(data.triples(), "triple", "triples")
                            + ") noemt geen enkel ding bij een http(s)-IRI",
                    "the RDF data (" + Counts.of(data.triples(), "triple", "triples") + ") names nothing with an http(s) IRI");
        }
        List<FileType> rdf = e.fileTypes().stream().filter(FileType::rdf).toList();
        if (!rdf.isEmpty()) {
            String codes = DistributionEvidence.codes(rdf);
            return new StarReason(4, true, StarBasis.FORMAT_ONLY,
                    "formaat " + codes + " is RDF; de data zelf werd niet bekeken, het gebruik van IRI's is verondersteld",
                    "format " + codes + " is RDF; the data itself was not inspected, the use of IRIs is assumed");
        }
        return new StarReason(4, false, StarBasis.METADATA, FormatTexts.noneNl(e, "RDF"), FormatTexts.noneEn(e, "RDF"));
    }
}
