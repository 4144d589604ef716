// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import be.slimcat.harvest.ContentHash;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.vocab.SlimcatIris;

/**
 * Maps one dataset of a DCAT-US {@code data.json} (schema 1.1 or 3.0) to a DCAT-AP 3 record. Pure:
 * no I/O.
 * <p>
 * <b>Identity.</b> The record id is the dataset's {@code identifier} (a string; a number's text; in
 * 3.0 an Identifier object's {@code notation}), or, when a 3.0 dataset has none, its {@code @id}.
 * The dataset IRI is its {@code @id} when that is an absolute http(s) IRI (3.0 JSON-LD), else the
 * identifier itself when that is one (ArcGIS Hub uses item URLs as identifiers), else minted as
 * {@code {base}/id/dataset/{sourceId}-{shortKey(identifier)}}. A dataset without identifier or
 * without title is rejected with an excerpt; the other datasets go on.
 * <p>
 * <b>Texts.</b> title and description are plain literals: data.json does not state the language of
 * its metadata ({@code language} is the language of the data). The 3.0 {@code titleMap},
 * {@code descriptionMap} and {@code keywordMap} do state it and give language-tagged literals. A
 * numerical title (a known quirk) is kept as its text and reported as a repair.
 * <p>
 * <b>Coded values</b> are kept raw for the normaliser: accessLevel ({@code public}, {@code restricted
 * public}, {@code non-public}) and 3.0 accessRights as dct:accessRights literals, license as an IRI
 * when it is one (else the raw text, e.g. ArcGIS's HTML licence statements), rights, language,
 * theme, accrualPeriodicity ({@code R/P1D}, {@code daily}) as literals unless they are IRIs. Dates
 * are typed (xsd:dateTime, xsd:date, xsd:gYearMonth, xsd:gYear) when valid, else kept raw (e.g.
 * {@code 2019-06-27 12:41:27}). Spatial and temporal: see {@link ExtentMapper}; publisher and
 * contact points: see {@link AgentMapper}; distributions: see {@link DistributionMapper}.
 * <p>
 * <b>Links.</b> landingPage becomes dcat:landingPage (an IRI; a 3.0 Document gives its {@code @id} or
 * {@code accessURL}; anything else is left out and reported); references dct:references;
 * isReferencedBy dct:isReferencedBy; conformsTo dct:conformsTo; describedBy (the data dictionary)
 * foaf:page; version dcat:version. Collections: {@code isPartOf} names the parent's identifier and
 * becomes dct:isPartOf the IRI the parent gets by the same identity rule (so parent and children
 * link up without a second pass); 3.0 {@code inSeries} becomes dcat:inSeries likewise.
 */
public final class DataJsonDatasetMapper {
    private final SlimcatIris iris;

    /** A mapper that mints IRIs under the given policy's base. */
    public DataJsonDatasetMapper(SlimcatIris iris) {
        this.iris = iris;
    }

    /** One dataset's record (absent when it was rejected) and the problems found in it. */
    public record MappedDataset(Optional<HarvestedRecord> record, List<RecordProblem> problems) {}

    /** Maps a dataset given as JSON text (tests and tools); text that is not a JSON object is rejected. */
    public MappedDataset map(String sourceId, URI page, String json) {
        try {
            return map(sourceId, page, JsonParser.parseString(json));
        } catch (JsonParseException e) {
            return rejected(sourceId, page, "", json, "the dataset is not valid JSON: " + e.getMessage());
        }
    }

    /** Maps one element of a data.json {@code dataset} array. */
    public MappedDataset map(String sourceId, URI page, JsonElement element) {
        String raw = String.valueOf(element);
        Optional<JsonObject> object = JsonValues.object(element);
        if (object.isEmpty()) {
            return rejected(sourceId, page, "", raw, "the dataset is not a JSON object; left out");
        }
        JsonObject json = object.get();
        Optional<Node> id = JsonValues.text(json, "@id").flatMap(RdfValues::httpIri);
        Optional<String> recordId = identifier(json).or(() -> id.map(Node::getURI));
        boolean titled = JsonValues.text(json, "title").isPresent() || !languageMap(json, "titleMap").isEmpty();
        if (recordId.isEmpty() || !titled) {
            String missing = recordId.isEmpty() && !titled ? "identifier and title" : recordId.isEmpty() ? "identifier" : "title";
            return rejected(sourceId, page, recordId.orElse(""), raw, "the dataset has no " + missing + "; left out");
        }
        MappingContext cx = new MappingContext(iris, sourceId, page, recordId.get(), RecordProblem.excerpt(raw));
        Node dataset = id.orElseGet(() -> datasetIri(sourceId, recordId.get()));
        describe(cx, dataset, json);
        HarvestedRecord record = new HarvestedRecord(recordId.get(), dataset, cx.graph, page);
        return new MappedDataset(Optional.of(record), List.copyOf(cx.problems));
    }

