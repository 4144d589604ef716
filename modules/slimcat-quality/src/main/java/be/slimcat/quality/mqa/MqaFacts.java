// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

import be.slimcat.quality.Conformance;
import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.LinkStatus;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.facts.AccessRights;
import be.slimcat.quality.facts.FileType;
import be.slimcat.quality.facts.FileTypes;
import be.slimcat.quality.facts.Licences;

/**
 * Reads the outcome of every MQA indicator from a record. Presence indicators pass with at least one
 * value of the property, as piveau's metrics define them ("at least one ... is specified"). The
 * others:
 * <ul>
 * <li>Access / download URL status: passed when one of the distribution's URLs (http or https) has a
 * 2xx result in the caller's {@link LinkStatuses}; failed when it has no such URL or every URL has a
 * result and none is 2xx; otherwise not assessed.</li>
 * <li>Format and media type from vocabularies: a dct:format that is an IRI of the EU file-type table
 * and a dcat:mediaType that is an IANA media-type IRI, both (piveau's
 * formatMediaTypeVocabularyAlignment: "both ... aligned").</li>
 * <li>Non-proprietary / machine-readable: a dct:format or dcat:mediaType IRI names a file type on MQA's
 * list ({@code facts/file-types.tsv}); literal values do not count, as MQA compares IRIs.</li>
 * <li>Known licence: a distribution dct:license that is an IRI of the EU licence table.</li>
 * <li>Access rights from the vocabulary: a dct:accessRights IRI of the EU access-right table.</li>
 * <li>DCAT-AP compliance: the record's {@link Conformance} (not validated: not assessed).</li>
 * </ul>
 */
public final class MqaFacts {
    private final FileTypes fileTypes;
    private final Licences licences;
    private final AccessRights accessRights;

    /** A reader with the given facts. */
    public MqaFacts(FileTypes fileTypes, Licences licences, AccessRights accessRights) {
        this.fileTypes = fileTypes;
        this.licences = licences;
        this.accessRights = accessRights;
    }

    /** The outcomes of every indicator on the record's dataset and distributions. */
    public DatasetFacts read(DcatRecord record, Conformance conformance, LinkStatuses links) {
        Node dataset = record.dataset();
        Map<MqaIndicator, Outcome> outcomes = new EnumMap<>(MqaIndicator.class);
        outcomes.put(MqaIndicator.KEYWORD, present(record, dataset, DCAT.keyword));
        outcomes.put(MqaIndicator.THEME, present(record, dataset, DCAT.theme));
        outcomes.put(MqaIndicator.SPATIAL, present(record, dataset, DCTerms.spatial));
        outcomes.put(MqaIndicator.TEMPORAL, present(record, dataset, DCTerms.temporal));
        outcomes.put(MqaIndicator.DCAT_AP_COMPLIANCE, switch (conformance) {
            case CONFORMS -> Outcome.PASSED;
            case VIOLATES -> Outcome.FAILED;
            case NOT_VALIDATED -> Outcome.NOT_ASSESSED;
        });
        outcomes.put(MqaIndicator.ACCESS_RIGHTS, present(record, dataset, DCTerms.accessRights));
        outcomes.put(MqaIndicator.ACCESS_RIGHTS_VOCABULARY, passedIf(record.values(dataset, DCTerms.accessRights)
                .stream().anyMatch(accessRights::isAccessRightIri)));
        outcomes.put(MqaIndicator.CONTACT_POINT, present(record, dataset, DCAT.contactPoint));
        outcomes.put(MqaIndicator.PUBLISHER, present(record, dataset, DCTerms.publisher));
        outcomes.put(MqaIndicator.ISSUED, present(record, dataset, DCTerms.issued));
        outcomes.put(MqaIndicator.MODIFIED, present(record, dataset, DCTerms.modified));
        List<DistributionFacts> distributions = new ArrayList<>();
        for (Node distribution : record.distributions()) {
            distributions.add(distribution(record, distribution, links));
        }
        return new DatasetFacts(dataset, outcomes, distributions);
    }

    private DistributionFacts distribution(DcatRecord record, Node d, LinkStatuses links) {
        Map<MqaIndicator, Outcome> outcomes = new EnumMap<>(MqaIndicator.class);
        outcomes.put(MqaIndicator.ACCESS_URL_STATUS, urlStatus(record.values(d, DCAT.accessURL), links));
        outcomes.put(MqaIndicator.DOWNLOAD_URL, present(record, d, DCAT.downloadURL));
        outcomes.put(MqaIndicator.DOWNLOAD_URL_STATUS, urlStatus(record.values(d, DCAT.downloadURL), links));
        outcomes.put(MqaIndicator.FORMAT, present(record, d, DCTerms.format));
        outcomes.put(MqaIndicator.MEDIA_TYPE, present(record, d, DCAT.mediaType));
        List<Node> formats = record.values(d, DCTerms.format);
        List<Node> mediaTypes = record.values(d, DCAT.mediaType);
        outcomes.put(MqaIndicator.FORMAT_MEDIA_TYPE_VOCABULARY, passedIf(
                formats.stream().anyMatch(fileTypes::isFileTypeIri) && mediaTypes.stream().anyMatch(FileTypes::isIanaIri)));
        List<FileType> listed = new ArrayList<>();
        formats.stream().filter(Node::isURI).forEach(f -> fileTypes.ofFormat(f).ifPresent(listed::add));
        mediaTypes.stream().filter(Node::isURI).forEach(m -> fileTypes.ofMediaType(m).ifPresent(listed::add));
        outcomes.put(MqaIndicator.NON_PROPRIETARY, passedIf(listed.stream().anyMatch(FileType::mqaNonProprietary)));
        outcomes.put(MqaIndicator.MACHINE_READABLE, passedIf(listed.stream().anyMatch(FileType::mqaMachineReadable)));
        outcomes.put(MqaIndicator.LICENCE, present(record, d, DCTerms.license));
        outcomes.put(MqaIndicator.KNOWN_LICENCE,
                passedIf(record.values(d, DCTerms.license).stream().anyMatch(licences::isEuLicenceIri)));
        outcomes.put(MqaIndicator.RIGHTS, present(record, d, DCTerms.rights));
        outcomes.put(MqaIndicator.BYTE_SIZE, present(record, d, DCAT.byteSize));
        outcomes.put(MqaIndicator.ISSUED, present(record, d, DCTerms.issued));
        outcomes.put(MqaIndicator.MODIFIED, present(record, d, DCTerms.modified));
        return new DistributionFacts(d, outcomes);
    }

    private static Outcome urlStatus(List<Node> values, LinkStatuses links) {
        List<String> urls = new ArrayList<>();
        for (Node value : values) {
            DcatRecord.webUrl(value).ifPresent(urls::add);
        }
        if (urls.isEmpty()) {
            return Outcome.FAILED;
        }
        List<Optional<LinkStatus>> checks = urls.stream().map(links::of).toList();
        if (checks.stream().anyMatch(c -> c.filter(LinkStatus::isSuccess).isPresent())) {
            return Outcome.PASSED;
        }
        return checks.stream().allMatch(Optional::isPresent) ? Outcome.FAILED : Outcome.NOT_ASSESSED;
    }

    private static Outcome present(DcatRecord record, Node subject, Property property) {
        return passedIf(record.has(subject, property));
    }

    private static Outcome passedIf(boolean passed) {
        return passed ? Outcome.PASSED : Outcome.FAILED;
    }
}
