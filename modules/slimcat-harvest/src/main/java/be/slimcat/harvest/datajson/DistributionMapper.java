// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The distributions of a dataset.
 * <p>
 * A distribution's IRI is its {@code @id} when that is an http(s) IRI (3.0); otherwise it is minted
 * as {@code {base}/id/distributie/{sourceId}-{shortKey(...)}} from the record id and the
 * distribution's URLs, media type, format and title, so it stays the same from run to run as long
 * as the portal describes the distribution the same way (a download URL is a file, not the
 * distribution, so it is not used as the IRI). dcat:accessURL is mandatory: the download URL stands
 * in when it is all there is; a distribution with neither is left out and reported.
 * <p>
 * dcat:mediaType is a raw literal unless it is already an IANA IRI; dct:format is a raw literal;
 * conformsTo and license are IRIs when they are, describedBy (a data dictionary) becomes foaf:page,
 * byteSize (3.0) xsd:nonNegativeInteger.
 */
final class DistributionMapper {
    private static final String IANA = "www.iana.org/assignments/media-types/";

    private DistributionMapper() {}

    static void distributions(MappingContext cx, Node dataset, JsonObject json) {
        Set<Node> minted = new HashSet<>();
        List<JsonElement> elements = JsonValues.each(json, "distribution");
        for (int i = 0; i < elements.size(); i++) {
            Optional<JsonObject> object = JsonValues.object(elements.get(i));
            if (object.isEmpty()) {
                cx.repaired("distribution " + (i + 1) + " is not an object; left out");
                continue;
            }
            distribution(cx, dataset, object.get(), i, minted);
        }
    }

    private static void distribution(MappingContext cx, Node dataset, JsonObject json, int index, Set<Node> minted) {
        Optional<String> download = JsonValues.text(json, "downloadURL");
        Optional<String> access = JsonValues.text(json, "accessURL");
        Optional<Node> downloadIri = download.flatMap(RdfValues::httpIri);
        Optional<Node> accessIri = access.flatMap(RdfValues::httpIri).or(() -> downloadIri);
        if (accessIri.isEmpty()) {
            cx.repaired("distribution " + (index + 1) + " has no usable accessURL or downloadURL ("
                    + access.or(() -> download).orElse("none") + "); left out");
            return;
        }
        Optional<String> title = JsonValues.text(json, "title");
        Optional<String> mediaType = JsonValues.text(json, "mediaType");
        Optional<String> format = JsonValues.text(json, "format");
        Node distribution = JsonValues.text(json, "@id").flatMap(RdfValues::httpIri)
                .orElseGet(() -> mint(cx, minted, String.join("\n", cx.recordId, download.orElse(""), access.orElse(""),
                        mediaType.orElse(""), format.orElse(""), title.orElse(""))));
        cx.add(dataset, DCAT.distribution.asNode(), distribution);
        cx.add(distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
        cx.add(distribution, DCAT.accessURL.asNode(), accessIri.get());
        downloadIri.ifPresent(iri -> cx.add(distribution, DCAT.downloadURL.asNode(), iri));
        title.ifPresent(t -> cx.add(distribution, DCTerms.title.asNode(), RdfValues.literal(t)));
        JsonValues.text(json, "description")
                .ifPresent(d -> cx.add(distribution, DCTerms.description.asNode(), RdfValues.literal(d)));
        mediaType.ifPresent(m -> cx.add(distribution, DCAT.mediaType.asNode(), mediaType(m)));
        format.ifPresent(f -> cx.add(distribution, DCTerms.format.asNode(), RdfValues.literal(f)));
        for (Node standard : DataJsonDatasetMapper.standards(json, "conformsTo")) {
            cx.add(distribution, DCTerms.conformsTo.asNode(), standard);
        }
        for (Node page : DataJsonDatasetMapper.documents(json, "describedBy")) {
            cx.add(distribution, FOAF.page.asNode(), page);
        }
        JsonValues.text(json, "license").ifPresent(l -> cx.add(distribution, DCTerms.license.asNode(), RdfValues.iriOrLiteral(l)));
        JsonValues.text(json, "byteSize").ifPresent(b -> cx.add(distribution, DCAT.byteSize.asNode(), RdfValues.byteSize(b)));
        JsonValues.text(json, "issued").ifPresent(d -> cx.add(distribution, DCTerms.issued.asNode(), RdfValues.date(d)));
        JsonValues.text(json, "modified").ifPresent(d -> cx.add(distribution, DCTerms.modified.asNode(), RdfValues.date(d)));
    }

    private static Node mint(MappingContext cx, Set<Node> minted, String description) {
        Node iri = cx.mint("distributie", description);
        for (int n = 2; !minted.add(iri); n++) {
            iri = cx.mint("distributie", description + "\n#" + n);
        }
        return iri;
    }

    private static Node mediaType(String text) {
        return text.contains(IANA) ? RdfValues.iriOrLiteral(text) : RdfValues.literal(text);
    }
}
