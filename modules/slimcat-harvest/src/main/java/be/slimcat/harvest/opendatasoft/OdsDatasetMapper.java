// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.opendatasoft;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import be.slimcat.harvest.ContentHash;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.mapping.Json;
import be.slimcat.harvest.mapping.RecordGraph;
import be.slimcat.harvest.mapping.UnreadablePageException;
import be.slimcat.vocab.SlimcatIris;

/**
 * Maps one page of the OpenDataSoft Explore API v2.1 catalogue ({@code /api/explore/v2.1/catalog/datasets})
 * to DCAT-AP records. Pure: no I/O.
 * <p>
 * Rules:
 * <ul>
 * <li>The dataset IRI is minted, {@code {base}/id/dataset/{sourceId}-{shortKey(dataset_id)}}: the API gives
 * no identifier IRI. The explore page {@code {portal}/explore/dataset/{id}/} is a landing page
 * (dcat:landingPage) and the API location {@code {portal}/api/v2/catalog/datasets/{id}} that ODS's own DCAT
 * export uses as subject changes with the API version, so neither is taken as the identifier.
 * dct:identifier is the {@code dataset_id}, which is also the record id.</li>
 * <li>{@code metas.default}: title, description (HTML turned into plain text), keyword, theme (raw
 * literals, never split on commas: ODS theme labels contain commas), publisher (a minted organisation),
 * license + license_url (the URL as IRI when there is one, else the name as literal), language (tags
 * the title, description and keywords, and is given as a raw dct:language literal), modified, territory
 * (dct:spatial) and references (foaf:page when it is a URL).</li>
 * <li>{@code metas.dcat}: issued, creator, contact_name/contact_email (vcard:Kind), accrualperiodicity,
 * spatial, temporal (raw) and temporal_coverage_start/end (a dct:PeriodOfTime). Granularity, features
 * other than geo, fields and links are not mapped.</li>
 * <li>Distributions: the record exports {@code {portal}/api/explore/v2.1/catalog/datasets/{id}/exports/{csv,json}}
 * and, for datasets with the "geo" feature, {@code geojson}, only when the dataset has records
 * ({@code has_records} is not false); one per attachment, at
 * {@code .../datasets/{id}/attachments/{attachment id}} (an attachment's own {@code odsfile://} URL is not
 * reachable). Both URLs are access and download URL. Distribution IRIs are minted,
 * {@code {base}/id/distributie/{sourceId}-{shortKey(dataset_id + "/exports/" + format)}} and
 * {@code ...shortKey(dataset_id + "/attachments/" + attachment id)}.</li>
 * </ul>
 */
public final class OdsDatasetMapper {
    /** The path of the catalogue's dataset search under the portal. */
    public static final String DATASETS_PATH = "/api/explore/v2.1/catalog/datasets";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Node PERIOD = NodeFactory.createURI(DCTerms.NS + "PeriodOfTime");
    private static final Node START_DATE = NodeFactory.createURI(DCAT.NS + "startDate");
    private static final Node END_DATE = NodeFactory.createURI(DCAT.NS + "endDate");
    private static final Node LICENSE_DOCUMENT = NodeFactory.createURI(DCTerms.NS + "LicenseDocument");

    /** The exports made for every dataset with records, and for geo datasets. */
    private enum Export {
        CSV("csv", "CSV", "text/csv"),
        JSON("json", "JSON", "application/json"),
        GEOJSON("geojson", "GeoJSON", "application/geo+json");

        final String path;
        final String format;
        final String mediaType;

        Export(String path, String format, String mediaType) {
            this.path = path;
            this.format = format;
            this.mediaType = mediaType;
        }
    }

    private final SlimcatIris iris;

    public OdsDatasetMapper(SlimcatIris iris) {
        this.iris = iris;
    }

    /**
     * The records and problems of one page, with what the client needs to page on.
     *
     * @param records    the mapped datasets
     * @param problems   rejected or repaired results
     * @param results    how many results the page held (mapped or not)
     * @param totalCount the {@code total_count} the page announced, or -1
     */
    public record MappedPage(List<HarvestedRecord> records, List<RecordProblem> problems, int results, long totalCount) {}

