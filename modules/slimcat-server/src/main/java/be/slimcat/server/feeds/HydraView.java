// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The Hydra paging of the catalogue: the catalogue is a {@code hydra:Collection} with
 * {@code hydra:totalItems} and a {@code hydra:member} per record of the page, and its {@code hydra:view}
 * is the page, a {@code hydra:PartialCollectionView} with {@code hydra:first}, {@code hydra:last} and,
 * where they exist, {@code hydra:previous} and {@code hydra:next}. The page links are addresses of this
 * server as the client reached it ({@code address}), repeating the page size and format the request gave.
 *
 * @param address  the address of the feed as requested, without query ({@code http://host:port/catalog})
 * @param request  the page asked for
 * @param format   the {@code format} parameter of the request, or null
 */
record HydraView(String address, PageRequest request, String format) {
    /** The address of page {@code n}. */
    Node page(long n) {
        StringBuilder url = new StringBuilder(address).append("?page=").append(n);
        if (request.sizeRequested()) {
            url.append("&pageSize=").append(request.size());
        }
        if (format != null) {
            url.append("&format=").append(URLEncoder.encode(format, StandardCharsets.UTF_8));
        }
        return NodeFactory.createURI(url.toString());
    }

    /** Adds the paging triples of the page to the graph. */
    void addTo(Graph graph, Node catalogue, List<Node> items, long totalItems) {
        long last = request.lastPage(totalItems);
        Node view = page(request.page());
        graph.add(catalogue, RDF.type.asNode(), Hydra.Collection);
        graph.add(catalogue, Hydra.totalItems, NodeFactory.createLiteralDT(Long.toString(totalItems), XSDDatatype.XSDinteger));
        graph.add(catalogue, Hydra.view, view);
        items.forEach(item -> graph.add(catalogue, Hydra.member, item));
        graph.add(view, RDF.type.asNode(), Hydra.PartialCollectionView);
        graph.add(view, Hydra.first, page(1));
        graph.add(view, Hydra.last, page(last));
        if (request.page() > 1) {
            graph.add(view, Hydra.previous, page(request.page() - 1));
        }
        if (request.page() < last) {
            graph.add(view, Hydra.next, page(request.page() + 1));
        }
    }
}
