// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the shapes read beyond the focus node's own triples: the predicates they follow from the
 * value nodes of a focus node (the types for {@code sh:class}, the paths of shapes that
 * {@code sh:node}, {@code sh:qualifiedValueShape}, {@code sh:or} ... apply to value nodes). A record
 * needs these triples of the resources it refers to, and no others, to validate exactly as the whole
 * graph would. Refuses shapes whose results could depend on triples no record holds: inverse paths,
 * focus nodes that are not subjects (sh:targetNode, sh:targetObjectsOf, sh:target), SPARQL
 * constraints and disjoint qualified value shapes.
 */
final class ShapeReach {
    private final Set<Node> predicates = new HashSet<>();
    private final Set<Node> entries = new HashSet<>();
    private boolean everything;
    private final Graph shapes;
    private final Set<Node> visitedOnFocus = new HashSet<>();
    private final Set<Node> visitedOnValue = new HashSet<>();

    private ShapeReach(Graph shapes) {
        this.shapes = shapes;
    }

    /** The reach of the shapes in the graph. */
    static ShapeReach of(Graph shapesGraph) {
        ShapeReach reach = new ShapeReach(shapesGraph);
        reach.refuseUnsupported();
        for (Node target : List.of(SHACL.targetClass, SHACL.targetSubjectsOf)) {
            G.find(shapesGraph, null, target, null).forEach(t -> reach.onFocus(t.getSubject()));
        }
        G.find(shapesGraph, null, RDF.type.asNode(), RDFS.Class.asNode()).forEach(t -> reach.onFocus(t.getSubject()));
        return reach;
    }

    /** The predicates read on resources other than the focus node. */
    Set<Node> predicates() {
        return Set.copyOf(predicates);
    }

    /** Whether triples with this predicate of a referenced resource are needed. */
    boolean needs(Node predicate) {
        return everything || predicates.contains(predicate);
    }

    /**
     * Whether a shape may read the resources a focus node refers to with this predicate: the path of
     * a property shape that looks at its value nodes, or any predicate of a complex path.
     */
    boolean follows(Node predicate) {
        return everything || entries.contains(predicate) || predicates.contains(predicate);
    }

    private void refuseUnsupported() {
        for (Node unsupported : List.of(SHACL.inversePath, SHACL.targetNode, SHACL.targetObjectsOf, SHACL.target,
                SHACL.sparql)) {
            if (G.find(shapes, null, unsupported, null).hasNext()) {
                throw new UnsupportedShapesException("Per-record validation cannot use shapes with sh:"
                        + unsupported.getLocalName() + ": validate the whole graph with CatalogueValidator instead");
            }
        }
        if (G.contains(shapes, null, SHACL.qualifiedValueShapesDisjoint, NodeConst.nodeTrue)) {
            throw new UnsupportedShapesException(
                    "Per-record validation cannot use shapes with sh:qualifiedValueShapesDisjoint true");
        }
    }

    /** The shape is evaluated on a focus node: its own triples are in the record. */
    private void onFocus(Node shape) {
        if (!visitedOnFocus.add(shape)) {
            return;
        }
        Node path = G.getZeroOrOneSP(shapes, shape, SHACL.path);
        if (path != null && !path.isURI()) {
            addPath(path);
        }
        if (path != null) {
            if (readsValues(shape) && path.isURI()) {
                entries.add(path);
            }
            valuesOf(shape);
        }
        for (Node p : G.listSP(shapes, shape, SHACL.property)) {
            onFocus(p);
        }
        for (Node nested : nestedOnSameNode(shape)) {
            onFocus(nested);
        }
    }

    /** Whether a property shape looks at the triples of its value nodes. */
    private boolean readsValues(Node propertyShape) {
        for (Node reading : List.of(SHACL.class_, SHACL.node, SHACL.qualifiedValueShape, SHACL.or, SHACL.and, SHACL.xone,
                SHACL.not, SHACL.property, SHACL.closed)) {
            if (G.hasProperty(shapes, propertyShape, reading)) {
                return true;
            }
        }
        return false;
    }

    /** The shape is evaluated on a node other than the focus node. */
    private void onValue(Node shape) {
        if (!visitedOnValue.add(shape)) {
            return;
        }
        Node path = G.getZeroOrOneSP(shapes, shape, SHACL.path);
        if (path != null) {
            addPath(path);
            valuesOf(shape);
        } else {
            readsOwnTriples(shape);
        }
        for (Node p : G.listSP(shapes, shape, SHACL.property)) {
            onValue(p);
        }
        for (Node nested : nestedOnSameNode(shape)) {
            onValue(nested);
        }
    }

    /** Constraints of a property shape on its value nodes, which are never the focus node. */
    private void valuesOf(Node propertyShape) {
        readsOwnTriples(propertyShape);
        for (Node nested : G.listSP(shapes, propertyShape, SHACL.qualifiedValueShape)) {
            onValue(nested);
        }
    }

    /** What a shape reads on the node it is evaluated on, apart from paths. */
    private void readsOwnTriples(Node shape) {
        if (G.hasProperty(shapes, shape, SHACL.class_)) {
            predicates.add(RDF.type.asNode());
            predicates.add(RDFS.subClassOf.asNode());
        }
        if (G.contains(shapes, shape, SHACL.closed, NodeConst.nodeTrue)) {
            everything = true;
        }
        for (Node compare : List.of(SHACL.equals, SHACL.disjoint, SHACL.lessThan, SHACL.lessThanOrEquals)) {
            G.listSP(shapes, shape, compare).forEach(predicates::add);
        }
    }

    /** Shapes applied to the same node as the shape (for a property shape: to each value node). */
    private List<Node> nestedOnSameNode(Node shape) {
        List<Node> nested = new java.util.ArrayList<>(G.listSP(shapes, shape, SHACL.node));
        G.listSP(shapes, shape, SHACL.not).forEach(nested::add);
        for (Node list : List.of(SHACL.or, SHACL.and, SHACL.xone)) {
            for (Node head : G.listSP(shapes, shape, list)) {
                nested.addAll(G.rdfList(shapes, head));
            }
        }
        if (G.hasProperty(shapes, shape, SHACL.path)) {
            // On a property shape these apply to the value nodes, never to the focus node.
            nested.forEach(this::onValue);
            return List.of();
        }
        return nested;
    }

    private void addPath(Node path) {
        if (path.isURI()) {
            predicates.add(path);
            return;
        }
        for (Node step : List.of(SHACL.alternativePath, SHACL.zeroOrMorePath, SHACL.oneOrMorePath, SHACL.zeroOrOnePath)) {
            Node inner = G.getZeroOrOneSP(shapes, path, step);
            if (inner != null) {
                if (step.equals(SHACL.alternativePath)) {
                    G.rdfList(shapes, inner).forEach(this::addPath);
                } else {
                    addPath(inner);
                }
                return;
            }
        }
        G.rdfList(shapes, path).forEach(this::addPath);
    }
}