    /**
     * Maps a page.
     *
     * @param portal the portal's base URL, e.g. {@code https://data.stad.gent}
     * @throws UnreadablePageException when the body is not JSON or has no {@code results} array
     */
    public MappedPage map(String sourceId, URI page, URI portal, String body) {
        JsonObject root = Json.pageWithArray(body, "results");
        JsonArray results = Json.array(root, "results");
        List<HarvestedRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        String base = portalBase(portal);
        for (JsonElement element : results) {
            String raw = element.toString();
            if (!element.isJsonObject()) {
                problems.add(new RecordProblem(sourceId, page, "", RecordProblem.excerpt(raw), "result is not a JSON object; left out", true));
                continue;
            }
            JsonObject result = element.getAsJsonObject();
            String id = Json.text(result, "dataset_id");
            if (id == null) {
                problems.add(new RecordProblem(sourceId, page, "", RecordProblem.excerpt(raw),
                        "result without dataset_id cannot be identified across runs; left out", true));
                continue;
            }
            try {
                records.add(dataset(sourceId, page, base, id, result, problems));
            } catch (RuntimeException e) {
                problems.add(new RecordProblem(sourceId, page, id, RecordProblem.excerpt(raw),
                        "result could not be mapped (" + e + "); left out", true));
            }
        }
        return new MappedPage(records, problems, results.size(), Json.number(root, "total_count"));
    }