    /**
     * The IRI of the dataset with this identifier in this source: the identifier itself when it is
     * an absolute http(s) IRI, else {@code {base}/id/dataset/{sourceId}-{shortKey(identifier)}}.
     */
    public Node datasetIri(String sourceId, String identifier) {
        return RdfValues.httpIri(identifier)
                .orElseGet(() -> iris.thing("dataset", sourceId + "-" + ContentHash.shortKey(identifier)));
    }

    private void describe(MappingContext cx, Node dataset, JsonObject json) {
        cx.add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        cx.add(dataset, DCTerms.identifier.asNode(), RdfValues.literal(cx.recordId));
        texts(cx, dataset, json);
        dates(cx, dataset, json);
        AgentMapper.publisher(cx, dataset, json);
        AgentMapper.contactPoints(cx, dataset, json);
        codedValues(cx, dataset, json);
        ExtentMapper.spatial(cx, dataset, json);
        ExtentMapper.temporal(cx, dataset, json);
        links(cx, dataset, json);
        collections(cx, dataset, json);
        DistributionMapper.distributions(cx, dataset, json);
    }

    private static void texts(MappingContext cx, Node dataset, JsonObject json) {
        JsonValues.text(json, "title").ifPresent(title -> {
            cx.add(dataset, DCTerms.title.asNode(), RdfValues.literal(title));
            if (JsonValues.isNumber(json, "title")) {
                cx.repaired("the title is a number (" + title + "); its text is used");
            }
        });
        tagged(cx, dataset, DCTerms.title.asNode(), languageMap(json, "titleMap"));
        JsonValues.text(json, "description")
                .ifPresent(d -> cx.add(dataset, DCTerms.description.asNode(), RdfValues.literal(d)));
        tagged(cx, dataset, DCTerms.description.asNode(), languageMap(json, "descriptionMap"));
        JsonValues.texts(json, "keyword").forEach(k -> cx.add(dataset, DCAT.keyword.asNode(), RdfValues.literal(k)));
        tagged(cx, dataset, DCAT.keyword.asNode(), languageMap(json, "keywordMap"));
        JsonValues.text(json, "version").ifPresent(v -> cx.add(dataset, DataJsonTerms.VERSION, RdfValues.literal(v)));
    }

    private static void dates(MappingContext cx, Node dataset, JsonObject json) {
        JsonValues.text(json, "issued").ifPresent(d -> cx.add(dataset, DCTerms.issued.asNode(), RdfValues.date(d)));
        JsonValues.text(json, "modified").ifPresent(d -> cx.add(dataset, DCTerms.modified.asNode(), RdfValues.date(d)));
        JsonValues.text(json, "created").ifPresent(d -> cx.add(dataset, DCTerms.created.asNode(), RdfValues.date(d)));
    }

    private static void codedValues(MappingContext cx, Node dataset, JsonObject json) {
        JsonValues.texts(json, "accessLevel")
                .forEach(a -> cx.add(dataset, DCTerms.accessRights.asNode(), RdfValues.literal(a)));
        JsonValues.texts(json, "accessRights")
                .forEach(a -> cx.add(dataset, DCTerms.accessRights.asNode(), RdfValues.iriOrLiteral(a)));
        JsonValues.texts(json, "license").forEach(l -> cx.add(dataset, DCTerms.license.asNode(), RdfValues.iriOrLiteral(l)));
        JsonValues.texts(json, "rights").forEach(r -> cx.add(dataset, DCTerms.rights.asNode(), RdfValues.literal(r)));
        JsonValues.texts(json, "accrualPeriodicity")
                .forEach(a -> cx.add(dataset, DCTerms.accrualPeriodicity.asNode(), RdfValues.iriOrLiteral(a)));
        JsonValues.texts(json, "language").forEach(l -> cx.add(dataset, DCTerms.language.asNode(), RdfValues.iriOrLiteral(l)));
        for (JsonElement theme : JsonValues.each(json, "theme")) {
            concept(theme).ifPresent(t -> cx.add(dataset, DCAT.theme.asNode(), t));
        }
    }

    private static void links(MappingContext cx, Node dataset, JsonObject json) {
        List<Node> landingPages = documents(json, "landingPage");
        landingPages.forEach(p -> cx.add(dataset, DCAT.landingPage.asNode(), p));
        if (landingPages.isEmpty()) {
            JsonValues.text(json, "landingPage")
                    .ifPresent(p -> cx.repaired("landingPage '" + p + "' is not an http(s) IRI; left out"));
        }
        JsonValues.texts(json, "references")
                .forEach(r -> cx.add(dataset, DCTerms.references.asNode(), RdfValues.iriOrLiteral(r)));
        JsonValues.texts(json, "isReferencedBy")
                .forEach(r -> cx.add(dataset, DCTerms.isReferencedBy.asNode(), RdfValues.iriOrLiteral(r)));
        standards(json, "conformsTo").forEach(s -> cx.add(dataset, DCTerms.conformsTo.asNode(), s));
        documents(json, "describedBy").forEach(d -> cx.add(dataset, FOAF.page.asNode(), d));
    }

