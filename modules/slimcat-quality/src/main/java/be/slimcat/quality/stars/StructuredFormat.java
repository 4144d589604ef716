// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;

import be.slimcat.quality.facts.FileType;

/**
 * 2 stars: machine-readable structured data. One of the file types the distribution's dct:format or
 * dcat:mediaType names is structured according to {@code facts/file-types.tsv}.
 */
final class StructuredFormat implements StarCriterion {
    @Override
    public StarReason judge(DistributionEvidence e) {
        List<FileType> structured = e.fileTypes().stream().filter(FileType::structured).toList();
        if (!structured.isEmpty()) {
            String codes = DistributionEvidence.codes(structured);
            return new StarReason(2, true, StarBasis.METADATA,
                    "formaat " + codes + " is machineleesbare, gestructureerde data",
                    "format " + codes + " is machine-readable structured data");
        }
        return new StarReason(2, false, StarBasis.METADATA, FormatTexts.noneNl(e, "gestructureerde data"),
                FormatTexts.noneEn(e, "structured data"));
    }
}
