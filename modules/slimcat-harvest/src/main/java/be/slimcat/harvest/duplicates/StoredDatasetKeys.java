// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.duplicates;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

import be.slimcat.harvest.HarvestQueries;
import be.slimcat.vocab.SlimcatIris;

/** Reads the {@link DatasetKeys} of every harvested dataset from a store (call inside a read transaction). */
public final class StoredDatasetKeys {
    private static final Query QUERY = HarvestQueries.load("dataset-keys.rq");

    private StoredDatasetKeys() {}

    /** The keys of the datasets in all source graphs. */
    public static List<DatasetKeys> read(DatasetGraph dataset, SlimcatIris iris) {
        Node sourceGraphPrefix = NodeFactory.createLiteralString(iris.sourceGraphPrefix());
        List<DatasetKeys> keys = new ArrayList<>();
        QueryExec.dataset(dataset).query(QUERY)
                .substitution("sourceGraphPrefix", sourceGraphPrefix)
                .substitution("vlaams", level(iris, "vlaams"))
                .substitution("federaal", level(iris, "federaal"))
                .substitution("europees", level(iris, "europees"))
                .select().forEachRemaining(row -> keys.add(new DatasetKeys(row.get("dataset").getURI(), text(row, "sourceId"),
                        Integer.parseInt(text(row, "rank")), text(row, "identifier"), text(row, "landingPage"),
                        text(row, "title"), text(row, "publisherName"), text(row, "issued"))));
        return keys;
    }

    private static Node level(SlimcatIris iris, String notation) {
        return NodeFactory.createURI(iris.base() + "/id/concept/beleidsniveau/" + notation);
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
