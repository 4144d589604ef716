// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.facts.FileType;
import be.slimcat.quality.facts.FileTypes;

/**
 * What the star criteria look at for one distribution, read once from the record.
 *
 * @param distribution   the distribution
 * @param urls           its http(s) access and download URLs, access URLs first
 * @param licence        its licence: the distribution's dct:license, else the dataset's
 * @param licenceOn      "distribution" or "dataset": where the licence was found (empty without licence)
 * @param fileTypes      the known file types its dct:format and dcat:mediaType name, format first
 * @param unknownFormats format and media-type values SlimCat does not know (empty literals are ignored)
 * @param data           what the distribution's own data shows, when the caller had the data
 * @param links          the caller's link-check results
 */
record DistributionEvidence(Node distribution, List<String> urls, Optional<Node> licence, String licenceOn,
        List<FileType> fileTypes, List<String> unknownFormats, Optional<DataInspection> data, LinkStatuses links) {

    static DistributionEvidence read(DcatRecord record, Node distribution, FileTypes types, LinkStatuses links,
            Optional<Graph> data) {
        List<String> urls = new ArrayList<>();
        for (Node url : record.values(distribution, DCAT.accessURL)) {
            addWebUrl(urls, url);
        }
        for (Node url : record.values(distribution, DCAT.downloadURL)) {
            addWebUrl(urls, url);
        }
        Optional<Node> licence = record.first(distribution, DCTerms.license);
        String licenceOn = licence.isPresent() ? "distribution" : "";
        if (licence.isEmpty()) {
            licence = record.first(record.dataset(), DCTerms.license);
            licenceOn = licence.isPresent() ? "dataset" : "";
        }
        Set<FileType> known = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (Node format : stated(record.values(distribution, DCTerms.format))) {
            types.ofFormat(format).ifPresentOrElse(known::add, () -> unknown.add(DcatRecord.text(format)));
        }
        for (Node mediaType : stated(record.values(distribution, DCAT.mediaType))) {
            types.ofMediaType(mediaType).ifPresentOrElse(known::add, () -> unknown.add(DcatRecord.text(mediaType)));
        }
        return new DistributionEvidence(distribution, List.copyOf(urls), licence, licenceOn, List.copyOf(known),
                List.copyOf(unknown), data.map(DataInspection::of), links);
    }

    /** The values without empty literals ({@code <dct:format/>} in RDF/XML states nothing). */
    private static List<Node> stated(List<Node> values) {
        return values.stream().filter(v -> !v.isLiteral() || !v.getLiteralLexicalForm().isBlank()).toList();
    }

    private static void addWebUrl(List<String> urls, Node url) {
        DcatRecord.webUrl(url).filter(u -> !urls.contains(u)).ifPresent(urls::add);
    }

    /** The codes of the file types, joined for texts ("CSV, JSON"). */
    static String codes(List<FileType> types) {
        return String.join(", ", types.stream().map(FileType::code).toList());
    }
}
