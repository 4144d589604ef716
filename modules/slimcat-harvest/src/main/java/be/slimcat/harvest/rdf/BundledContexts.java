// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The remote JSON-LD contexts SlimCat reads without fetching them, from the tables bundled under
 * {@code be/slimcat/harvest/rdf/} (listed in {@code json-ld-contexts.tsv}). A page's loader serves
 * these by address and refuses every other remote context with an error that names it: nothing is
 * ever fetched.
 */
public final class BundledContexts {
    private static final BundledContexts BUNDLED = new BundledContexts(BundledTable.rows("json-ld-contexts.tsv", 3));

    /** One address under which a bundled context is known. */
    private record Address(String written, boolean absolute, String name, URI canonical, JsonObject context) {}

    private final List<Address> addresses = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    private BundledContexts(List<List<String>> rows) {
        Map<String, JsonObject> contexts = new LinkedHashMap<>();
        Map<String, URI> canonical = new LinkedHashMap<>();
        for (List<String> row : rows) {
            String written = row.get(0);
            JsonObject context = contexts.computeIfAbsent(row.get(1), BundledContexts::context);
            boolean absolute = written.startsWith("http://") || written.startsWith("https://");
            if (absolute) {
                canonical.putIfAbsent(row.get(1), URI.create(written));
            }
            URI published = canonical.get(row.get(1));
            if (published == null) {
                throw new IllegalStateException("json-ld-contexts.tsv: list " + row.get(1) + " under its published address first");
            }
            addresses.add(new Address(written, absolute, row.get(2), published, context));
            names.add(row.get(2));
        }
    }

    /** The contexts bundled with SlimCat. */
    public static BundledContexts bundled() {
        return BUNDLED;
    }

    /**
     * A loader for the contexts named by one page: it serves the bundled ones and refuses the others.
     *
     * @param page  the page's address (a context written without scheme is resolved against it)
     * @param notes where a context read from an address written without scheme is reported
     */
    public DocumentLoader loaderFor(URI page, List<ParseNote> notes) {
        Set<String> reported = new HashSet<>();
        return (url, options) -> {
            Address address = find(url, page).orElseThrow(() -> new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD context " + url + " is not fetched: SlimCat reads only the contexts it bundles ("
                            + String.join(", ", names) + "); the publisher must inline this context in the page"));
            if (!address.absolute() && reported.add(address.written())) {
                notes.add(new ParseNote(-1, "the JSON-LD context \"" + address.written() + "\" is written without scheme (it"
                        + " would be " + url + "); read as the bundled " + address.name() + " context of "
                        + address.canonical(), ""));
            }
            Document document = JsonDocument.of(MediaType.JSON_LD, address.context());
            document.setDocumentUrl(address.canonical());
            return document;
        };
    }

    private Optional<Address> find(URI requested, URI page) {
        Optional<String> key = key(requested);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Address address : addresses) {
            URI form = address.absolute() ? URI.create(address.written()) : resolve(page, address.written());
            if (form != null && key.equals(key(form))) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    private static URI resolve(URI page, String written) {
        try {
            return page.resolve(written);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The address without its http(s) scheme, default port, fragment and trailing '/', host in lower case. */
    private static Optional<String> key(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == (scheme.equals("http") ? 80 : 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path + query);
    }

    private static JsonObject context(String table) {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        for (List<String> row : BundledTable.rows(table, 2)) {
            String coercion = row.size() > 2 ? row.get(2).strip() : "";
            if (coercion.isEmpty()) {
                terms.add(row.get(0), row.get(1));
            } else {
                terms.add(row.get(0), Json.createObjectBuilder().add("@id", row.get(1)).add("@type", coercion));
            }
        }
        return Json.createObjectBuilder().add("@context", terms).build();
    }
}
