// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import be.slimcat.harvest.ContentHash;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.vocab.SlimcatIris;

/**
 * Maps one CKAN package (the dict of {@code package_show}, or one of the {@code results} of
 * {@code package_search}) to a DCAT-AP 3 dataset, the way ckanext-dcat's {@code euro_dcat_ap}
 * profiles read a package. Pure: no I/O.
 *
 * <h2>Identity</h2>
 * The record id is the package {@code id} (its {@code name} when there is no id); it is also the
 * dataset's {@code dct:identifier}. The dataset IRI is the {@code uri} extra (or field) when that
 * is an absolute http(s) IRI, as in ckanext-dcat; otherwise SlimCat mints
 * {@code {base}/id/dataset/{sourceId}-{shortKey(record id)}}. The {@code url} field is the landing
 * page, never the identity. A package that is not a JSON object, or has neither id nor name, is
 * rejected with an excerpt.
 *
 * <h2>Fields</h2>
 * title/notes → dct:title/dct:description (language-tagged only from ckanext-fluent's
 * {@code title_translated}/{@code notes_translated}, otherwise plain); url → dcat:landingPage;
 * tags → dcat:keyword; groups (title, else name) → dcat:theme as raw literals; organization →
 * dct:publisher; contact → dcat:contactPoint; license → dct:license; version → dcat:version
 * (DCAT-AP 3's choice over owl:versionInfo); issued/modified extras, else
 * metadata_created/metadata_modified → dct:issued/dct:modified; resources → dcat:distribution.
 * A value that is read as "IRI or literal" becomes an IRI when it is an absolute http(s) IRI and a
 * plain literal otherwise; dates are xsd:dateTime or xsd:date when they are valid as such and
 * plain literals otherwise (the normaliser repairs them later).
 *
 * <h2>Extras</h2>
 * Each ckanext-dcat key is looked up in {@code extras} first and then among the package's own
 * fields (ckanext-scheming stores them there); a legacy {@code dcat_} prefix ({@code dcat_issued})
 * is accepted. List values may be JSON arrays, JSON array text or comma-separated text, as
 * ckanext-dcat reads them. Every extra this mapper does not map is kept as
 * {@code sc:extra [ rdfs:label key ; rdf:value value ]}, so nothing a portal states is dropped.
 */
