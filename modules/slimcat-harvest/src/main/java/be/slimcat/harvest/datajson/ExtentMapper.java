// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The spatial and temporal coverage of a dataset.
 * <p>
 * Spatial: null is left out (a common quirk, not a problem); a text (a bounding box
 * {@code "W,S,E,N"}, a place name, a stringified GeoJSON) is kept raw as a dct:spatial literal, or
 * as an IRI when it is one; an inline GeoJSON geometry is kept as its JSON text. A 3.0 Location
 * object becomes its {@code @id}, or a dct:Location node with dcat:bbox, dcat:centroid,
 * locn:geometry (raw texts) and skos:prefLabel.
 * <p>
 * Temporal: a 1.1 interval {@code start/end} whose ends are dates or date-times (an open end
 * {@code ..} or an empty end is allowed) becomes a dct:PeriodOfTime with typed dcat:startDate and
 * dcat:endDate; anything else (durations such as {@code 2000-01-15/P1M}, repeating intervals, a
 * single date) is kept raw as a literal. A 3.0 PeriodOfTime object becomes a dct:PeriodOfTime with
 * its startDate and endDate.
 */
final class ExtentMapper {
    private ExtentMapper() {}

    static void spatial(MappingContext cx, Node dataset, JsonObject json) {
        for (JsonElement element : JsonValues.each(json, "spatial")) {
            spatialValue(cx, element).ifPresent(value -> cx.add(dataset, DCTerms.spatial.asNode(), value));
        }
    }

    private static Optional<Node> spatialValue(MappingContext cx, JsonElement element) {
        if (element.isJsonPrimitive()) {
            return JsonValues.text(element).map(RdfValues::iriOrLiteral);
        }
        Optional<JsonObject> object = JsonValues.object(element);
        if (object.isEmpty()) {
            return Optional.of(RdfValues.literal(element.toString()));
        }
        JsonObject json = object.get();
        if (json.has("coordinates") && json.has("type")) {
            return Optional.of(RdfValues.literal(json.toString()));
        }
        Optional<Node> id = JsonValues.text(json, "@id").flatMap(RdfValues::httpIri);
        Node location = id.orElseGet(NodeFactory::createBlankNode);
        int described = 0;
        described += geometry(cx, location, json, "bbox", DCAT.bbox.asNode());
        described += geometry(cx, location, json, "centroid", DCAT.centroid.asNode());
        described += geometry(cx, location, json, "geometry", DataJsonTerms.GEOMETRY);
        for (String label : JsonValues.texts(json, "prefLabel")) {
            cx.add(location, SKOS.prefLabel.asNode(), RdfValues.literal(label));
            described++;
        }
        if (described == 0 && id.isEmpty()) {
            return Optional.empty();
        }
        if (described > 0) {
            cx.add(location, RDF.type.asNode(), DCTerms.Location.asNode());
        }
        return Optional.of(location);
    }

    private static int geometry(MappingContext cx, Node location, JsonObject json, String member, Node predicate) {
        JsonElement value = json.get(member);
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        Optional<String> text = value.isJsonPrimitive() ? JsonValues.text(value) : Optional.of(value.toString());
        text.ifPresent(t -> cx.add(location, predicate, RdfValues.literal(t)));
        return text.isPresent() ? 1 : 0;
    }

    static void temporal(MappingContext cx, Node dataset, JsonObject json) {
        for (JsonElement element : JsonValues.each(json, "temporal")) {
            Optional<Node> value = element.isJsonPrimitive()
                    ? JsonValues.text(element).map(text -> interval(cx, text))
                    : JsonValues.object(element).flatMap(period -> period(cx, period));
            value.ifPresent(v -> cx.add(dataset, DCTerms.temporal.asNode(), v));
        }
    }

    private static Node interval(MappingContext cx, String text) {
        String[] ends = text.split("/", -1);
        if (ends.length != 2) {
            return RdfValues.literal(text);
        }
        Optional<Node> start = end(ends[0]);
        Optional<Node> end = end(ends[1]);
        boolean startOk = open(ends[0]) || start.isPresent();
        boolean endOk = open(ends[1]) || end.isPresent();
        if (!startOk || !endOk || start.isEmpty() && end.isEmpty()) {
            return RdfValues.literal(text);
        }
        Node period = NodeFactory.createBlankNode();
        cx.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        start.ifPresent(s -> cx.add(period, DCAT.startDate.asNode(), s));
        end.ifPresent(e -> cx.add(period, DCAT.endDate.asNode(), e));
        return period;
    }

    private static boolean open(String end) {
        String e = end.strip();
        return e.isEmpty() || e.equals("..");
    }

    private static Optional<Node> end(String text) {
        String e = text.strip();
        return open(e) ? Optional.empty() : RdfValues.typedDate(e);
    }

    private static Optional<Node> period(MappingContext cx, JsonObject json) {
        Optional<String> start = JsonValues.text(json, "startDate");
        Optional<String> end = JsonValues.text(json, "endDate");
        Optional<Node> id = JsonValues.text(json, "@id").flatMap(RdfValues::httpIri);
        if (start.isEmpty() && end.isEmpty()) {
            return id;
        }
        Node period = id.orElseGet(NodeFactory::createBlankNode);
        cx.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        start.ifPresent(s -> cx.add(period, DCAT.startDate.asNode(), RdfValues.date(s)));
        end.ifPresent(e -> cx.add(period, DCAT.endDate.asNode(), RdfValues.date(e)));
        return Optional.of(period);
    }
}
