// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SlimcatIris;

/**
 * SlimCat's whole catalogue as a DCAT-AP 3 {@code dcat:Catalog} ({@code {base}/id/catalogus/slimcat}):
 * one sub-catalogue ({@code dcat:catalog}) per harvested source and per catalogue of the examples graph,
 * each listing its records with {@code dcat:dataset} / {@code dcat:service}, and SlimCat's own records
 * (all data with its dump, the inventory, the SPARQL endpoint) listed by the catalogue itself.
 * <p>
 * The records are in a stable order: SlimCat's own records first, then every other record by IRI. A page
 * holds the catalogue and all sub-catalogues, the full descriptions of its records (with their
 * distributions) and names for the agents they point to. The order of the stored records is computed
 * once per version of the store and kept in memory until the store changes.
 */
public final class CatalogueFeed {
    /** The prefixes of the feed's documents. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .setNsPrefix("rdf", RDF.getURI()).setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").setNsPrefix("adms", "http://www.w3.org/ns/adms#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("sc", "https://data.slimcat.be/ns/slimcat#")
            .setNsPrefix("hydra", "http://www.w3.org/ns/hydra/core#").lock();

    private static final Query ITEMS = BundledQuery.load(CatalogueFeed.class, "catalogue-items.rq");
    private static final int EXPORT_CHUNK = 1000;
    private static final Set<Node> RECORD_LINKS = Set.of(DCAT.dataset.asNode(), DCAT.service.asNode(),
            DCAT.record.asNode());

    private final SlimcatIris iris;
    private final OwnCatalogue own;
    private final SourceCatalogues sources;
    private volatile OrderedRecords cache;

    public CatalogueFeed(SlimcatIris iris) {
        this.iris = iris;
        this.own = OwnCatalogue.of(iris);
        this.sources = new SourceCatalogues(iris, own.publisher());
    }

    /** The catalogue's IRI, {@code {base}/id/catalogus/slimcat}. */
    public Node catalogue() {
        return own.catalogue();
    }

    /** How many records the catalogue lists. */
    public long totalItems(CatalogueStore store) {
        return store.read(dsg -> own.memberships().size() + (long) ordered(store, dsg).size());
    }

    /** The records from {@code offset} (0 is the first), at most {@code limit} of them, read in one transaction. */
    public CataloguePage page(CatalogueStore store, long offset, int limit) {
        return store.read(dsg -> {
            OrderedRecords stored = ordered(store, dsg);
            List<Triple> ownLinks = own.memberships();
            long total = ownLinks.size() + (long) stored.size();
            PageBuilder page = new PageBuilder(dsg);
            for (long i = offset; i < Math.min(offset + limit, total); i++) {
                if (i < ownLinks.size()) {
                    page.addOwn(ownLinks.get((int) i));
                } else {
                    int k = (int) (i - ownLinks.size());
                    page.addStored(stored.records().get(k), stored.graphs().get(k));
                }
            }
            return page.build(total);
        });
    }

    /**
     * The descriptions of SlimCat's own catalogue, its publisher and its own records, which the store does
     * not hold (read only), so that their IRIs can be dereferenced like those of stored things.
     */
    public Graph ownRecords() {
        return new org.apache.jena.sparql.graph.GraphReadOnly(own.description());
    }

    /**
     * Writes the whole catalogue as one document, from one read transaction: streamed for formats Jena
     * writes as a stream (N-Triples, Turtle blocks), else collected in memory first.
     */
    public void write(CatalogueStore store, RDFFormat format, OutputStream out) {
        store.readWith(dsg -> {
            boolean streamed = StreamRDFWriter.registered(format);
            Graph collected = streamed ? null : GraphFactory.createDefaultGraph();
            StreamRDF sink = streamed ? StreamRDFWriter.getWriterStream(out, format) : StreamRDFLib.graph(collected);
            sink.start();
            StreamRDFOps.sendPrefixesToStream(PREFIXES, sink);
            Set<Triple> sharedSent = new HashSet<>();
            OrderedRecords stored = ordered(store, dsg);
            long total = own.memberships().size() + (long) stored.size();
            PageBuilder page = new PageBuilder(dsg);
            own.memberships().forEach(page::addOwn);
            int inChunk = own.memberships().size();
            for (int k = 0; k < stored.size(); k++) {
                page.addStored(stored.records().get(k), stored.graphs().get(k));
                if (++inChunk == EXPORT_CHUNK) {
                    send(page.build(total), sink, sharedSent);
                    page = new PageBuilder(dsg);
                    inChunk = 0;
                }
            }
            send(page.build(total), sink, sharedSent);
            sink.finish();
            if (!streamed) {
                collected.getPrefixMapping().setNsPrefixes(PREFIXES);
                RDFDataMgr.write(out, collected, format);
            }
        });
    }