public final class CkanPackageMapper {
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"{}|\\\\^`@]+@[^\\s<>\"{}|\\\\^`@]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._~-]*");
    private static final Pattern INTEGER = Pattern.compile("\\d+(\\.0+)?");
    private static final String IANA_MEDIA_TYPES = "://www.iana.org/assignments/media-types/";

    /** Extras read as one IRI-or-literal value, with the property they map to. */
    private static final Map<String, Node> SINGLE = Map.of(
            "frequency", DCTerms.accrualPeriodicity.asNode(),
            "access_rights", DCTerms.accessRights.asNode(),
            "dcat_type", DCTerms.type.asNode(),
            "version_notes", CkanTerms.VERSION_NOTES,
            "temporal_resolution", DCAT.temporalResolution.asNode());
    /** Extras read as a list of IRI-or-literal values, with the property they map to. */
    private static final Map<String, Node> LISTS = listProperties();

    private final SlimcatIris iris;

    /** A mapper that mints IRIs with the given policy. */
    public CkanPackageMapper(SlimcatIris iris) {
        this.iris = iris;
    }

    /**
     * What became of one package.
     *
     * @param record   the dataset, unless the package was rejected
     * @param problems what was rejected or repaired
     */
    public record MappedPackage(Optional<HarvestedRecord> record, List<RecordProblem> problems) {}

    /** Maps one element of a result list. */
    public MappedPackage map(String sourceId, URI page, JsonElement element) {
        List<RecordProblem> problems = new ArrayList<>();
        if (element == null || !element.isJsonObject()) {
            problems.add(new RecordProblem(sourceId, page, "", RecordProblem.excerpt(String.valueOf(element)),
                    "a package is not a JSON object; left out", true));
            return new MappedPackage(Optional.empty(), problems);
        }
        JsonObject pkg = element.getAsJsonObject();
        Optional<String> id = text(pkg, "id").or(() -> text(pkg, "name"));
        if (id.isEmpty()) {
            problems.add(new RecordProblem(sourceId, page, "", RecordProblem.excerpt(pkg.toString()),
                    "a package without id and without name cannot be identified across runs; left out", true));
            return new MappedPackage(Optional.empty(), problems);
        }
        PackageMapping mapping = new PackageMapping(sourceId, page, id.get(), pkg, problems);
        HarvestedRecord record = mapping.map();
        return new MappedPackage(Optional.of(record), problems);
    }

    /** The mapping of one package: its graph under construction and its extras. */
    private final class PackageMapping {
        private final String sourceId;
        private final URI page;
        private final String recordId;
        private final JsonObject pkg;
        private final List<RecordProblem> problems;
        private final Map<String, JsonElement> extras;
        private final Set<String> used = new LinkedHashSet<>();
        private final Graph graph = GraphFactory.createDefaultGraph();
        private Node dataset;

        PackageMapping(String sourceId, URI page, String recordId, JsonObject pkg, List<RecordProblem> problems) {
            this.sourceId = sourceId;
            this.page = page;
            this.recordId = recordId;
            this.pkg = pkg;
            this.problems = problems;
            this.extras = extrasOf(pkg);
        }

        HarvestedRecord map() {
            Optional<String> own = value("uri").flatMap(CkanPackageMapper::httpIri);
            if (own.isPresent()) {
                dataset = NodeFactory.createURI(own.get());
            } else {
                used.remove("uri");
                used.remove("dcat_uri");
                dataset = iris.thing("dataset", sourceId + "-" + ContentHash.shortKey(recordId));
            }
            add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
            add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(recordId));
            for (String key : List.of("identifier", "guid")) {
                value(key).filter(v -> !v.equals(recordId))
                        .ifPresent(v -> add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(v)));
            }
            texts("title", DCTerms.title.asNode());
            texts("notes", DCTerms.description.asNode());
            text(pkg, "url").ifPresent(url -> add(dataset, DCAT.landingPage.asNode(), iriOrLiteral(url)));
            keywords();
            themes();
            text(pkg, "version").ifPresent(v -> add(dataset, CkanTerms.VERSION, NodeFactory.createLiteralString(v)));
            date(DCTerms.issued.asNode(), value("issued").or(() -> text(pkg, "metadata_created")));
            date(DCTerms.modified.asNode(), value("modified").or(() -> text(pkg, "metadata_modified")));
            SINGLE.forEach((key, property) -> value(key).ifPresent(v -> add(dataset, property, iriOrLiteral(v))));
            LISTS.forEach((key, property) -> list(key).forEach(v -> add(dataset, property, iriOrLiteral(v))));
            alternateIdentifiers();
            value("provenance").ifPresent(v -> {
                Node statement = NodeFactory.createBlankNode();
                add(dataset, DCTerms.provenance.asNode(), statement);
                add(statement, RDF.type.asNode(), DCTerms.ProvenanceStatement.asNode());
                add(statement, RDFS.label.asNode(), NodeFactory.createLiteralString(v));
            });
            Optional<Node> license = license(pkg);
            license.ifPresent(l -> add(dataset, DCTerms.license.asNode(), l));
            publisher();
            contactPoint();
            temporal();
            spatial();
            value("spatial_resolution_in_meters").ifPresent(r -> add(dataset, DCAT.spatialResolutionInMeters.asNode(),
                    XSDDatatype.XSDdecimal.isValid(r) ? NodeFactory.createLiteralDT(r, XSDDatatype.XSDdecimal)
                            : NodeFactory.createLiteralString(r)));
            distributions(license);
            keepUnusedExtras();
            return new HarvestedRecord(recordId, dataset, graph, page);
        }

        /** A ckanext-dcat value: the extra, the legacy {@code dcat_} extra, or the package's own field. */
        private Optional<String> value(String key) {
            for (String name : List.of(key, "dcat_" + key)) {
                JsonElement extra = extras.get(name);
                Optional<String> text = extra == null ? Optional.empty() : textOf(extra);
                if (text.isPresent()) {
                    used.add(name);
                    return text;
                }
            }
            return text(pkg, key);
        }

        /** A ckanext-dcat list value: a JSON array, the text of one, or comma-separated text. */
        private List<String> list(String key) {
            JsonElement element = null;
            for (String name : List.of(key, "dcat_" + key)) {
                if (extras.containsKey(name)) {
                    element = extras.get(name);
                    used.add(name);
                    break;
                }
            }
            if (element == null) {
                element = pkg.get(key);
            }
            return listOf(element);
        }

        private void texts(String field, Node property) {
            JsonElement translated = pkg.get(field + "_translated");
            boolean tagged = false;
            if (translated != null && translated.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : translated.getAsJsonObject().entrySet()) {
                    Optional<String> text = textOf(e.getValue());
                    if (text.isPresent() && e.getKey().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
                        add(dataset, property, NodeFactory.createLiteralLang(text.get(), e.getKey().toLowerCase(Locale.ROOT)));
                        tagged = true;
                    }
                }
            }
            if (!tagged) {
                text(pkg, field).ifPresent(t -> add(dataset, property, NodeFactory.createLiteralString(t)));
            }
        }

        private void keywords() {
            JsonElement tags = pkg.get("tags");
            if (tags == null || !tags.isJsonArray()) {
                return;
            }
            for (JsonElement tag : tags.getAsJsonArray()) {
                Optional<String> name = tag.isJsonObject()
                        ? text(tag.getAsJsonObject(), "name").or(() -> text(tag.getAsJsonObject(), "display_name"))
                        : textOf(tag);
                name.ifPresent(n -> add(dataset, DCAT.keyword.asNode(), NodeFactory.createLiteralString(n)));
            }
        }

        private void themes() {
            JsonElement groups = pkg.get("groups");
            if (groups != null && groups.isJsonArray()) {
                for (JsonElement group : groups.getAsJsonArray()) {
                    Optional<String> label = group.isJsonObject()
                            ? text(group.getAsJsonObject(), "title").or(() -> text(group.getAsJsonObject(), "display_name"))
                                    .or(() -> text(group.getAsJsonObject(), "name"))
                            : textOf(group);
                    label.ifPresent(l -> add(dataset, DCAT.theme.asNode(), NodeFactory.createLiteralString(l)));
                }
            }
            list("theme").forEach(t -> add(dataset, DCAT.theme.asNode(), iriOrLiteral(t)));
        }

        private void alternateIdentifiers() {
            for (String alternate : list("alternate_identifier")) {
                Node node = NodeFactory.createBlankNode();
                add(dataset, CkanTerms.ADMS_IDENTIFIER, node);
                add(node, RDF.type.asNode(), CkanTerms.ADMS_IDENTIFIER_CLASS);
                add(node, SKOS.notation.asNode(), NodeFactory.createLiteralString(alternate));
            }
        }

        /** The publisher_* extras, else the organisation: a foaf:Organization with foaf:name. */
        private void publisher() {
            Optional<String> name = value("publisher_name");
            Optional<String> uri = value("publisher_uri").flatMap(CkanPackageMapper::httpIri);
            Node publisher;
            if (uri.isPresent() || name.isPresent()) {
                publisher = uri.map(NodeFactory::createURI).orElseGet(() -> organisation(name.get()));
                name.ifPresent(n -> add(publisher, FOAF.name.asNode(), NodeFactory.createLiteralString(n)));
            } else {
                JsonElement org = pkg.get("organization");
                if (org == null || !org.isJsonObject()) {
                    return;
                }
                JsonObject o = org.getAsJsonObject();
                Optional<String> slug = text(o, "name").or(() -> text(o, "id"));
                if (slug.isEmpty()) {
                    return;
                }
                publisher = organisation(slug.get());
                text(o, "title").or(() -> text(o, "name"))
                        .ifPresent(n -> add(publisher, FOAF.name.asNode(), NodeFactory.createLiteralString(n)));
            }
            add(dataset, DCTerms.publisher.asNode(), publisher);
            add(publisher, RDF.type.asNode(), FOAF.Organization.asNode());
            value("publisher_email").ifPresent(e -> add(publisher, FOAF.mbox.asNode(), emailNode(e)));
            value("publisher_url").ifPresent(u -> add(publisher, FOAF.homepage.asNode(), iriOrLiteral(u)));
            value("publisher_type").ifPresent(t -> add(publisher, DCTerms.type.asNode(), iriOrLiteral(t)));
        }

        /** {@code {base}/id/organisatie/{sourceId}-{name}}, the name made into a key when it is not one. */
        private Node organisation(String name) {
            String key = SLUG.matcher(name).matches() ? name : ContentHash.shortKey(name);
            return iris.thing("organisatie", sourceId + "-" + key);
        }

        /** contact_* extras, else maintainer, else author (name and email fall back apart, as in ckanext-dcat). */
        private void contactPoint() {
            Optional<String> uri = value("contact_uri").flatMap(CkanPackageMapper::httpIri);
            Optional<String> name = value("contact_name").or(() -> text(pkg, "maintainer")).or(() -> text(pkg, "author"));
            Optional<String> email = value("contact_email").or(() -> text(pkg, "maintainer_email"))
                    .or(() -> text(pkg, "author_email"));
            if (uri.isEmpty() && name.isEmpty() && email.isEmpty()) {
                return;
            }
            Node contact = uri.map(NodeFactory::createURI).orElseGet(NodeFactory::createBlankNode);
            add(dataset, DCAT.contactPoint.asNode(), contact);
            add(contact, RDF.type.asNode(), VCARD4.Kind.asNode());
            name.ifPresent(n -> add(contact, VCARD4.fn.asNode(), NodeFactory.createLiteralString(n)));
            email.ifPresent(e -> add(contact, VCARD4.hasEmail.asNode(), emailNode(e)));
        }

        private void temporal() {
            Optional<String> start = value("temporal_start");
            Optional<String> end = value("temporal_end");
            if (start.isEmpty() && end.isEmpty()) {
                return;
            }
            Node period = NodeFactory.createBlankNode();
            add(dataset, DCTerms.temporal.asNode(), period);
            add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
            start.ifPresent(s -> add(period, DCAT.startDate.asNode(), dateNode(s)));
            end.ifPresent(e -> add(period, DCAT.endDate.asNode(), dateNode(e)));
        }

        /** spatial_uri / spatial_text / spatial (GeoJSON) / spatial_bbox / spatial_centroid → one dct:Location. */
        private void spatial() {
            Optional<String> uri = value("spatial_uri");
            Optional<String> label = value("spatial_text");
            Optional<String> geometry = value("spatial");
            Optional<String> bbox = value("spatial_bbox");
            Optional<String> centroid = value("spatial_centroid");
            if (uri.isPresent() && httpIri(uri.get()).isEmpty()) {
                add(dataset, DCTerms.spatial.asNode(), NodeFactory.createLiteralString(uri.get()));
                uri = Optional.empty();
            }
            if (uri.isEmpty() && label.isEmpty() && geometry.isEmpty() && bbox.isEmpty() && centroid.isEmpty()) {
                return;
            }
            Node location = uri.map(NodeFactory::createURI).orElseGet(NodeFactory::createBlankNode);
            add(dataset, DCTerms.spatial.asNode(), location);
            add(location, RDF.type.asNode(), DCTerms.Location.asNode());
            label.ifPresent(l -> add(location, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(l)));
            geometry.ifPresent(g -> add(location, CkanTerms.GEOMETRY, NodeFactory.createLiteralDT(g, CkanTerms.GEOJSON)));
            bbox.ifPresent(b -> add(location, DCAT.bbox.asNode(), NodeFactory.createLiteralDT(b, CkanTerms.GEOJSON)));
            centroid.ifPresent(c -> add(location, DCAT.centroid.asNode(), NodeFactory.createLiteralDT(c, CkanTerms.GEOJSON)));
        }

        private void distributions(Optional<Node> datasetLicense) {
            JsonElement resources = pkg.get("resources");
            if (resources == null || !resources.isJsonArray()) {
                return;
            }
            int position = 0;
            for (JsonElement element : resources.getAsJsonArray()) {
                position++;
                if (!element.isJsonObject()) {
                    problems.add(new RecordProblem(sourceId, page, recordId, RecordProblem.excerpt(element.toString()),
                            "resource " + position + " is not a JSON object; the dataset is kept without it", false));
                    continue;
                }
                distribution(element.getAsJsonObject(), position, datasetLicense);
            }
        }

        /**
         * One resource: accessURL from access_url, else url, else download_url (DCAT-AP requires
         * one); downloadURL from download_url, and from url when CKAN says the file was uploaded
         * ({@code url_type: upload}), since that url is then the file itself.
         */
        private void distribution(JsonObject resource, int position, Optional<Node> datasetLicense) {
            Optional<String> url = text(resource, "url");
            Optional<String> download = text(resource, "download_url");
            Optional<String> access = text(resource, "access_url").or(() -> url).or(() -> download);
            Optional<String> resourceId = text(resource, "id");
            if (access.isEmpty()) {
                problems.add(new RecordProblem(sourceId, page, recordId, RecordProblem.excerpt(resource.toString()),
                        "resource " + resourceId.orElse("#" + position)
                                + " has no URL, so no dcat:accessURL; the dataset is kept without it", false));
                return;
            }
            Node distribution = text(resource, "uri").flatMap(CkanPackageMapper::httpIri).map(NodeFactory::createURI)
                    .orElseGet(() -> iris.thing("distributie", sourceId + "-"
                            + ContentHash.shortKey(resourceId.orElse(recordId + "#" + access.get()))));
            add(dataset, DCAT.distribution.asNode(), distribution);
            add(distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(distribution, DCAT.accessURL.asNode(), iriOrLiteral(access.get()));
            download.or(() -> url.filter(u -> text(resource, "url_type").filter("upload"::equals).isPresent()))
                    .ifPresent(d -> add(distribution, DCAT.downloadURL.asNode(), iriOrLiteral(d)));
            text(resource, "name").ifPresent(n -> add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralString(n)));
            text(resource, "description").ifPresent(d -> add(distribution, DCTerms.description.asNode(),
                    NodeFactory.createLiteralString(d)));
            text(resource, "format").ifPresent(f -> add(distribution, DCTerms.format.asNode(), iriOrLiteral(f)));
            text(resource, "mimetype").ifPresent(m -> add(distribution, DCAT.mediaType.asNode(),
                    m.contains(IANA_MEDIA_TYPES) && httpIri(m).isPresent() ? NodeFactory.createURI(m)
                            : NodeFactory.createLiteralString(m)));
            text(resource, "size").ifPresent(s -> add(distribution, DCAT.byteSize.asNode(), byteSize(s)));
            Optional<Node> license = text(resource, "license").map(CkanPackageMapper::iriOrLiteral).or(() -> datasetLicense);
            license.ifPresent(l -> add(distribution, DCTerms.license.asNode(), l));
            date(distribution, DCTerms.issued.asNode(), text(resource, "issued").or(() -> text(resource, "created")));
            date(distribution, DCTerms.modified.asNode(), text(resource, "modified").or(() -> text(resource, "last_modified")));
        }

        /** Every extra not read above, unless its value is empty (an empty extra states nothing). */
        private void keepUnusedExtras() {
            extras.forEach((key, value) -> {
                String text = value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString() : value.toString();
                if (used.contains(key) || text.isBlank()) {
                    return;
                }
                Node extra = NodeFactory.createBlankNode();
                add(dataset, CkanTerms.EXTRA, extra);
                add(extra, RDFS.label.asNode(), NodeFactory.createLiteralString(key));
                add(extra, RDF.value.asNode(), NodeFactory.createLiteralString(text));
            });
        }

        private void date(Node property, Optional<String> value) {
            date(dataset, property, value);
        }

        private void date(Node subject, Node property, Optional<String> value) {
            value.ifPresent(v -> add(subject, property, dateNode(v)));
        }

        private void add(Node s, Node p, Node o) {
            graph.add(Triple.create(s, p, o));
        }
    }

    private static Map<String, Node> listProperties() {
        Map<String, Node> lists = new LinkedHashMap<>();
        lists.put("language", DCTerms.language.asNode());
        lists.put("conforms_to", DCTerms.conformsTo.asNode());
        lists.put("documentation", FOAF.page.asNode());
        lists.put("related_resource", DCTerms.relation.asNode());
        lists.put("has_version", DCTerms.hasVersion.asNode());
        lists.put("is_version_of", DCTerms.isVersionOf.asNode());
        lists.put("source", DCTerms.source.asNode());
        lists.put("sample", CkanTerms.SAMPLE);
        lists.put("is_referenced_by", DCTerms.isReferencedBy.asNode());
        lists.put("applicable_legislation", CkanTerms.APPLICABLE_LEGISLATION);
        return Map.copyOf(lists);
    }

    /** The extras as key → value, in their order; entries without a key are left out. */
    private static Map<String, JsonElement> extrasOf(JsonObject pkg) {
        Map<String, JsonElement> extras = new LinkedHashMap<>();
        JsonElement list = pkg.get("extras");
        if (list == null) {
            return extras;
        }
        if (list.isJsonArray()) {
            for (JsonElement e : list.getAsJsonArray()) {
                if (e.isJsonObject()) {
                    text(e.getAsJsonObject(), "key").ifPresent(key -> {
                        JsonElement value = e.getAsJsonObject().get("value");
                        extras.putIfAbsent(key, value == null ? JsonNull.INSTANCE : value);
                    });
                }
            }
        } else if (list.isJsonObject()) {
            list.getAsJsonObject().entrySet().forEach(e -> extras.putIfAbsent(e.getKey(), e.getValue()));
        }
        return extras;
    }

    /** The license: the first http(s) IRI among license_url, license_id and license_title; else license_id or license_title as text. */
    private static Optional<Node> license(JsonObject pkg) {
        for (String field : List.of("license_url", "license_id", "license_title")) {
            Optional<String> iri = text(pkg, field).flatMap(CkanPackageMapper::httpIri);
            if (iri.isPresent()) {
                return Optional.of(NodeFactory.createURI(iri.get()));
            }
        }
        return text(pkg, "license_id").or(() -> text(pkg, "license_title")).map(NodeFactory::createLiteralString);
    }

    /** A field's text, trimmed; absent when missing, null, empty or not a scalar. */
    static Optional<String> text(JsonObject object, String field) {
        JsonElement element = object.get(field);
        return element == null ? Optional.empty() : textOf(element);
    }

    private static Optional<String> textOf(JsonElement element) {
        if (element == null || !element.isJsonPrimitive()) {
            return Optional.empty();
        }
        String text = element.getAsString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A list value as ckanext-dcat reads it: a JSON array, the text of one, or comma-separated text. */
    static List<String> listOf(JsonElement element) {
        List<String> values = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return values;
        }
        if (element.isJsonArray()) {
            for (JsonElement e : element.getAsJsonArray()) {
                textOf(e).ifPresent(values::add);
            }
            return values;
        }
        Optional<String> text = textOf(element);
        if (text.isEmpty()) {
            return values;
        }
        if (text.get().startsWith("[")) {
            try {
                JsonElement parsed = JsonParser.parseString(text.get());
                if (parsed.isJsonArray()) {
                    return listOf(parsed);
                }
            } catch (JsonParseException e) {
                // not JSON after all: read as comma-separated text
            }
        }
        for (String part : text.get().split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    /** An IRI node when the text is an absolute http(s) IRI, else a plain literal. */
    static Node iriOrLiteral(String text) {
        return httpIri(text).map(NodeFactory::createURI).orElseGet(() -> NodeFactory.createLiteralString(text));
    }

    /** The text when it is an absolute http(s) IRI with a host and nothing that needs escaping. */
    static Optional<String> httpIri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? Optional.of(text) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A mailto: IRI for an address (with or without the scheme) when it looks like one, else the text as it came. */
    private static Node emailNode(String email) {
        String address = email.regionMatches(true, 0, "mailto:", 0, 7) ? email.substring(7) : email;
        return EMAIL.matcher(address).matches() ? NodeFactory.createURI("mailto:" + address)
                : NodeFactory.createLiteralString(email);
    }

    /** xsd:dateTime or xsd:date when the text is valid as such, else a plain literal. */
    static Node dateNode(String text) {
        if (XSDDatatype.XSDdateTime.isValid(text)) {
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdateTime);
        }
        if (XSDDatatype.XSDdate.isValid(text)) {
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate);
        }
        return NodeFactory.createLiteralString(text);
    }

    /** xsd:nonNegativeInteger for a whole number of bytes ("12323" or 12323.0), else the text as it came. */
    private static Node byteSize(String text) {
        if (INTEGER.matcher(text).matches()) {
            String digits = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
            return NodeFactory.createLiteralDT(new BigInteger(digits).toString(), XSDDatatype.XSDnonNegativeInteger);
        }
        return NodeFactory.createLiteralString(text);
    }
}
