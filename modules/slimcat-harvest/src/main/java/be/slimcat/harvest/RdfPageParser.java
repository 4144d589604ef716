// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

import be.slimcat.vocab.RdfSyntaxException;

/**
 * Parses a downloaded RDF page with an explicit syntax and never touches the network or the file
 * system: JSON-LD remote contexts are refused, and RDF/XML is read by Jena's parser, which ignores
 * external entities.
 */
public final class RdfPageParser {
    private RdfPageParser() {}

    /** The syntax of a page from its media type, its URL's extension, or a look at its first bytes. */
    public static Lang syntaxOf(String mediaType, URI uri, byte[] body) {
        Lang byType = mediaType == null || mediaType.isEmpty() ? null : RDFLanguages.contentTypeToLang(mediaType);
        if (byType != null) {
            return byType;
        }
        if ("application/json".equals(mediaType)) {
            return Lang.JSONLD;
        }
        Lang byName = uri.getPath() == null ? null : RDFLanguages.filenameToLang(uri.getPath());
        if (byName != null) {
            return byName;
        }
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<rdf:rdf")) {
            return Lang.RDFXML;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return Lang.JSONLD;
        }
        return Lang.TURTLE;
    }

    /**
     * Parses the page.
     *
     * @throws RdfSyntaxException when the page cannot be parsed
     */
    public static Graph parse(byte[] body, Lang lang, URI base) {
        Graph graph = GraphFactory.createDefaultGraph();
        Context context = new Context();
        if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) {
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader((url, loaderOptions) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "remote JSON-LD context " + url + " is not fetched (contexts must be inline)");
            });
            context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        }
        try {
            RDFParser.source(new ByteArrayInputStream(body))
                    .lang(lang)
                    .base(base.toString())
                    .context(context)
                    .errorHandler(ErrorHandlerFactory.errorHandlerSimple())
                    .parse(graph);
        } catch (RiotException e) {
            throw new RdfSyntaxException(base.toString(), -1, -1, e.getMessage());
        }
        return graph;
    }
}
