// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;

import be.slimcat.quality.facts.FileType;

/**
 * 3 stars: a non-proprietary open format. One file type of the distribution is both structured and
 * open according to {@code facts/file-types.tsv}.
 */
final class OpenFormat implements StarCriterion {
    @Override
    public StarReason judge(DistributionEvidence e) {
        List<FileType> open = e.fileTypes().stream().filter(t -> t.structured() && t.open()).toList();
        if (!open.isEmpty()) {
            String codes = DistributionEvidence.codes(open);
            return new StarReason(3, true, StarBasis.METADATA,
                    "formaat " + codes + " is een open, niet-propriëtair formaat",
                    "format " + codes + " is a non-proprietary open format");
        }
        List<FileType> structured = e.fileTypes().stream().filter(FileType::structured).toList();
        if (!structured.isEmpty()) {
            String codes = DistributionEvidence.codes(structured);
            return new StarReason(3, false, StarBasis.METADATA,
                    "formaat " + codes + " is gestructureerd maar propriëtair",
                    "format " + codes + " is structured but proprietary");
        }
        return new StarReason(3, false, StarBasis.METADATA, FormatTexts.noneNl(e, "open gestructureerd formaat"),
                FormatTexts.noneEn(e, "an open structured format"));
    }
}
