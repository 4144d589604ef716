// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

import be.slimcat.vocab.BundledQuery;

/**
 * The catalogue held by a remote SPARQL 1.1 service, as a Jena dataset, so that harvests, quality scoring,
 * the web pages and the SPARQL endpoint run unchanged on it. Whole queries go to the service
 * ({@link RemoteQueryEngine}); the default graph is the service's default graph, which must be the union
 * of the named graphs (Virtuoso's default; Fuseki's with {@code unionDefaultGraph}).
 * <p>
 * Transactions: one write at a time (in this process). A write keeps its changes until the commit, then
 * replaces each rewritten graph with one Graph Store Protocol PUT and appends to the others with a POST,
 * so each graph changes atomically on the service but a write touching several graphs is not atomic across
 * them. A read sees each graph it reads whole as it was at its first read; queries sent whole to the
 * service see the service's current state.
 * <p>
 * Blank nodes are kept on the service as skolem IRIs ({@link ServiceTerms}) and read back as the same blank
 * nodes, so one found in an answer can be followed in the next request.
 */
public final class RemoteDatasetGraph extends DatasetGraphBaseFind {
    private static final Query FIND = BundledQuery.load(RemoteDatasetGraph.class, "find-quads.rq");
    private static final Query GRAPH = BundledQuery.load(RemoteDatasetGraph.class, "construct-graph.rq");
    private static final Query GRAPH_NAMES = BundledQuery.load(RemoteDatasetGraph.class, "graph-names.rq");
    private static final Query COUNT = BundledQuery.load(RemoteDatasetGraph.class, "count-quads.rq");
    private static final Query FOREIGN_GRAPHS = BundledQuery.load(RemoteDatasetGraph.class, "foreign-graphs.rq");

    static {
        RemoteQueryEngine.register();
    }

    private final RemoteService service;
    private final HttpClient http;
    private final Node namespace;
    private final ServiceTerms terms;
    private volatile ServiceDialect dialect;
    private final ForeignGraphs foreignGraphs = new ForeignGraphs(this::listForeignGraphs);
    private final Context context = ARQ.getContext().copy();
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<RemoteTransaction> transaction = new ThreadLocal<>();
    private final AtomicLong commits = new AtomicLong();

    /**
     * The dataset on the service; {@code graphNamespace} is how the names of the catalogue's graphs
     * start, so that graphs the service keeps for itself are not listed.
     */
    public RemoteDatasetGraph(RemoteService service, String graphNamespace) {
        this.service = service;
        this.http = service.httpClient();
        this.namespace = NodeFactory.createLiteralString(graphNamespace);
        this.terms = new ServiceTerms(graphNamespace);
    }

    /** What the service's SPARQL needs, asked of the service on first use. */
    ServiceDialect dialect() {
        ServiceDialect known = dialect;
        if (known == null) {
            known = ServiceDialect.of(service.query(), http);
            dialect = known;
        }
        return known;
    }

    /** How terms are kept on the service. */
    ServiceTerms terms() {
        return terms;
    }

    /** The remote dataset under a stack of wrappers, or null when the dataset is not remote. */
    static RemoteDatasetGraph under(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return d instanceof RemoteDatasetGraph r ? r : null;
    }

    /** The service holding the data. */
    public RemoteService service() {
        return service;
    }

    /** How many writes this dataset has committed: equal counts mean equal data, if no one else writes. */
    public long commits() {
        return commits.get();
    }

    /** Keeps the quads of these predicates whole once read, for the rest of the current thread's transaction. */
    void keepWhole(Set<Node> predicates) {
        RemoteTransaction t = transaction.get();
        if (t != null) {
            t.keepWhole(predicates);
        }
    }

    /** True when the current thread's transaction holds changes that queries on the service cannot see. */
    boolean hasUncommittedChanges() {
        RemoteTransaction t = transaction.get();
        return t != null && t.hasChanges();
    }

    /** A request to the service's query endpoint for the query, its variables replaced by the terms given. */
    QueryExecHTTPBuilder request(Query query, Binding substitution) {
        Map<Var, Node> terms = new HashMap<>();
        substitution.forEach(terms::put);
        Query actual = terms.isEmpty() ? query : QueryTransformOps.replaceVars(query, terms);
        return endpoint().queryString(dialect().text(actual, foreignGraphs::current));
    }

    /**
     * A request to the query endpoint. A long query goes as an HTML form, not as an
     * {@code application/sparql-query} body: Virtuoso 7.2 never answers such a POST.
     */
    private QueryExecHTTPBuilder endpoint() {
        return QueryExecHTTP.newBuilder().endpoint(service.query().toString()).httpClient(http)
                .sendMode(QuerySendMode.asGetWithLimitForm);
    }

