// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;
import java.util.Optional;

import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.LinkStatus;
import be.slimcat.quality.facts.Licence;
import be.slimcat.quality.facts.Licences;

/**
 * 1 star: on the web under an open licence. The distribution has an http(s) access or download URL and
 * its licence (the distribution's dct:license, else the dataset's) is open according to
 * {@code facts/licences.tsv}. With link-check results, a distribution none of whose URLs answers 2xx,
 * all of them checked, is not on the web; when no URL answered 2xx and some were not checked, the reason
 * names an unchecked URL and says its reachability was not checked.
 */
final class OpenLicenceOnTheWeb implements StarCriterion {
    private final Licences licences;

    OpenLicenceOnTheWeb(Licences licences) {
        this.licences = licences;
    }

    @Override
    public StarReason judge(DistributionEvidence e) {
        if (e.urls().isEmpty()) {
            return new StarReason(1, false, StarBasis.METADATA,
                    "de distributie heeft geen toegangs- of download-URL op het web (http of https)",
                    "the distribution has no access or download URL on the web (http or https)");
        }
        if (e.licence().isEmpty()) {
            return new StarReason(1, false, StarBasis.METADATA,
                    "geen licentie (dct:license) op de distributie of de dataset",
                    "no licence (dct:license) on the distribution or the dataset");
        }
        String value = DcatRecord.text(e.licence().get());
        Optional<Licence> licence = licences.of(e.licence().get());
        if (e.licence().get().isBlank()) {
            return new StarReason(1, false, StarBasis.METADATA,
                    "de licentie op de " + whereNl(e) + " is een blanco knoop zonder IRI: welke licentie het is, is niet te zeggen",
                    "the licence on the " + e.licenceOn() + " is a blank node without IRI: which licence it is cannot be told");
        }
        if (!e.licence().get().isURI()) {
            return new StarReason(1, false, StarBasis.METADATA,
                    "de licentie op de " + whereNl(e) + " is tekst (\"" + value + "\"), geen IRI van een gekende licentie",
                    "the licence on the " + e.licenceOn() + " is text (\"" + value + "\"), not the IRI of a known licence");
        }
        if (licence.isEmpty()) {
            return new StarReason(1, false, StarBasis.METADATA,
                    "licentie " + value + " staat niet in SlimCats lijst van open licenties",
                    "licence " + value + " is not in SlimCat's list of open licences");
        }
        if (!licence.get().open()) {
            return new StarReason(1, false, StarBasis.METADATA,
                    "licentie " + licence.get().label() + " is niet open (Open Definition: ze beperkt gebruik of bewerking)",
                    "licence " + licence.get().label() + " is not open (Open Definition: it restricts use or modification)");
        }
        return reachability(e, licence.get());
    }

    private static StarReason reachability(DistributionEvidence e, Licence licence) {
        String open = " onder een open licentie (" + licence.label() + ", op de " + whereNl(e) + ")";
        String openEn = " under an open licence (" + licence.label() + ", on the " + e.licenceOn() + ")";
        List<Optional<LinkStatus>> checks = e.urls().stream().map(u -> e.links().of(u)).toList();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).filter(LinkStatus::isSuccess).isPresent()) {
                String url = e.urls().get(i) + " antwoordt " + checks.get(i).get().describe();
                return new StarReason(1, true, StarBasis.LINK_CHECK, "op het web (" + url + ")" + open,
                        "on the web (" + e.urls().get(i) + " answers " + checks.get(i).get().describe() + ")" + openEn);
            }
        }
        if (checks.stream().allMatch(Optional::isPresent)) {
            return new StarReason(1, false, StarBasis.LINK_CHECK,
                    "geen enkele URL van de distributie antwoordt met 2xx (" + e.urls().get(0) + ": "
                            + checks.get(0).get().describe() + ")",
                    "no URL of the distribution answers with 2xx (" + e.urls().get(0) + ": "
                            + checks.get(0).get().describe() + ")");
        }
        String unchecked = e.urls().get(checks.indexOf(Optional.<LinkStatus>empty()));
        return new StarReason(1, true, StarBasis.METADATA,
                "op het web (" + unchecked + ", bereikbaarheid niet gecontroleerd)" + open,
                "on the web (" + unchecked + ", reachability not checked)" + openEn);
    }

    private static String whereNl(DistributionEvidence e) {
        return "distribution".equals(e.licenceOn()) ? "distributie" : "dataset";
    }
}