    private void collections(MappingContext cx, Node dataset, JsonObject json) {
        for (JsonElement parent : JsonValues.each(json, "isPartOf")) {
            related(cx.sourceId, parent).filter(p -> !p.equals(dataset))
                    .ifPresent(p -> cx.add(dataset, DCTerms.isPartOf.asNode(), p));
        }
        for (JsonElement series : JsonValues.each(json, "inSeries")) {
            related(cx.sourceId, series).filter(s -> !s.equals(dataset))
                    .ifPresent(s -> cx.add(dataset, DataJsonTerms.IN_SERIES, s));
        }
    }

    /** Another dataset of the same document, named by its identifier (or, as an object, by @id or identifier). */
    private Optional<Node> related(String sourceId, JsonElement element) {
        if (element.isJsonPrimitive()) {
            return JsonValues.text(element).map(identifier -> datasetIri(sourceId, identifier));
        }
        return JsonValues.object(element).flatMap(json -> JsonValues.text(json, "@id").flatMap(RdfValues::httpIri)
                .or(() -> identifier(json).map(identifier -> datasetIri(sourceId, identifier))));
    }

    /** identifier: a string or number, or a 3.0 Identifier object's notation (or its @id). */
    private static Optional<String> identifier(JsonObject json) {
        JsonElement element = json.get("identifier");
        if (element != null && element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            return JsonValues.text(object, "notation").or(() -> JsonValues.text(object, "@id"));
        }
        return JsonValues.text(element);
    }

    /** A theme: an IRI, a raw label, or a 3.0 Concept (its @id, else its prefLabel). */
    private static Optional<Node> concept(JsonElement element) {
        if (element.isJsonPrimitive()) {
            return JsonValues.text(element).map(RdfValues::iriOrLiteral);
        }
        return JsonValues.object(element).flatMap(json -> JsonValues.text(json, "@id").flatMap(RdfValues::httpIri)
                .or(() -> JsonValues.text(json, "prefLabel").map(RdfValues::literal)));
    }

    /** Standards (conformsTo): IRIs or raw texts; a 3.0 Standard gives its @id, else its title. */
    static List<Node> standards(JsonObject json, String member) {
        List<Node> standards = new ArrayList<>();
        for (JsonElement element : JsonValues.each(json, member)) {
            if (element.isJsonPrimitive()) {
                JsonValues.text(element).map(RdfValues::iriOrLiteral).ifPresent(standards::add);
            } else {
                JsonValues.object(element).flatMap(s -> JsonValues.text(s, "@id").flatMap(RdfValues::httpIri)
                        .or(() -> JsonValues.text(s, "title").map(RdfValues::literal))).ifPresent(standards::add);
            }
        }
        return standards;
    }

    /** Web documents: http(s) IRIs; a 3.0 Document or Distribution gives its @id, accessURL or downloadURL. */
    static List<Node> documents(JsonObject json, String member) {
        List<Node> documents = new ArrayList<>();
        for (JsonElement element : JsonValues.each(json, member)) {
            if (element.isJsonPrimitive()) {
                JsonValues.text(element).flatMap(RdfValues::httpIri).ifPresent(documents::add);
            } else {
                JsonValues.object(element).flatMap(d -> JsonValues.text(d, "@id").flatMap(RdfValues::httpIri)
                        .or(() -> JsonValues.text(d, "accessURL").flatMap(RdfValues::httpIri))
                        .or(() -> JsonValues.text(d, "downloadURL").flatMap(RdfValues::httpIri)))
                        .ifPresent(documents::add);
            }
        }
        return documents;
    }

    /** A 3.0 language map ({@code {"nl": "...", "en": "..."}}, values a text or a list of texts) as tagged pairs. */
    private static List<Map.Entry<String, String>> languageMap(JsonObject json, String member) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        JsonValues.object(json.get(member)).ifPresent(map -> map.entrySet().forEach(entry -> {
            JsonObject holder = new JsonObject();
            holder.add("v", entry.getValue());
            JsonValues.texts(holder, "v").forEach(text -> pairs.add(Map.entry(entry.getKey().strip(), text)));
        }));
        return pairs;
    }

    private static void tagged(MappingContext cx, Node subject, Node predicate, List<Map.Entry<String, String>> pairs) {
        for (Map.Entry<String, String> pair : pairs) {
            RdfValues.tagged(pair.getValue(), pair.getKey()).ifPresentOrElse(
                    literal -> cx.add(subject, predicate, literal),
                    () -> cx.repaired("language '" + pair.getKey() + "' is not a language tag; '" + pair.getValue() + "' left out"));
        }
    }

    private static MappedDataset rejected(String sourceId, URI page, String recordId, String raw, String reason) {
        return new MappedDataset(Optional.empty(),
                List.of(new RecordProblem(sourceId, page, recordId, RecordProblem.excerpt(raw), reason, true)));
    }
}
