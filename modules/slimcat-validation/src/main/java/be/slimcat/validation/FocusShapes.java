// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which target shapes a resource is a focus node of, looked up by its types and predicates instead
 * of asking every shape: the classes each shape targets are expanded once with the subclasses the
 * background knows. A record that states subclasses itself is asked shape by shape, as SHACL does.
 */
final class FocusShapes {
    private final List<Shape> targetShapes;
    private final Map<Node, List<Shape>> byClass = new HashMap<>();
    private final Map<Node, List<Shape>> bySubjectOf = new HashMap<>();

    FocusShapes(Shapes shapes, Graph background) {
        this.targetShapes = List.copyOf(shapes.getTargetShapes());
        for (Shape shape : targetShapes) {
            for (Target target : shape.getTargets()) {
                switch (target.getTargetType()) {
                    case targetClass, implicitClass -> {
                        for (Node c : G.listSubClasses(background, target.getObject())) {
                            byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(shape);
                        }
                    }
                    case targetSubjectsOf -> bySubjectOf.computeIfAbsent(target.getObject(), k -> new ArrayList<>()).add(shape);
                    default -> throw new UnsupportedShapesException("Per-record validation cannot use the target "
                            + target + " of " + shape.getShapeNode() + ": its focus nodes need not be subjects of a record");
                }
            }
        }
    }

    /**
     * The target shapes the subject is a focus node of in the graph (a record read with its background),
     * in the order of the shapes.
     */
    Set<Shape> of(Node subject, Graph graph, boolean recordStatesSubclasses) {
        Set<Shape> found = new LinkedHashSet<>();
        if (recordStatesSubclasses) {
            for (Shape shape : targetShapes) {
                if (VLib.isFocusNode(shape, subject, graph)) {
                    found.add(shape);
                }
            }
            return found;
        }
        G.find(graph, subject, RDF.type.asNode(), null).forEach(t -> found.addAll(byClass.getOrDefault(t.getObject(), List.of())));
        for (Map.Entry<Node, List<Shape>> e : bySubjectOf.entrySet()) {
            if (graph.contains(subject, e.getKey(), Node.ANY)) {
                found.addAll(e.getValue());
            }
        }
        if (found.size() < 2) {
            return found;
        }
        Set<Shape> ordered = new LinkedHashSet<>();
        for (Shape shape : targetShapes) {
            if (found.contains(shape)) {
                ordered.add(shape);
            }
        }
        return ordered;
    }

    /** True when the graph states rdfs:subClassOf itself, so that the lookup by class is not enough. */
    static boolean statesSubclasses(Graph recordGraph) {
        return recordGraph.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY);
    }
}