    /** The graphs on the service that are not the catalogue's. */
    private List<Node> listForeignGraphs() {
        return Iter.toList(Iter.map(select(endpoint().query(FOREIGN_GRAPHS).substitution("namespace", namespace)).iterator(),
                row -> row.get("g")));
    }

    // ---- reading

    /** Every quad of the named graphs: the default graph, their union, holds none of its own. */
    @Override
    protected Iterator<Quad> findAny(Node s, Node p, Node o) {
        return findInAnyNamedGraphs(s, p, o);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Iter.distinct(Iter.map(findInAnyNamedGraphs(s, p, o), q -> Quad.create(Quad.defaultGraphIRI, q.asTriple())));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        RemoteTransaction t = current();
        Graph rewritten = t.rewritten(g);
        if (rewritten != null) {
            return quads(g, rewritten.find(s, p, o));
        }
        Graph stored = t.snapshot(g, this::fetch);
        Graph appended = t.appended(g);
        Iterator<Quad> found = quads(g, stored.find(s, p, o));
        return appended == null ? found
                : Iter.concat(found, quads(g, Iter.filter(appended.find(s, p, o), triple -> !stored.contains(triple))));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        RemoteTransaction t = current();
        List<Quad> found = new ArrayList<>();
        DatasetGraph keptWhole = isAny(p) ? null : t.quadsOf(p, predicate -> stored(null, predicate, null), this::count);
        List<Quad> stored = keptWhole == null ? stored(s, p, o) : Iter.toList(keptWhole.find(Node.ANY, orAny(s), p, orAny(o)));
        for (Quad quad : stored) {
            Graph appended = t.appended(quad.getGraph());
            if (t.rewritten(quad.getGraph()) == null && (appended == null || !appended.contains(quad.asTriple()))) {
                found.add(quad);
            }
        }
        t.rewrittenGraphs().forEach((g, content) -> content.find(s, p, o).forEachRemaining(tr -> found.add(Quad.create(g, tr))));
        t.appendedGraphs().forEach((g, content) -> content.find(s, p, o).forEachRemaining(tr -> found.add(Quad.create(g, tr))));
        return found.iterator();
    }

    /** The quads the service holds that match the pattern ({@code null} or {@code ANY} a wildcard). */
    private List<Quad> stored(Node s, Node p, Node o) {
        BindingBuilder pattern = BindingBuilder.create();
        bind(pattern, "s", terms.toService(s));
        bind(pattern, "p", terms.toService(p));
        bind(pattern, "o", terms.toService(o));
        return Iter.toList(Iter.map(select(request(FIND, pattern.build())).iterator(), row -> Quad.create(row.get("g"),
                terms.fromService(row.get("s")), terms.fromService(row.get("p")), terms.fromService(row.get("o")))));
    }

    /** How many quads of the predicate the service holds. */
    private long count(Node predicate) {
        List<Binding> rows = select(request(COUNT, BindingFactory.binding(Var.alloc("p"), terms.toService(predicate))));
        return ((Number) rows.get(0).get("n").getLiteralValue()).longValue();
    }

    /** Binds the variable to the term, unless the term is a wildcard. */
    private static void bind(BindingBuilder pattern, String variable, Node term) {
        if (term != null && term.isConcrete()) {
            pattern.add(Var.alloc(variable), term);
        }
    }

    private static Iterator<Quad> quads(Node g, Iterator<Triple> triples) {
        return Iter.map(triples, t -> Quad.create(g, t));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        RemoteTransaction t = current();
        Set<Node> names = new LinkedHashSet<>();
        for (Binding row : select(request(GRAPH_NAMES, BindingFactory.binding(Var.alloc("namespace"), namespace)))) {
            names.add(row.get("g"));
        }
        t.appendedGraphs().keySet().forEach(names::add);
        t.rewrittenGraphs().forEach((g, content) -> {
            if (content.isEmpty()) {
                names.remove(g);
            } else {
                names.add(g);
            }
        });
        return names.iterator();
    }

    private Graph fetch(Node graphName) {
        return terms.fromService(call("read the graph " + graphName.getURI(),
                () -> request(GRAPH, BindingFactory.binding(Var.alloc("g"), graphName)).construct()));
    }

    private List<Binding> select(QueryExecHTTPBuilder request) {
        return call("query the store", () -> {
            try (QueryExecHTTP exec = request.build()) {
                return Iter.toList(exec.select());
            }
        });
    }

