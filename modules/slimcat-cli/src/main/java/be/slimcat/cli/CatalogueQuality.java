// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.quality.GroupFigures;
import be.slimcat.quality.dqv.QualityFigures;
import be.slimcat.quality.dqv.QualityGraphWriter;
import be.slimcat.quality.dqv.QualityRun;
import be.slimcat.quality.dqv.RunFigures;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * The figures of the whole catalogue: the latest figures of every harvest source and loaded graph
 * together (means weighted by their datasets). {@link #refresh} stores them in the trend graph as the
 * group {@code {base}/id/catalogus/slimcat}, measured by an overview activity
 * {@code {base}/id/kwaliteitsoverzicht/{time}} that was informed by the runs that led to it.
 */
final class CatalogueQuality {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final SlimcatIris iris;

    CatalogueQuality(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The catalogue's IRI as a quality group. */
    Node catalogue() {
        return iris.thing("catalogus", "slimcat");
    }

    /** Whether a group is a harvest source or a loaded graph (not a publisher, not the catalogue). */
    boolean isSourceOrGraph(Node subject) {
        String uri = subject.getURI();
        return uri.startsWith(iris.base() + "/id/bron/") || uri.startsWith(iris.base() + "/graph/");
    }

    /** The latest figures of every source and loaded graph, most recently measured first; call in a read transaction. */
    Map<Node, RunFigures> latestPerSource(DatasetGraph dataset) {
        Map<Node, RunFigures> latest = new LinkedHashMap<>();
        for (Node group : QualityFigures.groups(dataset, iris.qualityTrendGraph())) {
            if (isSourceOrGraph(group)) {
                List<RunFigures> trend = QualityFigures.groupTrend(dataset, iris.qualityTrendGraph(), group);
                latest.put(group, trend.get(trend.size() - 1));
            }
        }
        return latest;
    }

    /** Computes the catalogue's figures now and adds them to the trend graph; {@code runs} are the runs that led to them. */
    GroupFigures refresh(CatalogueStore store, Instant now, Collection<Node> runs) {
        List<GroupFigures> groups = new ArrayList<>();
        store.read(dsg -> latestPerSource(dsg)).forEach((subject, figures) -> groups.add(figures.group(subject)));
        GroupFigures catalogue = GroupFigures.combine(catalogue(), groups);
        Node overview = iris.thing("kwaliteitsoverzicht", STAMP.format(now));
        QualityRun run = new QualityRun(overview, now);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(overview, RDF.type.asNode(), PROV.Activity.asNode());
        graph.add(overview, PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(run.generatedAt().toString(), XSDDatatype.XSDdateTime));
        runs.forEach(r -> graph.add(overview, PROV.wasInformedBy.asNode(), r));
        new QualityGraphWriter(iris).writeGroup(catalogue, run, graph::add);
        store.addToGraph(iris.qualityTrendGraph(), graph);
        return catalogue;
    }
}
