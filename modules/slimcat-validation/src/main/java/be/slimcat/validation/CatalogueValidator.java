// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.vocab.BundledFile;
import be.slimcat.vocab.ParsedRdf;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * Validates catalogue records against SHACL shapes, with the vocabulary (ontology, concept schemes
 * and EU authority tables) as background knowledge so that concept-valued properties can be checked
 * without reporting on the vocabulary itself. Thread-safe: the shapes are parsed once and only read.
 */
public final class CatalogueValidator {
    private static final Set<Node> TARGETS = Set.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf,
            SHACL.targetObjectsOf, SHACL.target);

    private final Graph shapesGraph;
    private final Shapes shapes;
    private final Graph background;
    private final ShapeLayers layers;
    private final FindingReader reader;

    private CatalogueValidator(Graph shapesGraph, Shapes shapes, Graph background, ShapeLayers layers) {
        this.shapesGraph = shapesGraph;
        this.shapes = shapes;
        this.background = background;
        this.layers = layers;
        this.reader = new FindingReader(shapesGraph.getPrefixMapping(), layers);
    }

    /** The validator for the shapes bundled from {@code shapes/*.shapes.ttl} and the bundled vocabulary. */
    public static CatalogueValidator bundled(SlimcatIris iris) {
        return of(bundledShapes(iris), Vocabulary.load(iris));
    }

    /** The bundled shapes ({@code shapes/*.shapes.ttl}) as one graph, rebased to the IRI policy. */
    static Graph bundledShapes(SlimcatIris iris) {
        RdfReader reader = new RdfReader(iris);
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (BundledFile file : BundledFile.list("shapes", ".shapes.ttl")) {
            ParsedRdf parsed = reader.read("shapes/" + file.path(), file.content(), Lang.TURTLE, file.baseIri());
            parsed.graph().find().forEachRemaining(shapesGraph::add);
            shapesGraph.getPrefixMapping().setNsPrefixes(parsed.dataset().prefixes().getMapping());
        }
        return shapesGraph;
    }

    /** A validator for the given shapes and background knowledge. */
    public static CatalogueValidator of(Graph shapesGraph, Graph background) {
        try {
            Shapes shapes = Shapes.parse(shapesGraph);
            return new CatalogueValidator(shapesGraph, shapes, background, ShapeLayers.of(shapesGraph, background));
        } catch (ShaclException e) {
            throw new ShapesLoadException("The shapes are not valid SHACL: " + e.getMessage(), e);
        }
    }

    /** Validates the data. Never throws for non-conforming data. */
    public ValidationOutcome validate(Graph data) {
        return reader.outcome(ShaclValidator.get().validate(shapes, new Union(data, background)));
    }

    /** The number of shapes (node and property shapes reachable from targets). */
    public int shapeCount() {
        return shapes.numShapes();
    }

    /** The layers the shapes are in, sorted by name. */
    public List<ValidationLayer> layers() {
        return layers.all();
    }

    /** The layer with this name (e.g. {@code dcat-ap-mandatory}), if some shape is in it. */
    public Optional<ValidationLayer> layer(String name) {
        return layers.named(name);
    }

    /**
     * A validator that uses only the shapes of the given layers: node shapes of other layers lose their
     * targets, so neither they nor the property shapes they list are evaluated.
     */
    public CatalogueValidator restrictedTo(Collection<ValidationLayer> selected) {
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("Select at least one validation layer");
        }
        Set<Node> keep = selected.stream().map(ValidationLayer::iri).collect(java.util.stream.Collectors.toSet());
        Graph restricted = GraphFactory.createDefaultGraph();
        restricted.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        shapesGraph.find().forEachRemaining(t -> {
            ValidationLayer layer = layers.layerOf(t.getSubject());
            if (!(TARGETS.contains(t.getPredicate()) && layer != null && !keep.contains(layer.iri()))) {
                restricted.add(t);
            }
        });
        return of(restricted, background);
    }

    Shapes shapes() {
        return shapes;
    }

    /** The shapes graph this validator parsed (read-only: do not change it). */
    public Graph shapesGraph() {
        return shapesGraph;
    }

    /** The background knowledge validated data is read with (read-only: do not change it). */
    public Graph background() {
        return background;
    }

    FindingReader reader() {
        return reader;
    }
}