    /**
     * The stored records in order, for the version of the store the transaction sees: listed and sorted
     * once per version (the costly part, a few seconds at 100,000 records), then kept until the store changes.
     */
    private OrderedRecords ordered(CatalogueStore store, DatasetGraph dsg) {
        CatalogueStore.Version version = store.version();
        OrderedRecords known = cache;
        if (known != null && known.version().equals(version)) {
            return known;
        }
        OrderedRecords fresh = OrderedRecords.of(version,
                Iter.toList(QueryExec.dataset(dsg).query(ITEMS).substitution(parameters()).select()));
        cache = fresh;
        return fresh;
    }

    private static void send(CataloguePage page, StreamRDF sink, Set<Triple> sharedSent) {
        page.shared().find().forEachRemaining(t -> {
            if (sharedSent.add(t)) {
                sink.triple(t);
            }
        });
        page.records().find().forEachRemaining(sink::triple);
    }

    private Binding parameters() {
        return BindingFactory.binding(Var.alloc("sourceGraphs"), NodeFactory.createLiteralString(iris.sourceGraphPrefix()),
                Var.alloc("examples"), iris.examplesGraph());
    }

    /** Collects one page: the shared part once, then record after record. */
    private final class PageBuilder {
        private final DatasetGraph dsg;
        private final Graph shared = GraphFactory.createDefaultGraph();
        private final Graph records = GraphFactory.createDefaultGraph();
        private final List<Node> items = new ArrayList<>();
        private final Map<Node, SubCatalogue> byGraph = new HashMap<>();
        private final Graph examples;
        private Node modified;

        PageBuilder(DatasetGraph dsg) {
            this.dsg = dsg;
            this.examples = dsg.getGraph(iris.examplesGraph());
            own.copyHeader(shared);
            examples.find(Node.ANY, RDF.type.asNode(), DCAT.Catalog.asNode()).toList().stream()
                    .map(Triple::getSubject).filter(Node::isURI).sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                    .forEach(catalogue -> {
                        examples.find(catalogue, Node.ANY, Node.ANY).forEachRemaining(t -> {
                            if (!RECORD_LINKS.contains(t.getPredicate())) {
                                shared.add(t);
                                if (t.getObject().isBlank()) {
                                    RecordDescription.copy(examples, t.getObject(), shared);
                                }
                            }
                        });
                        shared.add(own.catalogue(), DCAT.catalog.asNode(), catalogue);
                    });
            sources.read(dsg).forEach(this::addSubCatalogue);
        }

        private void addSubCatalogue(SubCatalogue sub) {
            byGraph.put(sub.graph(), sub);
            sub.description().find().forEachRemaining(shared::add);
            shared.add(own.catalogue(), DCAT.catalog.asNode(), sub.iri());
            sub.modified().ifPresent(m -> {
                if (modified == null || SourceCatalogues.later(m, modified)) {
                    modified = m;
                }
            });
        }

        void addOwn(Triple membership) {
            Node record = membership.getObject();
            RecordDescription.copy(own.description(), record, records);
            records.add(membership);
            items.add(record);
        }

        void addStored(Node item, Node graph) {
            RecordDescription.copy(dsg.getGraph(graph), item, records);
            if (graph.equals(iris.examplesGraph())) {
                for (Node link : List.of(DCAT.dataset.asNode(), DCAT.service.asNode())) {
                    examples.find(Node.ANY, link, item).forEachRemaining(records::add);
                }
            } else {
                SubCatalogue sub = byGraph.get(graph);
                if (sub == null) {
                    Optional<SubCatalogue> described = sources.forGraph(dsg, graph);
                    described.ifPresent(this::addSubCatalogue);
                    sub = described.orElse(null);
                }
                if (sub != null) {
                    boolean service = records.contains(item, RDF.type.asNode(), DCAT.DataService.asNode());
                    records.add(sub.iri(), (service ? DCAT.service : DCAT.dataset).asNode(), item);
                }
            }
            items.add(item);
        }

        CataloguePage build(long total) {
            if (modified != null) {
                shared.add(own.catalogue(), DCTerms.modified.asNode(), modified);
            }
            Graph page = GraphFactory.createDefaultGraph();
            shared.find().forEachRemaining(page::add);
            records.find().forEachRemaining(page::add);
            AgentNames.add(dsg, page, shared);
            return new CataloguePage(shared, records, List.copyOf(items), total);
        }
    }
}
