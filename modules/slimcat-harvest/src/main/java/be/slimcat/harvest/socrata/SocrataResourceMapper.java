// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.socrata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

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
 * Maps one page of the Socrata Discovery API ({@code /api/catalog/v1}) to DCAT-AP records. Pure: no I/O.
 * <p>
 * Only resources of type {@code dataset} are records; charts, maps, filtered views, stories and the
 * like are counted as skipped (they are not problems). Rules:
 * <ul>
 * <li>The dataset IRI is minted, {@code {base}/id/dataset/{sourceId}-{shortKey(resource.id)}}: the API gives
 * no identifier IRI, and the permalink {@code https://{domain}/d/{id}} and {@code link} are landing pages.
 * dct:identifier and the record id are the resource's four-by-four id.</li>
 * <li>name → dct:title, description → dct:description (plain: Socrata states no language), attribution →
 * dct:publisher (a minted organisation; when absent, the domain metadata's "…_Publisher" value),
 * createdAt → dct:issued, updatedAt → dct:modified, classification.domain_category → dcat:theme (raw),
 * classification.domain_tags and tags → dcat:keyword, permalink → dcat:landingPage (link when there is
 * no permalink), metadata.license → dct:license (raw literal unless it is a URL), domain metadata
 * "…Contact-Name"/"…Contact-Email" → dcat:contactPoint and "…Frequency" → dct:accrualPeriodicity (raw).</li>
 * <li>Distributions, from metadata.domain (or the permalink's host): the CSV and JSON downloads
 * {@code https://{domain}/api/views/{id}/rows.csv?accessType=DOWNLOAD} and {@code rows.json?accessType=DOWNLOAD}
 * (access and download URL), and the SODA API {@code https://{domain}/resource/{id}.json} (access URL
 * only). Their IRIs are minted, {@code {base}/id/distributie/{sourceId}-{shortKey(id + "/rows.csv")}},
 * {@code …(id + "/rows.json")} and {@code …(id + "/resource.json")}.</li>
 * </ul>
 */
public final class SocrataResourceMapper {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?");

    private final SlimcatIris iris;

    public SocrataResourceMapper(SlimcatIris iris) {
        this.iris = iris;
    }

    /**
     * The records and problems of one page, with what the client needs to page on.
     *
     * @param records       the mapped datasets
     * @param problems      rejected or repaired results
     * @param results       how many results the page held (mapped, skipped or rejected)
     * @param skipped       how many results were resources other than datasets
     * @param resultSetSize the {@code resultSetSize} the page announced, or -1
     */
    public record MappedPage(List<HarvestedRecord> records, List<RecordProblem> problems, int results, int skipped,
            long resultSetSize) {}

    /**
     * Maps a page.
     *
     * @throws UnreadablePageException when the body is not JSON or has no {@code results} array
     */
    public MappedPage map(String sourceId, URI page, String body) {
        JsonObject root = Json.pageWithArray(body, "results");
        JsonArray results = Json.array(root, "results");
        List<HarvestedRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        int skipped = 0;
        for (JsonElement element : results) {
            String raw = element.toString();
            JsonObject resource = element.isJsonObject() ? Json.object(element.getAsJsonObject(), "resource") : null;
            if (resource == null) {
                problems.add(new RecordProblem(sourceId, page, "", RecordProblem.excerpt(raw),
                        "result without a \"resource\" object; left out", true));
                continue;
            }
            String type = Json.text(resource, "type");
            if (type != null && !type.equals("dataset")) {
                skipped++;
                continue;
            }
            String id = Json.text(resource, "id");
            if (id == null) {
                problems.add(new RecordProblem(sourceId, page, "", RecordProblem.excerpt(raw),
                        "resource without id cannot be identified across runs; left out", true));
                continue;
            }
            if (type == null) {
                problems.add(new RecordProblem(sourceId, page, id, RecordProblem.excerpt(raw),
                        "resource without type cannot be told from a chart or a map; left out", true));
                continue;
            }
            try {
                records.add(dataset(sourceId, page, id, element.getAsJsonObject(), resource, problems));
            } catch (RuntimeException e) {
                problems.add(new RecordProblem(sourceId, page, id, RecordProblem.excerpt(raw),
                        "resource could not be mapped (" + e + "); left out", true));
            }
        }
        return new MappedPage(records, problems, results.size(), skipped, Json.number(root, "resultSetSize"));
    }

    private HarvestedRecord dataset(String sourceId, URI page, String id, JsonObject result, JsonObject resource,
            List<RecordProblem> problems) {
        RecordGraph g = new RecordGraph(iris, sourceId);
        Node ds = iris.thing("dataset", sourceId + "-" + ContentHash.shortKey(id));
        JsonObject classification = Json.object(result, "classification");
        JsonObject metadata = Json.object(result, "metadata");
        JsonArray domainMetadata = Json.array(classification, "domain_metadata");

        g.add(ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.text(ds, DCTerms.identifier.asNode(), id, null);
        g.text(ds, DCTerms.title.asNode(), Json.text(resource, "name"), null);
        g.text(ds, DCTerms.description.asNode(), Json.text(resource, "description"), null);
        String publisherName = Json.text(resource, "attribution");
        Node publisher = g.organisation(publisherName != null ? publisherName : metadataValue(domainMetadata, "_publisher"));
        if (publisher != null) {
            g.add(ds, DCTerms.publisher.asNode(), publisher);
        }
        g.date(ds, DCTerms.issued.asNode(), Json.text(resource, "createdAt"));
        g.date(ds, DCTerms.modified.asNode(), Json.text(resource, "updatedAt"));
        g.text(ds, DCAT.theme.asNode(), Json.text(classification, "domain_category"), null);
        List<String> keywords = new ArrayList<>(Json.texts(classification, "domain_tags"));
        Json.texts(classification, "tags").stream().filter(t -> !keywords.contains(t)).forEach(keywords::add);
        g.texts(ds, DCAT.keyword.asNode(), keywords, null);
        String permalink = Json.text(result, "permalink");
        String landing = permalink != null ? permalink : Json.text(result, "link");
        Node landingPage = landing == null ? null : RecordGraph.httpIri(landing);
        if (landingPage != null) {
            g.add(ds, DCAT.landingPage.asNode(), landingPage);
        }
        g.contactPoint(ds, metadataValue(domainMetadata, "contact-name"), metadataValue(domainMetadata, "contact-email"));
        g.text(ds, DCTerms.accrualPeriodicity.asNode(), metadataValue(domainMetadata, "frequency"), null);
        String licenseText = Json.text(metadata, "license");
        Node license = null;
        if (licenseText != null) {
            Node iri = RecordGraph.httpIri(licenseText);
            license = iri != null ? iri : NodeFactory.createLiteralString(licenseText);
            g.add(ds, DCTerms.license.asNode(), license);
        }

        String domain = domain(Json.text(metadata, "domain"), landing);
        if (domain == null) {
            problems.add(new RecordProblem(sourceId, page, id, RecordProblem.excerpt(result.toString()),
                    "resource without a usable metadata.domain: kept without distributions", false));
            return new HarvestedRecord(id, ds, g.graph(), page);
        }
        String views = "https://" + domain + "/api/views/" + segment(id);
        download(g, ds, sourceId, id, "/rows.csv", views + "/rows.csv?accessType=DOWNLOAD", "CSV", "text/csv", license);
        download(g, ds, sourceId, id, "/rows.json", views + "/rows.json?accessType=DOWNLOAD", "JSON", "application/json", license);
        Node api = distribution(g, ds, sourceId, id, "/resource.json", "SODA API", license);
        g.add(api, DCAT.accessURL.asNode(), NodeFactory.createURI("https://" + domain + "/resource/" + segment(id) + ".json"));
        g.text(api, DCTerms.format.asNode(), "JSON", null);
        g.add(api, DCAT.mediaType.asNode(), RecordGraph.ianaMediaType("application/json"));
        return new HarvestedRecord(id, ds, g.graph(), page);
    }

    private void download(RecordGraph g, Node ds, String sourceId, String id, String kind, String url, String format,
            String mediaType, Node license) {
        Node dist = distribution(g, ds, sourceId, id, kind, format + " export", license);
        Node iri = NodeFactory.createURI(url);
        g.add(dist, DCAT.accessURL.asNode(), iri);
        g.add(dist, DCAT.downloadURL.asNode(), iri);
        g.text(dist, DCTerms.format.asNode(), format, null);
        g.add(dist, DCAT.mediaType.asNode(), RecordGraph.ianaMediaType(mediaType));
    }

    private Node distribution(RecordGraph g, Node ds, String sourceId, String id, String kind, String title, Node license) {
        Node dist = iris.thing("distributie", sourceId + "-" + ContentHash.shortKey(id + kind));
        g.add(ds, DCAT.distribution.asNode(), dist);
        g.add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
        g.text(dist, DCTerms.title.asNode(), title, null);
        if (license != null) {
            g.add(dist, DCTerms.license.asNode(), license);
        }
        return dist;
    }

    /** The host the resource lives on: metadata.domain, else the landing page's host; null when neither is a host name. */
    static String domain(String metadataDomain, String landing) {
        if (metadataDomain != null && HOST.matcher(metadataDomain).matches()) {
            return metadataDomain.toLowerCase(Locale.ROOT);
        }
        if (landing != null) {
            try {
                String host = URI.create(landing).getHost();
                return host != null && HOST.matcher(host).matches() ? host.toLowerCase(Locale.ROOT) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** The first domain_metadata value whose key ends with the suffix (case-insensitive), or null. */
    static String metadataValue(JsonArray domainMetadata, String suffix) {
        if (domainMetadata == null) {
            return null;
        }
        for (JsonElement e : domainMetadata) {
            JsonObject entry = e.isJsonObject() ? e.getAsJsonObject() : null;
            String key = Json.text(entry, "key");
            String value = Json.text(entry, "value");
            if (key != null && value != null && key.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return value;
            }
        }
        return null;
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