    /** The portal base without a trailing slash. */
    static String portalBase(URI portal) {
        String s = portal.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private HarvestedRecord dataset(String sourceId, URI page, String base, String id, JsonObject result,
            List<RecordProblem> problems) {
        RecordGraph g = new RecordGraph(iris, sourceId);
        Node ds = iris.thing("dataset", sourceId + "-" + ContentHash.shortKey(id));
        JsonObject metas = Json.object(result, "metas");
        JsonObject meta = Json.object(metas, "default");
        JsonObject dcat = Json.object(metas, "dcat");
        String lang = Json.text(meta, "language");
        if (lang != null && !LANGUAGE.matcher(lang).matches()) {
            lang = null;
        }

        g.add(ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.text(ds, DCTerms.identifier.asNode(), id, null);
        g.text(ds, DCTerms.title.asNode(), Json.text(meta, "title"), lang);
        String description = Json.text(meta, "description");
        if (description != null && HtmlText.looksLikeHtml(description)) {
            description = HtmlText.toPlain(description);
        }
        g.text(ds, DCTerms.description.asNode(), description, lang);
        g.texts(ds, DCAT.keyword.asNode(), Json.texts(meta, "keyword"), lang);
        g.texts(ds, DCAT.theme.asNode(), Json.texts(meta, "theme"), null);
        g.text(ds, DCTerms.language.asNode(), lang, null);
        Node publisher = g.organisation(Json.text(meta, "publisher"));
        if (publisher != null) {
            g.add(ds, DCTerms.publisher.asNode(), publisher);
        }
        Node creator = g.organisation(Json.text(dcat, "creator"));
        if (creator != null) {
            g.add(ds, DCTerms.creator.asNode(), creator);
        }
        g.date(ds, DCTerms.issued.asNode(), Json.text(dcat, "issued"));
        g.date(ds, DCTerms.modified.asNode(), Json.text(meta, "modified"));
        g.add(ds, DCAT.landingPage.asNode(), NodeFactory.createURI(base + "/explore/dataset/" + segment(id) + "/"));
        g.contactPoint(ds, Json.text(dcat, "contact_name"), Json.text(dcat, "contact_email"));
        g.iriOrText(ds, DCTerms.accrualPeriodicity.asNode(), Json.text(dcat, "accrualperiodicity"));
        for (String territory : Json.texts(meta, "territory")) {
            g.iriOrText(ds, DCTerms.spatial.asNode(), territory);
        }
        g.iriOrText(ds, DCTerms.spatial.asNode(), Json.text(dcat, "spatial"));
        g.text(ds, DCTerms.temporal.asNode(), Json.text(dcat, "temporal"), null);
        period(g, ds, Json.text(dcat, "temporal_coverage_start"), Json.text(dcat, "temporal_coverage_end"));
        String references = Json.text(meta, "references");
        Node page2 = references == null ? null : RecordGraph.httpIri(references);
        if (page2 != null) {
            g.add(ds, FOAF.page.asNode(), page2);
        }
        Node license = license(g, Json.text(meta, "license"), Json.text(meta, "license_url"));
        if (license != null) {
            g.add(ds, DCTerms.license.asNode(), license);
        }

        String datasetUrl = base + DATASETS_PATH + "/" + segment(id);
        JsonElement hasRecords = result.get("has_records");
        boolean withRecords = hasRecords == null || !hasRecords.isJsonPrimitive() || hasRecords.getAsBoolean();
        if (withRecords) {
            boolean geo = Json.texts(result, "features").contains("geo");
            for (Export export : Export.values()) {
                if (export != Export.GEOJSON || geo) {
                    Node dist = iris.thing("distributie", sourceId + "-" + ContentHash.shortKey(id + "/exports/" + export.path));
                    Node url = NodeFactory.createURI(datasetUrl + "/exports/" + export.path);
                    distribution(g, ds, dist, url, export.format + " export", license);
                    g.text(dist, DCTerms.format.asNode(), export.format, null);
                    g.add(dist, DCAT.mediaType.asNode(), RecordGraph.ianaMediaType(export.mediaType));
                }
            }
        }
        JsonArray attachments = Json.array(result, "attachments");
        if (attachments != null) {
            for (JsonElement a : attachments) {
                JsonObject attachment = a.isJsonObject() ? a.getAsJsonObject() : null;
                String attachmentId = Json.text(attachment, "id");
                if (attachmentId == null) {
                    problems.add(new RecordProblem(sourceId, page, id, RecordProblem.excerpt(a.toString()),
                            "attachment without id has no URL; the attachment is left out, the dataset kept", false));
                    continue;
                }
                Node dist = iris.thing("distributie", sourceId + "-" + ContentHash.shortKey(id + "/attachments/" + attachmentId));
                Node url = NodeFactory.createURI(datasetUrl + "/attachments/" + segment(attachmentId));
                String title = Json.text(attachment, "title");
                distribution(g, ds, dist, url, title == null ? attachmentId : title, license);
                g.text(dist, DCAT.mediaType.asNode(), Json.text(attachment, "mimetype"), null);
            }
        }
        return new HarvestedRecord(id, ds, g.graph(), page);
    }

    private static void distribution(RecordGraph g, Node ds, Node dist, Node url, String title, Node license) {
        g.add(ds, DCAT.distribution.asNode(), dist);
        g.add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
        g.add(dist, DCAT.accessURL.asNode(), url);
        g.add(dist, DCAT.downloadURL.asNode(), url);
        g.text(dist, DCTerms.title.asNode(), title, null);
        if (license != null) {
            g.add(dist, DCTerms.license.asNode(), license);
        }
    }

    /** The license URL as an IRI (labelled with the name), or the name as a literal; null when neither. */
    private static Node license(RecordGraph g, String name, String url) {
        Node iri = url == null ? null : RecordGraph.httpIri(url);
        if (iri != null) {
            g.add(iri, RDF.type.asNode(), LICENSE_DOCUMENT);
            g.text(iri, RDFS.label.asNode(), name, null);
            return iri;
        }
        return name == null ? null : NodeFactory.createLiteralString(name);
    }

    private static void period(RecordGraph g, Node ds, String start, String end) {
        if (start == null && end == null) {
            return;
        }
        Node period = NodeFactory.createBlankNode();
        g.add(ds, DCTerms.temporal.asNode(), period);
        g.add(period, RDF.type.asNode(), PERIOD);
        g.date(period, START_DATE, start);
        g.date(period, END_DATE, end);
    }

    /** A URL path segment. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
