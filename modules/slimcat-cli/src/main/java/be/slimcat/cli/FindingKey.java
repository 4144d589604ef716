// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * What identifies a validation finding from one run to the next, for the baseline: the record, the
 * focus node, the path, the severity, the value and the English message. Blank nodes are new in every
 * harvest, so a blank focus node or value counts as "a blank node of the record": two blank
 * distributions of one dataset with the same problem share a key.
 *
 * @param digest the first 32 hex digits of the SHA-256 of the parts, one per line
 * @param label  the parts for people: {@code <record> <focus> path severity: message}
 */
record FindingKey(String digest, String label) {
    /** The key of the result node {@code result} of a report graph about {@code record}. */
    static FindingKey of(Graph report, Node result, Node record) {
        String focus = name(one(report, result, SHACL.focusNode));
        Node pathNode = one(report, result, SHACL.resultPath);
        String path = pathNode == null ? "" : ShaclPaths.pathToString(report, ShaclPaths.parsePath(report, pathNode));
        Node severity = one(report, result, SHACL.resultSeverity);
        String severityName = severity == null || !severity.isURI() ? "" : severity.getLocalName();
        String value = name(one(report, result, SHACL.value));
        String message = message(report, result);
        String recordName = name(record);
        String text = String.join("\n", recordName, focus, path, severityName, value, message);
        String label = show(recordName) + " " + (focus.equals(recordName) ? "" : show(focus) + " ")
                + (path.isEmpty() ? "" : path + " ") + severityName + ": " + message;
        return new FindingKey(sha256(text).substring(0, 32), label);
    }

    private static Node one(Graph graph, Node subject, Node property) {
        var it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String message(Graph report, Node result) {
        Optional<Node> chosen = report.find(result, SHACL.resultMessage, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral)
                .min(Comparator.comparing((Node m) -> !m.getLiteralLanguage().startsWith("en"))
                        .thenComparing(Node::getLiteralLanguage).thenComparing(Node::getLiteralLexicalForm));
        return chosen.map(Node::getLiteralLexicalForm).orElse("");
    }

    private static String name(Node node) {
        if (node == null || node.isBlank()) {
            return node == null ? "" : "_";
        }
        return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
    }

    /** An IRI in angle brackets, a blank node as {@code []}. */
    private static String show(String name) {
        return name.equals("_") ? "[]" : "<" + name + ">";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
