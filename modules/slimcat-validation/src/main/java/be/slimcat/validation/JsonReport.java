// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

/** Writes a validation outcome as JSON for scripts: counts (in total and per layer), then findings grouped by focus node. */
public final class JsonReport {
    private JsonReport() {}

    /** The outcome as a JSON object. */
    public static JsonObject toJson(ValidationOutcome outcome) {
        JsonObject root = new JsonObject();
        root.put("conforms", outcome.findings().isEmpty());
        root.put("violations", outcome.count(Severity.VIOLATION));
        root.put("warnings", outcome.count(Severity.WARNING));
        root.put("infos", outcome.count(Severity.INFO));
        JsonObject layers = new JsonObject();
        outcome.countByLayer().forEach(layers::put);
        root.put("layers", layers);
        JsonArray nodes = new JsonArray();
        for (Map.Entry<Node, List<Finding>> group : outcome.byFocusNode().entrySet()) {
            JsonObject node = new JsonObject();
            node.put("focusNode", text(group.getKey()));
            JsonArray results = new JsonArray();
            for (Finding f : group.getValue()) {
                JsonObject result = new JsonObject();
                result.put("severity", f.severity().label());
                if (f.layer() != null) {
                    result.put("layer", f.layerName());
                }
                result.put("path", f.path());
                if (f.value() != null) {
                    result.put("value", FmtUtils.stringForNode(f.value()));
                }
                JsonObject messages = new JsonObject();
                f.messages().forEach((lang, text) -> messages.put(lang.isEmpty() ? "und" : lang, text));
                result.put("messages", messages);
                if (f.sourceShape() != null) {
                    result.put("sourceShape", text(f.sourceShape()));
                }
                results.add(result);
            }
            node.put("results", results);
            nodes.add(node);
        }
        root.put("focusNodes", nodes);
        return root;
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : FmtUtils.stringForNode(node);
    }
}