    /** The union of the named graphs, as the service's default graph is. */
    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    // ---- writing

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        RemoteTransaction t = writing();
        Node graph = named(g);
        Graph rewritten = t.rewritten(graph);
        (rewritten != null ? rewritten : t.append(graph)).add(s, p, o);
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        Node graph = named(g);
        rewrite(graph).delete(s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY || Quad.isUnionGraph(g)) {
            Iter.toList(listGraphNodes()).forEach(name -> deleteAny(name, s, p, o));
            return;
        }
        Node graph = named(g);
        if (isAny(s) && isAny(p) && isAny(o)) {
            writing().clear(graph);
        } else {
            rewrite(graph).remove(s, p, o);
        }
    }

    private static boolean isAny(Node n) {
        return n == null || n == Node.ANY;
    }

    private static Node orAny(Node n) {
        return n == null ? Node.ANY : n;
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        writing().clear(named(graphName));
    }

    private Graph rewrite(Node graph) {
        RemoteTransaction t = writing();
        return t.rewrite(graph, () -> t.snapshot(graph, this::fetch));
    }

    private static Node named(Node g) {
        if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g) || !g.isURI()) {
            throw new UnsupportedOperationException("A remote store is changed one named graph at a time, not " + g);
        }
        return g;
    }

    private void send(RemoteTransaction t) {
        t.rewrittenGraphs().forEach((g, content) -> call("replace the graph " + g.getURI(), () -> {
            if (content.isEmpty()) {
                deleteGraph(g);
            } else {
                graphStore(g).PUT(terms.toService(content));
            }
            return null;
        }));
        t.appendedGraphs().forEach((g, content) -> call("add to the graph " + g.getURI(), () -> {
            graphStore(g).POST(terms.toService(content));
            return null;
        }));
    }

    private void deleteGraph(Node g) {
        try {
            graphStore(g).DELETE();
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
        }
    }

    private GSP graphStore(Node g) {
        return GSP.service(service.graphStore().toString()).httpClient(http).graphName(g).contentType(RDFFormat.TURTLE_BLOCKS);
    }

    <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpException | QueryExceptionHTTP e) {
            throw RemoteStoreException.of(what, service, e);
        }
    }

    // ---- transactions

    private RemoteTransaction current() {
        RemoteTransaction t = transaction.get();
        if (t == null) {
            throw new JenaTransactionException("Not in a transaction: a remote store is read and written in transactions");
        }
        return t;
    }

    private RemoteTransaction writing() {
        RemoteTransaction t = current();
        if (t.mode() != ReadWrite.WRITE) {
            if (t.type() == TxnType.READ) {
                throw new JenaTransactionException("A read transaction cannot change the remote store");
            }
            promote(Promote.ISOLATED);
        }
        return t;
    }

    @Override
    public void begin(TxnType type) {
        if (transaction.get() != null) {
            throw new JenaTransactionException("Already in a transaction");
        }
        if (type == TxnType.WRITE) {
            writer.lock();
        }
        transaction.set(new RemoteTransaction(type, TxnType.convert(type)));
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        RemoteTransaction t = current();
        if (t.mode() == ReadWrite.WRITE) {
            return true;
        }
        if (t.type() == TxnType.READ) {
            return false;
        }
        writer.lock();
        t.promote();
        return true;
    }

    @Override
    public void commit() {
        RemoteTransaction t = current();
        try {
            if (t.mode() == ReadWrite.WRITE && t.hasChanges()) {
                send(t);
            }
        } finally {
            // Counted even when sending failed midway: some graphs may have changed.
            if (t.hasChanges()) {
                commits.incrementAndGet();
            }
            end();
        }
    }

    @Override
    public void abort() {
        end();
    }

    @Override
    public void end() {
        RemoteTransaction t = transaction.get();
        if (t == null) {
            return;
        }
        transaction.remove();
        if (t.mode() == ReadWrite.WRITE) {
            writer.unlock();
        }
    }

    @Override
    public ReadWrite transactionMode() {
        RemoteTransaction t = transaction.get();
        return t == null ? null : t.mode();
    }

    @Override
    public TxnType transactionType() {
        RemoteTransaction t = transaction.get();
        return t == null ? null : t.type();
    }

    @Override
    public boolean isInTransaction() {
        return transaction.get() != null;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public void close() {
        // Nothing is held open between requests.
    }

    @Override
    public String toString() {
        return "remote store " + service;
    }
}
