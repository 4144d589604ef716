// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import org.apache.jena.graph.NodeFactory;

import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Option;

/** Which source or loaded graph a quality command is about: {@code --source ID} or {@code --graph IRI}. */
final class QualityTargetOptions {
    @Option(names = "--source", paramLabel = "ID", description = "A harvest source, by identifier.")
    String source;

    @Option(names = "--graph", paramLabel = "IRI", description = "A loaded graph, e.g. {base}/graph/examples.")
    String graph;

    /** The target, or a usage error naming what is missing. */
    QualityTarget target(SlimcatIris iris) {
        if ((source == null) == (graph == null)) {
            throw new UsageException("Give either --source ID or --graph IRI");
        }
        try {
            return source != null ? QualityTarget.ofSource(iris, source)
                    : QualityTarget.ofGraph(iris, NodeFactory.createURI(graph));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The option that selects the target again, for messages. */
    String asOption() {
        return source != null ? "--source " + source : "--graph " + graph;
    }
}
